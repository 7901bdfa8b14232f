using System;
using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// Bitstamp <c>/api/v2/ticker/{pair}/</c>: one BTC pair's 24 h base <c>volume</c>. Bitstamp answers one pair per
    /// request, so each pair is its own reading and the venue's volume is their sum.
    /// </summary>
    public sealed class BitstampTickerParser : IRestParser
    {
        public string Venue => ExchangeIds.Bitstamp;

        public bool Handles(RestRequest request) => Pair(request) is not null;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            string pair = Pair(request)!;
            if (!VenueJson.TryGetDecimal(body, "volume", out decimal volume) || volume < 0m)
            {
                return RestJson.Malformed(counters, "bitstamp: ticker " + pair + " lacks volume");
            }

            readings.SetSpotVolume(new SpotVolumeReading(Venue, pair, volume, 1, receivedMs));
            return FrameKind.Data;
        }

        // "/api/v2/ticker/btcusd/" -> "btcusd", for BTC pairs only.
        private static string? Pair(RestRequest request)
        {
            if (!request.Path.StartsWith(RestPaths.BitstampTickerPrefix, StringComparison.Ordinal))
            {
                return null;
            }

            string pair = request.Path.Substring(RestPaths.BitstampTickerPrefix.Length).TrimEnd('/');
            return pair.Length > 0 && !pair.Contains('/', StringComparison.Ordinal) && RestJson.IsBtcPair(pair) ? pair : null;
        }
    }
}
