using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// Binance <c>/futures/data/globalLongShortAccountRatio</c>: the newest row's <c>longShortRatio</c>, as Binance
    /// states it (its own doc example does not always equal longAccount / shortAccount, so it is not recomputed).
    /// </summary>
    public sealed class BinanceLongShortRatioParser : IRestParser
    {
        public string Venue => ExchangeIds.Binance;

        public bool Handles(RestRequest request) => request.Path == RestPaths.BinanceLongShortRatio;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (!RestJson.TryNewestRow(body, "timestamp", counters, "binance globalLongShortAccountRatio", out JsonElement newest, out long startMs)
                || !VenueJson.TryGetDecimal(newest, "longShortRatio", out decimal ratio) || ratio <= 0m)
            {
                return RestJson.Malformed(counters, "binance: globalLongShortAccountRatio newest row lacks longShortRatio");
            }

            readings.LongShort = new LongShortReading(ratio, startMs, receivedMs);
            return FrameKind.Data;
        }
    }
}
