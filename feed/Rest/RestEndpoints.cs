using System;
using System.Collections.Generic;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Rest
{
    /// <summary>
    /// Every REST request URL the feed makes, in one place: the pollers request them, and the scenario generator
    /// builds the same URLs so that a generated recording routes exactly like a live one. Only the bases come from
    /// settings (so tests aim the pollers at a fake server); paths and queries are fixed here.
    /// </summary>
    public sealed class RestEndpoints
    {
        /// <summary>The BTC perpetual on Binance USD-M and Bybit linear.</summary>
        public const string BtcUsdtPerpetual = "BTCUSDT";

        /// <summary>Rows of 5-minute open-interest history asked for: 24 h plus the row the change is measured from.</summary>
        public const int OpenInterestHistRows = 289;

        /// <summary>5-minute spot klines asked for: 24 h.</summary>
        public const int KlineRows = 288;

        /// <summary>
        /// Binance's USD-quoted BTC spot pairs whose klines give the taker delta: together nearly all of its BTC spot
        /// volume (BTCEUR and the rest are small, and not in dollars).
        /// </summary>
        public static readonly IReadOnlyList<string> BinanceSpotDeltaPairs = new[] { "BTCUSDT", "BTCFDUSD", "BTCUSDC" };

        /// <summary>OKX's BTC swaps whose open interest and funding are read: USDT-margined and coin-margined.</summary>
        public static readonly IReadOnlyList<string> OkxBtcSwaps = new[] { "BTC-USDT-SWAP", "BTC-USD-SWAP" };

        /// <summary>
        /// The OKX swap families whose recent liquidations the start-up backfill reads (OKX's REST endpoint needs a
        /// family for SWAP): BTC and ETH in both margins and the most traded USDT-margined alts, where nearly all of
        /// OKX's liquidation volume is. Bounded, so the backfill costs at most <see cref="OkxBackfillMaxPages"/> requests each.
        /// </summary>
        public static readonly IReadOnlyList<string> OkxBackfillFamilies = new[]
        {
            "BTC-USDT", "BTC-USD", "ETH-USDT", "ETH-USD", "SOL-USDT", "XRP-USDT", "DOGE-USDT", "SUI-USDT", "ADA-USDT", "LTC-USDT",
        };

        /// <summary>Rows per page of OKX's REST liquidation orders: the endpoint's maximum.</summary>
        public const int OkxBackfillPageRows = 100;

        /// <summary>Pages read per family at most; a family still full after them is covered from its oldest row only.</summary>
        public const int OkxBackfillMaxPages = 10;

        /// <summary>Bitstamp's BTC pairs (Bitstamp answers one pair per request).</summary>
        public static readonly IReadOnlyList<string> BitstampBtcPairs = new[] { "btcusd", "btceur", "btcgbp", "btcusdt", "btcusdc" };

        private readonly string _binanceFutures;
        private readonly string _binanceSpot;
        private readonly string _bybit;
        private readonly string _okx;
        private readonly string _coinbase;
        private readonly string _kraken;
        private readonly string _bitstamp;

        public RestEndpoints(FeedSettings settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            _binanceFutures = Base(settings.BinanceFuturesRestUrl);
            _binanceSpot = Base(settings.BinanceSpotRestUrl);
            _bybit = Base(settings.BybitRestUrl);
            _okx = Base(settings.OkxRestUrl);
            _coinbase = Base(settings.CoinbaseRestUrl);
            _kraken = Base(settings.KrakenRestUrl);
            _bitstamp = Base(settings.BitstampRestUrl);
        }

        /// <summary>The production endpoints (the default settings' bases).</summary>
        public static RestEndpoints Production { get; } = new(new FeedSettings());

        /// <summary>Binance BTCUSDT open interest, 5-minute rows over 24 h, with <c>CMCCirculatingSupply</c>.</summary>
        public string BinanceOpenInterestHist() =>
            $"{_binanceFutures}{RestPaths.BinanceOpenInterestHist}?symbol={BtcUsdtPerpetual}&period=5m&limit={OpenInterestHistRows}";

        /// <summary>Binance BTCUSDT mark price and last funding rate.</summary>
        public string BinancePremiumIndex() => $"{_binanceFutures}{RestPaths.BinancePremiumIndex}?symbol={BtcUsdtPerpetual}";

        /// <summary>Binance BTCUSDT taker buy/sell volume, the latest 5-minute row.</summary>
        public string BinanceTakerRatio() => $"{_binanceFutures}{RestPaths.BinanceTakerRatio}?symbol={BtcUsdtPerpetual}&period=5m&limit=1";

        /// <summary>Binance BTCUSDT long/short account ratio, the latest 5-minute row.</summary>
        public string BinanceLongShortRatio() => $"{_binanceFutures}{RestPaths.BinanceLongShortRatio}?symbol={BtcUsdtPerpetual}&period=5m&limit=1";

        /// <summary>Binance spot BTCUSDT 24 h ticker: the price and its 24 h change.</summary>
        public string BinanceSpotPrice() => $"{_binanceSpot}{RestPaths.BinanceSpotTicker24h}?symbol={BtcUsdtPerpetual}";

        /// <summary>Binance spot 24 h mini tickers of every symbol (the BTC pairs' base volumes are summed).</summary>
        public string BinanceSpotVolumes() => $"{_binanceSpot}{RestPaths.BinanceSpotTicker24h}?type=MINI";

        /// <summary>Binance spot 5-minute klines of one pair over 24 h (taker buy quote volume for the delta); BTCUSDT by default.</summary>
        public string BinanceSpotKlines(string pair = BtcUsdtPerpetual) => $"{_binanceSpot}{RestPaths.BinanceSpotKlines}?symbol={Escape(pair)}&interval=5m&limit={KlineRows}";

        /// <summary>Bybit linear tickers, every symbol: open interest, funding, 24 h turnover (for the top-N liquidation symbols).</summary>
        public string BybitLinearTickers() => $"{_bybit}{RestPaths.BybitTickers}?category=linear";

        /// <summary>Bybit spot tickers, every symbol (the BTC pairs' base volumes are summed).</summary>
        public string BybitSpotTickers() => $"{_bybit}{RestPaths.BybitTickers}?category=spot";

        /// <summary>OKX swap instruments with their contract values (<c>ctVal</c>).</summary>
        public string OkxInstruments() => $"{_okx}{RestPaths.OkxInstruments}?instType=SWAP";

        /// <summary>OKX open interest of one swap.</summary>
        public string OkxOpenInterest(string instId) => $"{_okx}{RestPaths.OkxOpenInterest}?instType=SWAP&instId={Escape(instId)}";

        /// <summary>OKX current funding rate of one swap.</summary>
        public string OkxFundingRate(string instId) => $"{_okx}{RestPaths.OkxFundingRate}?instId={Escape(instId)}";

        /// <summary>
        /// OKX's filled liquidation orders of one swap family, newest first, a page of <see cref="OkxBackfillPageRows"/>;
        /// with <paramref name="beforeMs"/> only those earlier than it (OKX's <c>after</c> cursor: "records earlier than
        /// the requested ts").
        /// </summary>
        public string OkxLiquidationOrders(string family, long? beforeMs = null) =>
            $"{_okx}{RestPaths.OkxLiquidationOrders}?instType=SWAP&instFamily={Escape(family)}&state=filled&limit={OkxBackfillPageRows}"
            + (beforeMs is long ms ? "&after=" + ms.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

        /// <summary>
        /// OKX's BTC spot taker volume, rows <c>[ts, sellVol, buyVol]</c> in BTC: <c>1H</c> rows for the 24 h delta,
        /// <c>5m</c> rows for the 1 h delta.
        /// </summary>
        public string OkxSpotTakerVolume(string period) => $"{_okx}{RestPaths.OkxTakerVolume}?ccy=BTC&instType=SPOT&period={Escape(period)}";

        /// <summary>OKX spot tickers, every symbol.</summary>
        public string OkxSpotTickers() => $"{_okx}{RestPaths.OkxTickers}?instType=SPOT";

        /// <summary>Coinbase Exchange 24 h volume of every product.</summary>
        public string CoinbaseVolumeSummary() => $"{_coinbase}{RestPaths.CoinbaseVolumeSummary}";

        /// <summary>Kraken tickers of every pair.</summary>
        public string KrakenTickers() => $"{_kraken}{RestPaths.KrakenTicker}";

        /// <summary>Bitstamp ticker of one pair (lowercase, e.g. <c>btcusd</c>).</summary>
        public string BitstampTicker(string pair) => $"{_bitstamp}{RestPaths.BitstampTickerPrefix}{Escape(pair)}/";

        private static string Base(Uri url) => url.GetLeftPart(UriPartial.Authority);

        private static string Escape(string value)
        {
            ArgumentException.ThrowIfNullOrEmpty(value);
            return Uri.EscapeDataString(value);
        }
    }
}
