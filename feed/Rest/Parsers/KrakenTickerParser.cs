using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// Kraken <c>/0/public/Ticker</c>: pairs whose name starts with XBT (<c>XXBTZUSD</c>, <c>XBTUSDT</c>), their
    /// <c>v[1]</c> (last 24 h base volume) summed. An answer with a non-empty <c>error</c> is refused.
    /// </summary>
    public sealed class KrakenTickerParser : IRestParser
    {
        public string Venue => ExchangeIds.Kraken;

        public bool Handles(RestRequest request) => request.Path == RestPaths.KrakenTicker;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (!VenueJson.TryGet(body, "result", JsonValueKind.Object, out JsonElement result)
                || (VenueJson.TryGet(body, "error", JsonValueKind.Array, out JsonElement errors) && errors.GetArrayLength() > 0))
            {
                return RestJson.Malformed(counters, "kraken: Ticker answer has an error or no result");
            }

            decimal sum = 0m;
            int pairs = 0;
            foreach (JsonProperty pair in result.EnumerateObject())
            {
                if (IsBtcPair(pair.Name) && VenueJson.TryGet(pair.Value, "v", JsonValueKind.Array, out JsonElement v) && v.GetArrayLength() >= 2
                    && v[1].ValueKind == JsonValueKind.String && decimal.TryParse(v[1].GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out decimal volume)
                    && volume >= 0m)
                {
                    sum += volume;
                    pairs++;
                }
            }

            if (pairs == 0)
            {
                return RestJson.Malformed(counters, "kraken: Ticker holds no XBT pair with v");
            }

            readings.SetSpotVolume(new SpotVolumeReading(Venue, "all", sum, pairs, receivedMs));
            return FrameKind.Data;
        }

        // XXBTZUSD (X/Z-prefixed legacy names) or XBTUSDT.
        private static bool IsBtcPair(string name)
        {
            string quote;
            if (name.StartsWith("XXBT", System.StringComparison.Ordinal))
            {
                quote = name.Substring(4);
                quote = quote.Length == 4 && quote[0] == 'Z' ? quote.Substring(1) : quote;
            }
            else if (name.StartsWith("XBT", System.StringComparison.Ordinal))
            {
                quote = name.Substring(3);
            }
            else
            {
                return false;
            }

            return RestJson.SpotQuotes.Contains(quote);
        }
    }
}
