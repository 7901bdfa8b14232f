using System.Globalization;
using System.Text;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>
    /// Websocket frames in each venue's documented format (the shapes of the exchanges' own doc examples), made
    /// by code so a test states the values it checks.
    /// </summary>
    internal static class VenueFrames
    {
        public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

        /// <summary>One Binance USD-M forceOrder event object (as <c>!forceOrder@arr</c> sends it).</summary>
        public static string BinanceOrder(string symbol, string side, string filledQty, string avgPrice, long timeMs) =>
            "{\"e\":\"forceOrder\",\"E\":" + (timeMs + 3).ToString(CultureInfo.InvariantCulture) + ",\"o\":{"
            + "\"s\":\"" + symbol + "\",\"S\":\"" + side + "\",\"o\":\"LIMIT\",\"f\":\"IOC\",\"q\":\"" + filledQty + "\","
            + "\"p\":\"" + avgPrice + "\",\"ap\":\"" + avgPrice + "\",\"X\":\"FILLED\",\"l\":\"" + filledQty + "\","
            + "\"z\":\"" + filledQty + "\",\"T\":" + timeMs.ToString(CultureInfo.InvariantCulture) + "}}";

        /// <summary>The combined-stream wrapper of the <c>/market/stream?streams=</c> route.</summary>
        public static string BinanceCombined(string data) => "{\"stream\":\"!forceOrder@arr\",\"data\":" + data + "}";

        /// <summary>One Binance USD-M <c>markPriceUpdate</c> item (as <c>!markPrice@arr@1s</c> sends it).</summary>
        public static string BinanceMarkPrice(string symbol, string markPrice, string fundingRate, long timeMs) =>
            "{\"e\":\"markPriceUpdate\",\"E\":" + timeMs.ToString(CultureInfo.InvariantCulture) + ",\"s\":\"" + symbol + "\",\"p\":\"" + markPrice
            + "\",\"ap\":\"" + markPrice + "\",\"i\":\"" + markPrice + "\",\"P\":\"" + markPrice + "\",\"r\":\"" + fundingRate + "\",\"T\":"
            + (timeMs + 3_600_000).ToString(CultureInfo.InvariantCulture) + "}";

        /// <summary>A <c>!markPrice@arr@1s</c> frame in the combined-stream wrapper.</summary>
        public static string BinanceMarkPrices(long timeMs, params string[] items) =>
            "{\"stream\":\"!markPrice@arr@1s\",\"data\":[" + string.Join(",", items) + "]}";

        /// <summary>One Bybit publicTrade item: <paramref name="takerSide"/> Buy or Sell, size in BTC.</summary>
        public static string BybitTrade(string takerSide, string size, string price, long timeMs) =>
            "{\"T\":" + timeMs.ToString(CultureInfo.InvariantCulture) + ",\"s\":\"BTCUSDT\",\"S\":\"" + takerSide + "\",\"v\":\"" + size
            + "\",\"p\":\"" + price + "\",\"L\":\"PlusTick\",\"i\":\"20f43950-d8dd-5b31-9112-a178eb6023af\",\"BT\":false,\"seq\":1783284617}";

        /// <summary>A Bybit <c>publicTrade.BTCUSDT</c> push.</summary>
        public static string BybitTrades(long tsMs, params string[] items) =>
            "{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":" + tsMs.ToString(CultureInfo.InvariantCulture)
            + ",\"data\":[" + string.Join(",", items) + "]}";

        /// <summary>One Bybit allLiquidation item.</summary>
        public static string BybitItem(string symbol, string side, string size, string bankruptcyPrice, long timeMs) =>
            "{\"T\":" + timeMs.ToString(CultureInfo.InvariantCulture) + ",\"s\":\"" + symbol + "\",\"S\":\"" + side
            + "\",\"v\":\"" + size + "\",\"p\":\"" + bankruptcyPrice + "\"}";

        /// <summary>A Bybit allLiquidation push with the given items.</summary>
        public static string BybitPush(string symbol, long tsMs, params string[] items) =>
            "{\"topic\":\"allLiquidation." + symbol + "\",\"type\":\"snapshot\",\"ts\":" + tsMs.ToString(CultureInfo.InvariantCulture)
            + ",\"data\":[" + string.Join(",", items) + "]}";

        /// <summary>One OKX liquidation-orders detail.</summary>
        public static string OkxDetail(string side, string posSide, string bkPx, string sz, long timeMs) =>
            "{\"bkLoss\":\"0\",\"bkPx\":\"" + bkPx + "\",\"ccy\":\"\",\"posSide\":\"" + posSide + "\",\"side\":\"" + side
            + "\",\"sz\":\"" + sz + "\",\"ts\":\"" + timeMs.ToString(CultureInfo.InvariantCulture) + "\"}";

        /// <summary>One OKX data item: an instrument and its details.</summary>
        public static string OkxInstrument(string instId, params string[] details)
        {
            string family = instId.EndsWith("-SWAP", System.StringComparison.Ordinal) ? instId.Substring(0, instId.Length - 5) : instId;
            return "{\"details\":[" + string.Join(",", details) + "],\"instFamily\":\"" + family + "\",\"instId\":\"" + instId
                + "\",\"instType\":\"SWAP\",\"uly\":\"" + family + "\"}";
        }

        /// <summary>An OKX liquidation-orders push with the given instruments.</summary>
        public static string OkxPush(params string[] instruments) =>
            "{\"id\":\"1512\",\"arg\":{\"channel\":\"liquidation-orders\",\"instType\":\"SWAP\"},\"data\":["
            + string.Join(",", instruments) + "]}";
    }
}
