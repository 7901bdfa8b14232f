using System;
using System.Collections.Generic;
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
    /// <remarks>
    /// One book is counted once: Coinbase trades USDC against its USD books (a BTC-USDC order fills on BTC-USD), so
    /// where both a USD and a USDC product are listed they can be two names of one book, each reporting the book's
    /// whole volume. The documented payload has no field that says so (no alias member), so the pair is counted as
    /// one book: the larger of the two volumes (equal when they are aliases; a floor when they are not).
    /// </remarks>
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

            var byQuote = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
            Add(body, byQuote, depth: 0);
            if (byQuote.Count == 0)
            {
                return RestJson.Malformed(counters, "coinbase: volume-summary holds no BTC product with spot_volume_24hour");
            }

            int pairs = byQuote.Count;
            decimal sum = 0m;
            foreach (decimal volume in byQuote.Values)
            {
                sum += volume;
            }

            if (byQuote.TryGetValue("USD", out decimal usd) && byQuote.TryGetValue("USDC", out decimal usdc))
            {
                sum -= Math.Min(usd, usdc);
                pairs--;
            }

            readings.SetSpotVolume(new SpotVolumeReading(Venue, "all", sum, pairs, receivedMs));
            return FrameKind.Data;
        }

        private static void Add(JsonElement array, Dictionary<string, decimal> byQuote, int depth)
        {
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Array && depth < 3)
                {
                    Add(item, byQuote, depth + 1);
                }
                else if (VenueJson.TryGetString(item, "base_currency", out string baseCurrency) && baseCurrency == "BTC"
                    && VenueJson.TryGetString(item, "quote_currency", out string quote) && RestJson.SpotQuotes.Contains(quote)
                    && VenueJson.TryGetDecimal(item, "spot_volume_24hour", out decimal volume) && volume >= 0m)
                {
                    byQuote.TryGetValue(quote, out decimal sum);
                    byQuote[quote] = sum + volume;
                }
            }
        }
    }
}
