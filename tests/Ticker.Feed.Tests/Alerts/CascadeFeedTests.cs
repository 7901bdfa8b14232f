using System;
using System.Net.Http;
using System.Threading.Tasks;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Alerts
{
    /// <summary>The detector inside a running feed (real Kestrel on loopback, fake clock): snapshot and /v1/alerts.</summary>
    public class CascadeFeedTests
    {
        [Fact]
        public async Task A_long_burst_reaches_the_snapshot_and_the_history_and_since_filters_it()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            LiquidationAggregator aggregator = feed.Service<LiquidationAggregator>();
            aggregator.MarkVenueLive("bybit");
            Listening.Advance(feed.Clock, TimeSpan.FromMinutes(10), aggregator, "bybit");
            long t1 = feed.Clock.GetUtcNow().ToUnixTimeSeconds();
            Add(aggregator, feed, 20_000_000);
            feed.Refresh();                                        // watch
            feed.Clock.Advance(TimeSpan.FromMinutes(1));
            Add(aggregator, feed, 392_000_000);
            feed.Refresh();                                        // cascade: 412M over 5 min
            long t2 = feed.Clock.GetUtcNow().ToUnixTimeSeconds();

            Snapshot snapshot = Device.Decode(await feed.Client.GetByteArrayAsync("/v1/snapshot?asset=BTC"));
            Assert.True(snapshot.Alert.Present);
            Assert.Equal(AlertLevel.Cascade, snapshot.Alert.Level);
            Assert.Equal(AlertSide.Long, snapshot.Alert.Side);
            Assert.Equal(t1, snapshot.Alert.StartedAt);
            Assert.Equal(412_000_000, snapshot.Alert.M5Usd);
            Assert.Equal("Long cascade: $412M", snapshot.Alert.Headline);

            Assert.Equal(
                $"{{\"transitions\":[{{\"at\":{t1},\"level\":1,\"side\":\"long\",\"headline\":\"Long watch: $20M\",\"m5Usd\":20000000}},{{\"at\":{t2},\"level\":3,\"side\":\"long\",\"headline\":\"Long cascade: $412M\",\"m5Usd\":412000000}}]}}",
                await feed.Client.GetStringAsync("/v1/alerts?since=0"));
            Assert.Equal(
                $"{{\"transitions\":[{{\"at\":{t2},\"level\":3,\"side\":\"long\",\"headline\":\"Long cascade: $412M\",\"m5Usd\":412000000}}]}}",
                await feed.Client.GetStringAsync($"/v1/alerts?since={t1}"));
            Assert.Equal("{\"transitions\":[]}", await feed.Client.GetStringAsync($"/v1/alerts?since={t2}"));
        }

        [Fact]
        public async Task A_quiet_market_has_no_alert_section()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            LiquidationAggregator aggregator = feed.Service<LiquidationAggregator>();
            aggregator.MarkVenueLive("bybit");
            feed.Clock.Advance(TimeSpan.FromMinutes(10));
            Add(aggregator, feed, 300_000);
            feed.Refresh();

            Snapshot snapshot = Device.Decode(await feed.Client.GetByteArrayAsync("/v1/snapshot?asset=BTC"));
            Assert.False(snapshot.Alert.Present);
            Assert.Equal("{\"transitions\":[]}", await feed.Client.GetStringAsync("/v1/alerts"));
        }

        private static void Add(LiquidationAggregator aggregator, RunningFeed feed, long usd) =>
            Assert.Equal(
                AddResult.Added,
                aggregator.Add(new LiquidationEvent("bybit", "BTCUSDT", PositionSide.Long, usd, feed.Clock.GetUtcNow().ToUnixTimeMilliseconds() - 1000)));
    }
}
