using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// OKX <c>/api/v5/public/funding-rate</c>: a BTC swap's current <c>fundingRate</c>, a fraction per funding interval
    /// (<c>nextFundingTime</c> - <c>fundingTime</c>; 8 h when they do not say), kept as percent per 8 h.
    /// </summary>
    public sealed class OkxFundingRateParser : IRestParser
    {
        public string Venue => ExchangeIds.Okx;

        public bool Handles(RestRequest request) => request.Path == RestPaths.OkxFundingRate;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (!RestJson.TryOkxData(body, counters, "funding-rate", out JsonElement data))
            {
                return FrameKind.Malformed;
            }

            int found = 0;
            foreach (JsonElement item in data.EnumerateArray())
            {
                if (!VenueJson.TryGetString(item, "instId", out string instId) || !BtcPerpetuals.Contains(Venue, instId)
                    || !VenueJson.TryGetDecimal(item, "fundingRate", out decimal rate))
                {
                    continue;
                }

                decimal hours = 8m;
                if (VenueJson.TryGetTimeMs(item, "fundingTime", out long fundingMs) && VenueJson.TryGetTimeMs(item, "nextFundingTime", out long nextMs)
                    && nextMs > fundingMs && nextMs - fundingMs <= 24 * 3_600_000L)
                {
                    hours = (nextMs - fundingMs) / 3_600_000m;
                }

                readings.SetFunding(new FundingReading(Venue, instId, RestJson.Pct8h(rate, hours), receivedMs));
                found++;
            }

            return found > 0 ? FrameKind.Data : RestJson.Malformed(counters, "okx: funding-rate holds no BTC swap with fundingRate");
        }
    }
}
