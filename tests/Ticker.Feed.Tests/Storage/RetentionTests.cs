using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Alerts;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Risk;
using Ticker.Feed.Storage;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Storage
{
    /// <summary>What the database keeps: liquidations for 24 h + 15 min, risk samples for 30 days, alerts for 30 days.</summary>
    public class RetentionTests
    {
        [Fact]
        public void Saving_drops_rows_past_their_retention_and_keeps_the_rest()
        {
            using var temp = new TempFolder();
            FakeTimeProvider clock = TestClock.New();
            long now = TestClock.StartMs;
            long hour = 3_600_000;
            long day = 24 * hour;
            using FeedDatabase database = FeedDatabase.Open(temp.File("retention.db"));
            database.Save(new StateChanges(
                new[]
                {
                    new StoredLiquidation(now - 25 * hour, PositionSide.Long, 1_000),   // past 24 h + 15 min
                    new StoredLiquidation(now - 24 * hour, PositionSide.Short, 2_000),  // inside the margin
                    new StoredLiquidation(now - hour, PositionSide.Long, 3_000),
                },
                new[]
                {
                    new RiskSample(RiskMeasure.Funding, now - 31 * day, 0.01m),
                    new RiskSample(RiskMeasure.Funding, now - 29 * day, 0.02m),
                },
                new Dictionary<string, long> { ["okx"] = now - 25 * hour, ["bybit"] = now - hour },
                now - 30 * hour,
                41));
            database.AddAlertTransition(new AlertTransition((now - 31 * day) / 1000, AlertLevel.Watch, AlertSide.Long, "Long watch: $20M/5m", 20_000_000));
            database.AddAlertTransition(new AlertTransition((now - day) / 1000, AlertLevel.Cascade, AlertSide.Short, "Short cascade: $200M/5m", 200_000_000, 0.75m));

            var persistence = new StatePersistence(database, new LiquidationAggregator(clock), new RiskHistory(), clock, NullLogger<StatePersistence>.Instance);
            Assert.True(persistence.Save(42));

            Assert.Equal(2, database.Count("liquidation"));
            Assert.Equal(
                new[] { new StoredLiquidation(now - 24 * hour, PositionSide.Short, 2_000), new StoredLiquidation(now - hour, PositionSide.Long, 3_000) },
                database.LoadLiquidations(0));
            Assert.Equal(1, database.Count("risk_sample"));
            Assert.Equal(0.02m, Assert.Single(database.LoadRiskSamples(0)).Value);
            AlertTransition kept = Assert.Single(database.LoadAlertTransitions(0));
            Assert.Equal(new AlertTransition((now - day) / 1000, AlertLevel.Cascade, AlertSide.Short, "Short cascade: $200M/5m", 200_000_000, 0.75m), kept);
            Assert.Equal(new[] { "bybit" }, new List<string>(database.LoadVenuesSeen().Keys).ToArray());
            Assert.Equal(42, database.LoadLastSeq());
            Assert.Equal(now - 30 * hour, database.LoadCoveredSince());
        }

        [Fact]
        public void A_venue_that_reconnects_for_days_leaves_a_day_of_spans_in_the_database_and_in_memory()
        {
            // Soak: bybit heard every minute for 30 minutes, then silent for 5 (a gap: a new span), for 4 simulated
            // days, saved every minute as the refresher does. Without pruning, 164 spans would pile up.
            using var temp = new TempFolder();
            FakeTimeProvider clock = TestClock.New();
            var aggregator = new LiquidationAggregator(clock);
            using FeedDatabase database = FeedDatabase.Open(temp.File("spans.db"));
            var persistence = new StatePersistence(database, aggregator, new RiskHistory(), clock, NullLogger<StatePersistence>.Instance);
            int cycles = 4 * 24 * 60 / 35;
            int mostSaved = 0;
            for (int cycle = 0; cycle < cycles; cycle++)
            {
                for (int minute = 0; minute < 35; minute++)
                {
                    if (minute < 30)
                    {
                        aggregator.MarkVenueLive("bybit");
                    }

                    aggregator.Totals(clock.GetUtcNow().ToUnixTimeMilliseconds());
                    Assert.True(persistence.Save(cycle * 35 + minute));
                    mostSaved = Math.Max(mostSaved, persistence.SavedSpanCount);
                    clock.Advance(TimeSpan.FromMinutes(1));
                }
            }

            // A day and a quarter hour of 35-minute cycles holds at most 43 spans; the database keeps a day's.
            int perRetention = (int)(LiquidationAggregator.Retention.TotalMinutes / 35) + 2;
            Assert.InRange(mostSaved, 2, perRetention);
            Assert.InRange(aggregator.VenueSpans()["bybit"].Count, 2, perRetention);
            Assert.InRange(database.Count("venue_span"), 2, perRetention);
        }

        [Fact]
        public void A_restored_aggregator_ignores_events_past_its_retention_and_counts_the_rest_in_their_windows()
        {
            FakeTimeProvider clock = TestClock.New();
            long now = TestClock.StartMs;
            var aggregator = new LiquidationAggregator(clock);
            aggregator.Restore(
                new[]
                {
                    new StoredLiquidation(now - 25 * 3_600_000L, PositionSide.Long, 1_000),
                    new StoredLiquidation(now - 3_600_000L + 1, PositionSide.Long, 3_000),
                    new StoredLiquidation(now - 60_000, PositionSide.Short, 4_000),
                },
                now - 26 * 3_600_000L,
                new Dictionary<string, long> { ["bybit"] = now - 30_000 });

            LiquidationTotals totals = aggregator.Totals(now)!;
            Assert.Equal(new SideTotals(3_000, 4_000), totals.H24);
            Assert.Equal(new SideTotals(3_000, 4_000), totals.H1);
            Assert.Equal(new SideTotals(0, 4_000), totals.M5);
            Assert.Equal(new[] { "bybit" }, totals.Venues);
            Assert.Equal(2, aggregator.BucketCount);
        }
    }
}
