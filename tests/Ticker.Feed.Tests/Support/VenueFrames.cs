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
