using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// Binance <c>/futures/data/takerlongshortRatio</c>: taker <c>buyVol</c> and <c>sellVol</c> (BTC) per period; the
    /// newest row is kept as the latest bucket, its length the request's <c>period</c>.
    /// </summary>
    public sealed class BinanceTakerRatioParser : IRestParser
    {
        public string Venue => ExchangeIds.Binance;

        public bool Handles(RestRequest request) => request.Path == RestPaths.BinanceTakerRatio;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            long periodMs = RestJson.PeriodMs(request.Query("period"));
            if (periodMs == 0)
            {
                return RestJson.Malformed(counters, "binance: takerlongshortRatio request without a period");
            }

            if (!RestJson.TryNewestRow(body, "timestamp", counters, "binance takerlongshortRatio", out JsonElement newest, out long startMs)
                || !VenueJson.TryGetDecimal(newest, "buyVol", out decimal buy) || buy < 0m
                || !VenueJson.TryGetDecimal(newest, "sellVol", out decimal sell) || sell < 0m)
            {
                return RestJson.Malformed(counters, "binance: takerlongshortRatio newest row lacks buyVol or sellVol");
            }

            readings.BinanceTaker = new TakerBucket(Venue, startMs, periodMs, buy, sell);
            return FrameKind.Data;
        }
    }
}
