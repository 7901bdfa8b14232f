using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// OKX <c>/api/v5/rubik/stat/taker-volume?ccy=BTC&amp;instType=SPOT</c>: rows <c>[ts, sellVol, buyVol]</c>, SELL
    /// FIRST (shared notes, market-data.md trap 6), in BTC, newest first. <c>period=1H</c> gives the 24 h delta (the 24
    /// newest hourly rows), <c>period=5m</c> the 1 h delta (the 12 newest five-minute rows): buy minus sell, summed.
    /// </summary>
    /// <remarks>
    /// A window counts only when the rows cover all of it and are recent (the newest row began at most two rows and 5
    /// minutes before the answer): otherwise OKX's reading for that window is removed, so OKX drops out of the delta
    /// and of its scope rather than adding a part of a day. Such an answer is counted as skipped, not malformed.
    /// </remarks>
    public sealed class OkxTakerVolumeParser : IRestParser
    {
        private const long Hour = 3_600_000;
        private const long FiveMinutes = 300_000;
        private const long Slack = 300_000;

        public string Venue => ExchangeIds.Okx;

        public bool Handles(RestRequest request) =>
            request.Path == RestPaths.OkxTakerVolume && request.Query("instType") == "SPOT" && request.Query("ccy") == "BTC";

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            (long windowMs, long rowMs) = request.Query("period") switch
            {
                "1H" => (24 * Hour, Hour),
                "5m" => (Hour, FiveMinutes),
                _ => (0L, 0L),
            };
            if (windowMs == 0)
            {
                return RestJson.Malformed(counters, "okx: taker-volume request with a period other than 1H or 5m");
            }

            if (!RestJson.TryOkxData(body, counters, "taker-volume", out JsonElement data))
            {
                return FrameKind.Malformed;
            }

            var rows = new Dictionary<long, decimal>();
            int bad = 0;
            foreach (JsonElement row in data.EnumerateArray())
            {
                if (TryRow(row, out long ts, out decimal delta))
                {
                    rows[ts] = delta;
                }
                else
                {
                    bad++;
                }
            }

            if (rows.Count == 0)
            {
                return bad > 0 ? RestJson.Malformed(counters, "okx: taker-volume holds no row [ts, sellVol, buyVol]") : Left(readings, windowMs, counters, "no rows");
            }

            if (bad > 0)
            {
                counters.CountMalformed($"okx: {bad} taker-volume row(s) unreadable, skipped");
            }

            long newest = rows.Keys.Max();

            decimal sum = 0m;
            int inWindow = 0;
            foreach (KeyValuePair<long, decimal> row in rows)
            {
                if (row.Key > newest - windowMs)
                {
                    sum += row.Value;
                    inWindow++;
                }
            }

            long needed = windowMs / rowMs;
            if (inWindow < needed)
            {
                return Left(readings, windowMs, counters, $"{inWindow} of the {needed} rows of its window");
            }

            if (newest < receivedMs - (2 * rowMs) - Slack)
            {
                return Left(readings, windowMs, counters, "its newest row began " + ((receivedMs - newest) / 60_000).ToString(CultureInfo.InvariantCulture) + " min before the answer");
            }

            readings.SetSpotTakerBtc(new SpotTakerBtcReading(Venue, windowMs, sum, receivedMs));
            return FrameKind.Data;
        }

        private FrameKind Left(MarketReadings readings, long windowMs, ParseCounters counters, string why)
        {
            readings.RemoveSpotTakerBtc(Venue, windowMs);
            counters.CountSkipped($"okx: taker volume over {windowMs / Hour} h left out: {why}");
            return FrameKind.Data;
        }

        // [ts, sellVol, buyVol]: the delta is buy minus sell.
        private static bool TryRow(JsonElement row, out long ts, out decimal delta)
        {
            ts = 0;
            delta = 0m;
            if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() < 3
                || row[0].ValueKind != JsonValueKind.String || !long.TryParse(row[0].GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out ts) || ts <= 0
                || !TryDecimal(row[1], out decimal sell) || !TryDecimal(row[2], out decimal buy) || sell < 0m || buy < 0m)
            {
                return false;
            }

            delta = buy - sell;
            return true;
        }

        private static bool TryDecimal(JsonElement element, out decimal value)
        {
            value = 0m;
            return element.ValueKind == JsonValueKind.String
                && decimal.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }
}
