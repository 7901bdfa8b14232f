using System.Net.Http;
using System.Threading.Tasks;
using Ticker.Data;
using Ticker.Feed.Ingest;
using Ticker.Feed.Rest;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Ingest
{
    /// <summary>REST responses handed to a running feed's input door reach the served snapshot, read by the device's own decoder.</summary>
    public class MarketSnapshotTests
    {
        [Fact]
        public async Task Price_spot_share_and_delta_reach_the_device()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            IFeedInput input = feed.Service<IFeedInput>();
            RestEndpoints endpoints = RestEndpoints.Production;
            Rest(input, endpoints.BinanceSpotPrice(), """{"symbol":"BTCUSDT","lastPrice":"97020.50","priceChangePercent":"-2.34"}""");
            Rest(input, endpoints.BinanceSpotVolumes(), """[{"symbol":"BTCUSDT","volume":"600","quoteVolume":"1"},{"symbol":"BTCFDUSD","volume":"100","quoteVolume":"1"}]""");
            Rest(input, endpoints.OkxSpotTickers(), """{"code":"0","msg":"","data":[{"instType":"SPOT","instId":"BTC-USDT","last":"97000","vol24h":"300","volCcy24h":"1","ts":"1597026383085"}]}""");
            Rest(input, endpoints.BinanceSpotKlines(), """[[1700000000000,"1","1","1","1","1",1700000299999,"1000",5,"0.5","600","0"]]""");

            feed.Refresh();
            using HttpResponseMessage response = await feed.Client.GetAsync("/v1/snapshot?asset=BTC");
            Snapshot snapshot = Device.Decode(await response.Content.ReadAsByteArrayAsync());

            Assert.Equal(9_702_050, snapshot.Price.UsdCents);
            Assert.Equal(-234, snapshot.Price.Chg24hPctE2);
            Assert.Equal(7_000, snapshot.Spot.BinanceSharePctE2);
            Assert.Equal(2, snapshot.Spot.Venues);
            Assert.Equal(67_914_350, snapshot.Spot.BinanceUsd24h);
            Assert.Equal(29_106_150, snapshot.Spot.OthersUsd24h);
            Assert.Equal(200, snapshot.Spot.DeltaUsd24h);
            Assert.Equal(200, snapshot.Spot.DeltaUsd1h);
        }

        private static void Rest(IFeedInput input, string url, string body) => input.AcceptRest(url, 200, VenueFrames.Utf8(body));
    }
}
