using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>Binance spot <c>/api/v3/ticker/24hr?symbol=BTCUSDT</c>: the BTC price (<c>lastPrice</c>) and <c>priceChangePercent</c>.</summary>
    public sealed class BinanceSpotPriceParser : IRestParser
    {
        public string Venue => ExchangeIds.Binance;

        public bool Handles(RestRequest request) => request.Path == RestPaths.BinanceSpotTicker24h && request.Query("symbol") is not null;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (!VenueJson.TryGetString(body, "symbol", out string symbol) || symbol != RestEndpoints.BtcUsdtPerpetual
                || !VenueJson.TryGetDecimal(body, "lastPrice", out decimal price) || price <= 0m)
            {
                return RestJson.Malformed(counters, "binance: 24hr ticker is not BTCUSDT with a lastPrice");
            }

            decimal? change = VenueJson.TryGetDecimal(body, "priceChangePercent", out decimal pct) ? pct : null;
            readings.SpotPrice = new PriceSample(price, change, receivedMs);
            return FrameKind.Data;
        }
    }
}
