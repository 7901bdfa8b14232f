using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>OKX <c>/api/v5/market/tickers?instType=SPOT</c>: the BTC pairs' (<c>BTC-USDT</c>, …) 24 h base volume <c>vol24h</c>, summed.</summary>
    public sealed class OkxSpotTickersParser : IRestParser
    {
        public string Venue => ExchangeIds.Okx;

        public bool Handles(RestRequest request) => request.Path == RestPaths.OkxTickers;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (!RestJson.TryOkxData(body, counters, "tickers", out JsonElement data))
            {
                return FrameKind.Malformed;
            }

            decimal sum = 0m;
            int pairs = 0;
            foreach (JsonElement ticker in data.EnumerateArray())
            {
                if (VenueJson.TryGetString(ticker, "instId", out string instId) && instId.StartsWith("BTC-", System.StringComparison.Ordinal)
                    && RestJson.SpotQuotes.Contains(instId.Substring(4))
                    && VenueJson.TryGetDecimal(ticker, "vol24h", out decimal volume) && volume >= 0m)
                {
                    sum += volume;
                    pairs++;
                }
            }

            if (pairs == 0)
            {
                return RestJson.Malformed(counters, "okx: spot tickers hold no BTC pair with vol24h");
            }

            readings.SetSpotVolume(new SpotVolumeReading(Venue, "all", sum, pairs, receivedMs));
            return FrameKind.Data;
        }
    }
}
