using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// Binance spot <c>/api/v3/ticker/24hr</c> for every symbol (<c>type=MINI</c>): the 24 h base <c>volume</c> of each
    /// BTC pair (BTC base, a fiat or stablecoin quote), summed.
    /// </summary>
    public sealed class BinanceSpotVolumesParser : IRestParser
    {
        public string Venue => ExchangeIds.Binance;

        public bool Handles(RestRequest request) => request.Path == RestPaths.BinanceSpotTicker24h && request.Query("symbol") is null;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (body.ValueKind != JsonValueKind.Array)
            {
                return RestJson.Malformed(counters, "binance: 24hr tickers answer is not an array");
            }

            if (!RestJson.TrySumBtcPairVolumes(body, "volume", out decimal sum, out int pairs))
            {
                return RestJson.Malformed(counters, "binance: 24hr tickers hold no BTC pair with a volume");
            }

            readings.SetSpotVolume(new SpotVolumeReading(Venue, "all", sum, pairs, receivedMs));
            return FrameKind.Data;
        }
    }
}
