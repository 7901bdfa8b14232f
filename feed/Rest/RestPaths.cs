namespace Ticker.Feed.Rest
{
    /// <summary>
    /// The path of every REST endpoint the feed reads. <see cref="RestEndpoints"/> builds request URLs with them and
    /// the endpoint parsers route on them; no two venues share one, so a path alone names the endpoint.
    /// </summary>
    public static class RestPaths
    {
        public const string BinanceOpenInterestHist = "/futures/data/openInterestHist";
        public const string BinancePremiumIndex = "/fapi/v1/premiumIndex";
        public const string BinanceTakerRatio = "/futures/data/takerlongshortRatio";
        public const string BinanceLongShortRatio = "/futures/data/globalLongShortAccountRatio";
        public const string BinanceSpotTicker24h = "/api/v3/ticker/24hr";
        public const string BinanceSpotKlines = "/api/v3/klines";
        public const string BybitTickers = "/v5/market/tickers";
        public const string OkxInstruments = "/api/v5/public/instruments";
        public const string OkxOpenInterest = "/api/v5/public/open-interest";
        public const string OkxFundingRate = "/api/v5/public/funding-rate";
        public const string OkxTickers = "/api/v5/market/tickers";
        public const string OkxTakerVolume = "/api/v5/rubik/stat/taker-volume";
        public const string OkxLiquidationOrders = "/api/v5/public/liquidation-orders";
        public const string CoinbaseVolumeSummary = "/products/volume-summary";
        public const string KrakenTicker = "/0/public/Ticker";

        /// <summary>Followed by the pair and a slash: <c>/api/v2/ticker/btcusd/</c>.</summary>
        public const string BitstampTickerPrefix = "/api/v2/ticker/";
    }
}
