using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>OKX <c>/api/v5/public/open-interest</c>: each BTC swap's <c>oiUsd</c> (one side).</summary>
    public sealed class OkxOpenInterestParser : IRestParser
    {
        public string Venue => ExchangeIds.Okx;

        public bool Handles(RestRequest request) => request.Path == RestPaths.OkxOpenInterest;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (!RestJson.TryOkxData(body, counters, "open-interest", out JsonElement data))
            {
                return FrameKind.Malformed;
            }

            int found = 0;
            foreach (JsonElement item in data.EnumerateArray())
            {
                if (VenueJson.TryGetString(item, "instId", out string instId) && BtcPerpetuals.Contains(Venue, instId)
                    && VenueJson.TryGetDecimal(item, "oiUsd", out decimal usd) && usd > 0m)
                {
                    readings.SetOpenInterest(new OpenInterestReading(Venue, instId, usd, receivedMs));
                    found++;
                }
            }

            return found > 0 ? FrameKind.Data : RestJson.Malformed(counters, "okx: open-interest holds no BTC swap with oiUsd");
        }
    }
}
