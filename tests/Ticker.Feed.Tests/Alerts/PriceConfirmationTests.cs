using System;
using System.Threading.Tasks;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Alerts;
using Ticker.Feed.Liquidations;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Alerts
{
    /// <summary>The price history the cascade monitor keeps, and the confirmation it gives the rule in a running feed.</summary>
    public class PriceConfirmationTests
    {
        private const long T0 = 1_795_000_000_000;
        private static readonly TimeSpan Five = TimeSpan.FromMinutes(5);

        [Fact]
        public void The_change_runs_from_the_last_price_at_or_before_the_window_start_to_the_latest()
        {
            var prices = new PriceHistory();
            prices.Record(T0, 100_000m);
            prices.Record(T0 + 60_000, 99_000m);
            prices.Record(T0 + 5 * 60_000, 98_000m);
            prices.Record(T0 + 6 * 60_000, 95_000m);
            // Window start T0 + 30 s: base 100,000 (T0), latest at or before now 98,000 (the 95,000 is later).
            Assert.Equal(-2m, prices.ChangePct(T0 + 5 * 60_000 + 30_000, Five));
            // Window start T0 + 1 min: base 99,000, latest 95,000.
            Assert.Equal(-4.0404m, prices.ChangePct(T0 + 6 * 60_000, Five));
        }

        [Fact]
        public void Unknown_without_a_base_or_with_a_base_too_old()
        {
            var prices = new PriceHistory();
            prices.Record(T0, 100_000m);
            Assert.Null(prices.ChangePct(T0 + 60_000, Five));                      // nothing 5 minutes old yet
            prices.Record(T0 + 5 * 60_000, 101_000m);
            Assert.Equal(1m, prices.ChangePct(T0 + 5 * 60_000, Five));
            prices.Record(T0 + 8 * 60_000, 102_000m);
            // At T0 + 8 min the window starts at T0 + 3 min: the base (T0) is 3 minutes older, over the 2-minute tolerance.
            Assert.Null(prices.ChangePct(T0 + 8 * 60_000, Five));
            prices.Record(T0 + 9 * 60_000, null);                                   // unknown prices record nothing
            Assert.Equal(3, prices.Count);
            prices.Record(T0 + 11 * 60_000, null);                                  // T0 is now over 10 minutes old
            Assert.Equal(2, prices.Count);
        }

        [Fact]
        public async Task A_burst_with_the_price_rising_stays_a_warning_and_with_the_price_falling_is_a_cascade()
        {
            Assert.Equal(AlertLevel.Warning, await BurstWithPrice(90_000m, 90_180m));   // +0.2 %: unconfirmed, a warning (160M is under the 600M waiver)
            Assert.Equal(AlertLevel.Cascade, await BurstWithPrice(90_000m, 89_100m));   // -1 %: confirmed
            Assert.Equal(AlertLevel.Cascade, await BurstWithPrice(null, null));         // no price: liquidations alone
        }

        private static async Task<AlertLevel> BurstWithPrice(decimal? before, decimal? after)
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            LiquidationAggregator aggregator = feed.Service<LiquidationAggregator>();
            MarketState market = feed.Service<MarketState>();
            aggregator.MarkVenueLive("bybit");
            market.Price = before is null ? null : new PriceReading(before);
            Listening.Advance(feed.Clock, TimeSpan.FromMinutes(5), aggregator, "bybit");
            feed.Refresh();                                                         // samples the price before the burst
            Listening.Advance(feed.Clock, TimeSpan.FromMinutes(5), aggregator, "bybit");
            market.Price = after is null ? null : new PriceReading(after);
            long nowMs = feed.Clock.GetUtcNow().ToUnixTimeMilliseconds();
            aggregator.Add(new LiquidationEvent("bybit", "BTCUSDT", PositionSide.Long, 160_000_000, nowMs - 1000));
            feed.Refresh();

            Snapshot snapshot = Device.Decode(await feed.Client.GetByteArrayAsync("/v1/snapshot?asset=BTC"));
            Assert.True(snapshot.Alert.Present);
            string history = await feed.Client.GetStringAsync("/v1/alerts?since=0");
            if (before is decimal b && after is decimal a)
            {
                // The history keeps the 5-minute change the rule saw; the snapshot, the change since startedAt (none yet).
                Assert.Contains($"\"priceChgPct\":{decimal.Round(100m * (a - b) / b, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)}}}", history, StringComparison.Ordinal);
                Assert.Equal(0, snapshot.Alert.PriceChgPctE2);

                // A minute later, 1.5 % lower than at the start: the snapshot's change is measured from the start.
                feed.Clock.Advance(TimeSpan.FromMinutes(1));
                market.Price = new PriceReading(a * 0.985m);
                feed.Refresh();
                Snapshot later = Device.Decode(await feed.Client.GetByteArrayAsync("/v1/snapshot?asset=BTC"));
                Assert.Equal(snapshot.Alert.StartedAt, later.Alert.StartedAt);
                Assert.Equal(-150, later.Alert.PriceChgPctE2);
            }
            else
            {
                Assert.Equal(Value.Missing, snapshot.Alert.PriceChgPctE2);
                Assert.DoesNotContain("priceChgPct", history, StringComparison.Ordinal);
            }

            return snapshot.Alert.Level;
        }
    }
}
