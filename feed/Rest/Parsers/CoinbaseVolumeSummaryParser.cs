using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// Coinbase Exchange <c>/products/volume-summary</c>: products with <c>base_currency</c> BTC, their
    /// <c>spot_volume_24hour</c> (base units) summed. The documented example nests the array twice; any nesting is read.
    /// </summary>
    public sealed class CoinbaseVolumeSummaryParser : IRestParser
    {
        public string Venue => ExchangeIds.Coinbase;

        public bool Handles(RestRequest request) => request.Path == RestPaths.CoinbaseVolumeSummary;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (body.ValueKind != JsonValueKind.Array)
            {
                return RestJson.Malformed(counters, "coinbase: volume-summary answer is not an array");
            }

            decimal sum = 0m;
            int pairs = 0;
            Add(body, ref sum, ref pairs, depth: 0);
            if (pairs == 0)
            {
                return RestJson.Malformed(counters, "coinbase: volume-summary holds no BTC product with spot_volume_24hour");
            }

            readings.SetSpotVolume(new SpotVolumeReading(Venue, "all", sum, pairs, receivedMs));
            return FrameKind.Data;
        }

        private static void Add(JsonElement array, ref decimal sum, ref int pairs, int depth)
        {
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Array && depth < 3)
                {
                    Add(item, ref sum, ref pairs, depth + 1);
                }
                else if (VenueJson.TryGetString(item, "base_currency", out string baseCurrency) && baseCurrency == "BTC"
                    && VenueJson.TryGetString(item, "quote_currency", out string quote) && RestJson.SpotQuotes.Contains(quote)
                    && VenueJson.TryGetDecimal(item, "spot_volume_24hour", out decimal volume) && volume >= 0m)
                {
                    sum += volume;
                    pairs++;
                }
            }
        }
    }
}
