using System.Globalization;
using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// Binance spot <c>/api/v3/klines</c> rows <c>[openTime, o, h, l, c, volume, closeTime, quoteVolume, trades,
    /// takerBuyBase, takerBuyQuote, ignore]</c>: the taker delta of a row is taker buy quote minus taker sell quote
    /// = 2 x index 10 - index 7, in the pair's quote (USDT, FDUSD, USDC: taken as USD). Summed over the rows opened in the last 24 h and the last hour
    /// (before the newest row's open, plus that row).
    /// </summary>
    public sealed class BinanceSpotKlinesParser : IRestParser
    {
        private const long Hour = 3_600_000;
        private const long Day = 86_400_000;

        public string Venue => ExchangeIds.Binance;

        public bool Handles(RestRequest request) => request.Path == RestPaths.BinanceSpotKlines;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (request.Query("symbol") is not string pair || pair.Length == 0)
            {
                return RestJson.Malformed(counters, "binance: klines request without a symbol");
            }

            if (body.ValueKind != JsonValueKind.Array)
            {
                return RestJson.Malformed(counters, "binance: klines answer is not an array");
            }

            long newestOpen = 0;
            foreach (JsonElement row in body.EnumerateArray())
            {
                if (TryRow(row, out long openMs, out _))
                {
                    newestOpen = System.Math.Max(newestOpen, openMs);
                }
            }

            if (newestOpen == 0)
            {
                return RestJson.Malformed(counters, "binance: klines hold no row with open time, quote volume and taker buy quote volume");
            }

            decimal day = 0m, hour = 0m;
            int bad = 0;
            foreach (JsonElement row in body.EnumerateArray())
            {
                if (!TryRow(row, out long openMs, out decimal delta))
                {
                    bad++;
                    continue;
                }

                if (openMs > newestOpen - Day)
                {
                    day += delta;
                }

                if (openMs > newestOpen - Hour)
                {
                    hour += delta;
                }
            }

            if (bad > 0)
            {
                counters.CountMalformed($"binance: {bad} kline row(s) unreadable, skipped");
            }

            readings.SetSpotDelta(new SpotDeltaReading(Venue, pair, day, hour, receivedMs));
            return FrameKind.Data;
        }

        private static bool TryRow(JsonElement row, out long openMs, out decimal delta)
        {
            openMs = 0;
            delta = 0m;
            if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() < 11
                || row[0].ValueKind != JsonValueKind.Number || !row[0].TryGetInt64(out openMs) || openMs <= 0
                || !TryDecimal(row[7], out decimal quoteVolume) || !TryDecimal(row[10], out decimal takerBuyQuote))
            {
                return false;
            }

            delta = 2m * takerBuyQuote - quoteVolume;
            return true;
        }

        private static bool TryDecimal(JsonElement element, out decimal value)
        {
            value = 0m;
            return element.ValueKind switch
            {
                JsonValueKind.String => decimal.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value),
                JsonValueKind.Number => element.TryGetDecimal(out value),
                _ => false,
            };
        }
    }
}
