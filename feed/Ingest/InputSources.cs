namespace Ticker.Feed.Ingest
{
    /// <summary>
    /// The names of the feed's inputs, as a recording's <c>src</c> writes them (see the record format in
    /// <c>feed/README.md</c>): one per venue websocket, and one for every REST response.
    /// </summary>
    public static class InputSources
    {
        /// <summary>Binance USD-M futures, the <c>/market</c> route (liquidations, mark price and funding).</summary>
        public const string BinanceUsdmWs = "binance-usdm-ws";

        /// <summary>Bybit v5 public linear (allLiquidation, publicTrade).</summary>
        public const string BybitLinearWs = "bybit-linear-ws";

        /// <summary>OKX v5 public (liquidation-orders).</summary>
        public const string OkxPublicWs = "okx-public-ws";

        /// <summary>Any REST response; the request URL says which.</summary>
        public const string Rest = "rest";
    }
}
