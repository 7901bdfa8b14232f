using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// Binance <c>/futures/data/openInterestHist</c>: rows of <c>sumOpenInterestValue</c> (USD) and
    /// <c>CMCCirculatingSupply</c>. The newest row is Binance's open interest; the row 24 h before it gives the change.
    /// </summary>
    public sealed class BinanceOpenInterestHistParser : IRestParser
    {
        private const long Day = 86_400_000;

        public string Venue => ExchangeIds.Binance;

        public bool Handles(RestRequest request) => request.Path == RestPaths.BinanceOpenInterestHist;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (!RestJson.TryNewestRow(body, "timestamp", counters, "binance openInterestHist", out JsonElement newest, out long newestMs)
                || !VenueJson.TryGetDecimal(newest, "sumOpenInterestValue", out decimal latestUsd) || latestUsd <= 0m)
            {
                return RestJson.Malformed(counters, "binance: openInterestHist newest row lacks sumOpenInterestValue");
            }

            decimal? dayAgoUsd = null;
            foreach (JsonElement row in body.EnumerateArray())
            {
                if (VenueJson.TryGetTimeMs(row, "timestamp", out long timeMs) && timeMs == newestMs - Day
                    && VenueJson.TryGetDecimal(row, "sumOpenInterestValue", out decimal usd) && usd > 0m)
                {
                    dayAgoUsd = usd;
                }
            }

            string symbol = request.Query("symbol") ?? RestEndpoints.BtcUsdtPerpetual;
            decimal? supply = VenueJson.TryGetDecimal(newest, "CMCCirculatingSupply", out decimal s) && s > 0m ? s : null;
            decimal? change = dayAgoUsd is { } old ? (latestUsd - old) * 100m / old : null;
            readings.OiHistory = new OpenInterestHistoryReading(latestUsd, change, supply, receivedMs);
            readings.SetOpenInterest(new OpenInterestReading(Venue, symbol, latestUsd, receivedMs));
            return FrameKind.Data;
        }
    }
}
