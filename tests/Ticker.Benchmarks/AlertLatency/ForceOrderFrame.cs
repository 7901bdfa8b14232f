using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Ticker.Benchmarks.AlertLatency
{
    /// <summary>
    /// One Binance USD-M liquidation as the <c>!forceOrder@arr</c> combined stream sends it (shared/reference/payloads):
    /// <c>{"stream":"!forceOrder@arr","data":{"e":"forceOrder","E":…,"o":{…}}}</c>. Order side SELL = a long was
    /// liquidated; the feed counts <c>z × ap</c> USD at trade time <c>T</c>.
    /// </summary>
    public static class ForceOrderFrame
    {
        /// <summary>A long liquidated on <paramref name="symbol"/>: <paramref name="quantity"/> at <paramref name="averagePrice"/>, traded at <paramref name="tradeTimeMs"/> (unix ms).</summary>
        public static string LongLiquidated(string symbol, decimal quantity, decimal averagePrice, long tradeTimeMs)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                w.WriteString("stream", "!forceOrder@arr");
                w.WriteStartObject("data");
                w.WriteString("e", "forceOrder");
                w.WriteNumber("E", tradeTimeMs + 3);
                w.WriteStartObject("o");
                w.WriteString("s", symbol);
                w.WriteString("S", "SELL");
                w.WriteString("o", "LIMIT");
                w.WriteString("f", "IOC");
                w.WriteString("q", Text(quantity));
                w.WriteString("p", Text(averagePrice * 0.995m));
                w.WriteString("ap", Text(averagePrice));
                w.WriteString("X", "FILLED");
                w.WriteString("l", Text(quantity));
                w.WriteString("z", Text(quantity));
                w.WriteNumber("T", tradeTimeMs);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static string Text(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);
    }
}
