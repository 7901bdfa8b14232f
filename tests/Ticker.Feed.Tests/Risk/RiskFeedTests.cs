using System;
using System.Threading.Tasks;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Risk;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Risk
{
    /// <summary>The risk monitor inside a running feed (real Kestrel on loopback, fake clock), read by the device's decoder.</summary>
    public class RiskFeedTests
    {
        [Fact]
        public async Task The_docs_example_reaches_the_device_as_score_45_with_its_inputs_and_parts()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            BtcPerpetualLiquidations btc = feed.Service<BtcPerpetualLiquidations>();
            btc.MarkVenueLive("bybit");
            Listening.Advance(feed.Clock, TimeSpan.FromMinutes(61), () => btc.MarkVenueLive("bybit"));
            long nowMs = feed.Clock.GetUtcNow().ToUnixTimeMilliseconds();
            btc.Add(new LiquidationEvent("bybit", "BTCUSDT", PositionSide.Long, 90_000_000, nowMs - 30 * 60_000));
            btc.Add(new LiquidationEvent("bybit", "BTCUSDT", PositionSide.Short, 18_000_000, nowMs - 20 * 60_000));
            // An altcoin flush in the same hour does not count: the measure divides by BTC-perpetual open interest.
            Assert.False(btc.Add(new LiquidationEvent("bybit", "ETHUSDT", PositionSide.Long, 4_000_000_000, nowMs - 10 * 60_000)));
            feed.Service<MarketState>().Leverage = RiskFormulaTests.DocsExample with { AtUnixMs = nowMs - 60_000 };
            feed.Refresh();

            Snapshot snapshot = Device.Decode(await feed.Client.GetByteArrayAsync("/v1/snapshot?asset=BTC"));
            Assert.True(snapshot.Risk.Present);
            Assert.Equal(45, snapshot.Risk.Score);
            Assert.Equal(50, snapshot.Risk.PartFunding);
            Assert.Equal(55, snapshot.Risk.PartOpenInterest);
            Assert.Equal(30, snapshot.Risk.PartTaker);
            Assert.Equal(54, snapshot.Risk.PartLongShort);
            Assert.Equal(30, snapshot.Risk.PartLiquidations);
            Assert.Equal(550, snapshot.Risk.FundingPct8hE4);
            Assert.Equal(36_000_000_000, snapshot.Risk.OiUsd);
            Assert.Equal(2000, snapshot.Risk.TakerBuySellE3);

            // The first refresh took the history's first sample of all six measures.
            Assert.Equal(1, feed.Service<RiskHistory>().Count(RiskMeasure.Liquidations));
        }

        [Fact]
        public async Task Inputs_older_than_an_hour_leave_the_risk_section_out()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            long nowMs = feed.Clock.GetUtcNow().ToUnixTimeMilliseconds();
            feed.Service<MarketState>().Leverage = RiskFormulaTests.DocsExample with { AtUnixMs = nowMs };
            feed.Refresh();
            // No liquidation window is known (no venue heard): the other five measures, renormalised, score 49.
            Assert.Equal(49m, feed.Service<MarketState>().Risk!.Score);

            feed.Clock.Advance(RiskMonitor.MaxInputAge + TimeSpan.FromSeconds(1));
            feed.Refresh();
            Assert.Null(feed.Service<MarketState>().Risk);
            Snapshot snapshot = Device.Decode(await feed.Client.GetByteArrayAsync("/v1/snapshot?asset=BTC"));
            Assert.False(snapshot.Risk.Present);
        }
    }
}
