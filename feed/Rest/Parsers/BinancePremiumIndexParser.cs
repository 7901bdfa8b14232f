using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// Binance <c>/fapi/v1/premiumIndex</c> (one symbol: an object; all: an array): BTCUSDT's mark price and
    /// <c>lastFundingRate</c>, a fraction per 8-hour interval, kept as percent per 8 h.
    /// </summary>
    public sealed class BinancePremiumIndexParser : IRestParser
    {
        public string Venue => ExchangeIds.Binance;

        public bool Handles(RestRequest request) => request.Path == RestPaths.BinancePremiumIndex;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            JsonElement? item = null;
            if (body.ValueKind == JsonValueKind.Object)
            {
                item = body;
            }
            else if (body.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement candidate in body.EnumerateArray())
                {
                    if (VenueJson.TryGetString(candidate, "symbol", out string symbol) && symbol == BinanceMarkPriceParser.Symbol)
                    {
                        item = candidate;
                    }
                }
            }

            if (item is not { } found
                || !VenueJson.TryGetString(found, "symbol", out string name) || name != BinanceMarkPriceParser.Symbol
                || !VenueJson.TryGetDecimal(found, "markPrice", out decimal markPrice) || markPrice <= 0m
                || !VenueJson.TryGetDecimal(found, "lastFundingRate", out decimal rate))
            {
                return RestJson.Malformed(counters, "binance: premiumIndex has no BTCUSDT with markPrice and lastFundingRate");
            }

            readings.MarkPrice = new PriceSample(markPrice, null, receivedMs);
            readings.SetFunding(new FundingReading(Venue, name, RestJson.Pct8h(rate, BinanceMarkPriceParser.FundingIntervalHours), receivedMs));
            return FrameKind.Data;
        }
    }
}
