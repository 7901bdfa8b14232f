using System;
using System.Collections.Generic;
using System.Linq;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Alerts;
using Ticker.Feed.State;
using Xunit;

namespace Ticker.Feed.Tests.Alerts
{
    /// <summary>The cascade rule with its default options: floors, baseline multiples, price, hysteresis, cooldown.</summary>
    public class CascadeDetectorTests
    {
        private const long T0 = 1_795_000_000;
        private const long M = 1_000_000;

        private readonly InMemoryAlertHistory _history = new();
        private readonly CascadeDetector _detector;

        public CascadeDetectorTests()
        {
            _detector = new CascadeDetector(new CascadeOptions(), _history);
        }

        private AlertReading Long(long at, long usd, long baseline = 0, decimal? price = null) =>
            _detector.Evaluate(new CascadeInput(at, new SideTotals(usd, 0), new SideTotals(baseline, baseline), price));

        private IReadOnlyList<AlertTransition> History => _history.Since(0);

        [Fact]
        public void A_calm_market_of_1_to_5M_an_hour_is_level_0()
        {
            for (int minute = 0; minute < 120; minute++)
            {
                Assert.Equal(AlertLevel.None, Long(T0 + minute * 60, 400_000, 80_000).Level);
            }

            Assert.Empty(History);
        }

        [Fact]
        public void The_absolute_floor_keeps_a_tiny_baseline_from_making_noise()
        {
            // 9.99M is 999x a 10k baseline, but under the 10M watch floor.
            Assert.Equal(AlertLevel.None, Long(T0, 9_999_999, 10_000).Level);
            Assert.Equal(AlertLevel.Watch, Long(T0 + 60, 10 * M, 10_000).Level);
        }

        [Theory]
        [InlineData(10 * M, AlertLevel.Watch)]
        [InlineData(10 * M - 1, AlertLevel.None)]
        [InlineData(50 * M, AlertLevel.Warning)]
        [InlineData(50 * M - 1, AlertLevel.Watch)]
        [InlineData(150 * M, AlertLevel.Cascade)]
        [InlineData(150 * M - 1, AlertLevel.Warning)]
        public void Each_level_is_entered_at_its_floor_exactly(long usd, AlertLevel expected)
        {
            Assert.Equal(expected, Long(T0, usd, 0).Level);
        }

        [Theory]
        [InlineData(12_500_000, 2_500_000, AlertLevel.Watch)]      // 5x
        [InlineData(12_499_999, 2_500_000, AlertLevel.None)]
        [InlineData(100 * M, 10 * M, AlertLevel.Warning)]          // 10x
        [InlineData(100 * M - 1, 10 * M, AlertLevel.Watch)]
        [InlineData(400 * M, 20 * M, AlertLevel.Cascade)]          // 20x
        [InlineData(400 * M - 1, 20 * M, AlertLevel.Warning)]
        public void Each_level_needs_its_multiple_of_the_baseline_exactly(long usd, long baseline, AlertLevel expected)
        {
            Assert.Equal(expected, Long(T0, usd, baseline).Level);
        }

        [Fact]
        public void A_400M_long_burst_is_a_long_cascade_with_a_headline_of_at_most_24_characters()
        {
            AlertReading alert = Long(T0, 412 * M, 1 * M);

            Assert.Equal(AlertLevel.Cascade, alert.Level);
            Assert.Equal(AlertSide.Long, alert.Side);
            Assert.Equal(T0, alert.StartedAt);
            Assert.Equal(412 * M, alert.M5Usd);
            Assert.Equal("Long cascade: $412M", alert.Headline);
            Assert.Equal(412 * M, alert.EventUsd);
        }

        [Fact]
        public void The_side_is_the_one_liquidated_most()
        {
            AlertReading alert = _detector.Evaluate(new CascadeInput(T0, new SideTotals(3 * M, 60 * M)));

            Assert.Equal(AlertLevel.Warning, alert.Level);
            Assert.Equal(AlertSide.Short, alert.Side);
            Assert.Equal("Short warning: $60M", alert.Headline);
        }

        [Theory]
        [InlineData(0.2, AlertLevel.Warning)]  // a long cascade with the price up is not confirmed: a warning (400M is under the 600M waiver)
        [InlineData(-0.49, AlertLevel.Warning)]
        [InlineData(-0.5, AlertLevel.Cascade)]
        [InlineData(-6.4, AlertLevel.Cascade)]
        public void With_a_price_known_a_long_cascade_needs_a_falling_price(double price, AlertLevel expected)
        {
            Assert.Equal(expected, Long(T0, 400 * M, 0, (decimal)price).Level);
            Assert.Equal((decimal)price, Assert.Single(History).PriceChgPct);
        }

        [Fact]
        public void A_short_cascade_needs_a_rising_price()
        {
            Assert.Equal(AlertLevel.Warning, _detector.Evaluate(new CascadeInput(T0, new SideTotals(0, 190 * M), null, ShortMovePct: -1m)).Level);
            Assert.Equal(AlertLevel.Cascade, _detector.Evaluate(new CascadeInput(T0 + 60, new SideTotals(0, 400 * M), null, LongMovePct: -1m, ShortMovePct: 1m)).Level);
        }

        [Fact]
        public void Watch_is_left_only_below_its_exit_threshold_after_the_cooldown()
        {
            Long(T0, 10 * M);

            Assert.Equal(AlertLevel.Watch, Long(T0 + 600, 6 * M).Level);       // 0.6 x 10M: held
            Assert.Equal(AlertLevel.None, Long(T0 + 660, 6 * M - 1).Level);
        }

        [Fact]
        public void Cascade_falls_to_the_level_its_measure_still_holds()
        {
            Long(T0, 400 * M);

            Assert.Equal(AlertLevel.Cascade, Long(T0 + 600, 90 * M).Level);    // 0.6 x 150M
            Assert.Equal(AlertLevel.Warning, Long(T0 + 660, 90 * M - 1).Level); // warning held: above 0.6 x 50M
            Assert.Equal(AlertLevel.Warning, Long(T0 + 1260, 30 * M).Level);
            Assert.Equal(AlertLevel.Watch, Long(T0 + 1320, 30 * M - 1).Level);
        }

        [Fact]
        public void A_measure_oscillating_around_a_floor_does_not_flap()
        {
            for (int minute = 0; minute < 180; minute++)
            {
                Long(T0 + minute * 60, minute % 2 == 0 ? 10_100_000 : 9_900_000);
            }

            Assert.Single(History);
            Assert.Equal(AlertLevel.Watch, _detector.Current.Level);
        }

        [Fact]
        public void The_cooldown_holds_a_level_and_stops_a_re_raise()
        {
            Long(T0, 60 * M);

            Assert.Equal(AlertLevel.Warning, Long(T0 + 60, 1 * M).Level);
            Assert.Equal(AlertLevel.Warning, Long(T0 + 599, 1 * M).Level);
            Assert.Equal(AlertLevel.None, Long(T0 + 600, 1 * M).Level);
            Assert.Equal(AlertLevel.None, Long(T0 + 660, 60 * M).Level);       // same alert again within 10 min
            Assert.Equal(AlertLevel.None, Long(T0 + 1199, 60 * M).Level);
            Assert.Equal(AlertLevel.Warning, Long(T0 + 1200, 60 * M).Level);
            Assert.Equal(3, History.Count);
        }

        [Fact]
        public void Escalation_watch_warning_cascade_is_immediate_and_recorded_in_order()
        {
            Long(T0, 10 * M);
            Long(T0 + 60, 50 * M);
            Long(T0 + 120, 150 * M);

            Assert.Equal(
                new[] { (T0, AlertLevel.Watch), (T0 + 60, AlertLevel.Warning), (T0 + 120, AlertLevel.Cascade) },
                History.Select(t => (t.At, t.Level)).ToArray());
            Assert.All(History, t => Assert.Equal(AlertSide.Long, t.Side));
            Assert.Equal("Long cascade: $150M", History[2].Headline);
            Assert.Equal(150 * M, History[2].M5Usd);
            Assert.Equal(T0, _detector.Current.StartedAt);
        }

        [Fact]
        public void Unchanged_levels_record_nothing()
        {
            Long(T0, 200 * M);
            Long(T0 + 60, 300 * M);
            Long(T0 + 120, 250 * M);

            Assert.Single(History);
        }

        [Theory]
        [InlineData(AlertLevel.Cascade, AlertSide.Short, false, 12_345_000_000L, "Short cascade: $12B")]
        [InlineData(AlertLevel.Cascade, AlertSide.Long, false, 3_940_000_000L, "Long cascade: $3.9B")]
        [InlineData(AlertLevel.Warning, AlertSide.Short, false, 999_000_000L, "Short warning: $999M")]
        [InlineData(AlertLevel.Watch, AlertSide.Long, false, 10_400_000L, "Long watch: $10M")]
        [InlineData(AlertLevel.Cascade, AlertSide.Short, true, 999_400_000L, "Short+long cascade $999M")]
        [InlineData(AlertLevel.Warning, AlertSide.Long, true, 9_949_000_000L, "Long+short warning $9.9B")]
        [InlineData(AlertLevel.Cascade, AlertSide.Short, true, 9_950_000_000L, "Short+long cascade $10B")]
        public void Headlines_fit_24_characters(AlertLevel level, AlertSide side, bool both, long usd, string expected)
        {
            string headline = CascadeDetector.Headline(level, side, both, usd);

            Assert.Equal(expected, headline);
            Assert.True(headline.Length <= AlertSection.HeadlineMaxChars);
        }

        [Fact]
        public void The_worked_example_in_docs_cascade_alerts_md()
        {
            const long b = 400_000;
            Assert.Equal(AlertLevel.None, Long(T0, 400_000, b).Level);
            Assert.Equal(AlertLevel.Watch, Long(T0 + 60, 20 * M, b).Level);
            AlertReading cascade = Long(T0 + 120, 412 * M, b);
            Assert.Equal((AlertLevel.Cascade, T0 + 60), (cascade.Level, cascade.StartedAt));
            Assert.Equal(AlertLevel.Cascade, Long(T0 + 420, 95 * M, b).Level);
            Assert.Equal(AlertLevel.Warning, Long(T0 + 720, 60 * M, b).Level);
            Assert.Equal(AlertLevel.None, Long(T0 + 1320, 5 * M, b).Level);
            Assert.Equal(AlertLevel.None, Long(T0 + 1500, 14 * M, b).Level);
            Assert.Equal(AlertLevel.Watch, Long(T0 + 1560, 15 * M, b).Level);
            Assert.Equal(new[] { AlertLevel.Watch, AlertLevel.Cascade, AlertLevel.Warning, AlertLevel.None, AlertLevel.Watch }, History.Select(t => t.Level).ToArray());
        }

        [Fact]
        public void A_detector_resumed_from_the_history_keeps_the_alert_and_the_marginal_re_raise_hold()
        {
            // The worked example up to 12:22 (watch, cascade, warning, none), then a restart.
            const long b = 400_000;
            Long(T0 + 60, 20 * M, b);
            Long(T0 + 120, 412 * M, b);
            Long(T0 + 720, 60 * M, b);
            Long(T0 + 1320, 5 * M, b);
            var resumed = new CascadeDetector(new CascadeOptions(), _history);
            resumed.Resume(History);

            // 14 M at 12:25 is a marginal re-raise of the watch left at 12:22: held, as without the restart; a fresh
            // detector with no memory raises it.
            var input = new CascadeInput(T0 + 1500, new SideTotals(14 * M, 0), new SideTotals(b, b));
            Assert.Equal(AlertLevel.None, resumed.Evaluate(input).Level);
            Assert.Equal(AlertLevel.Watch, new CascadeDetector(new CascadeOptions(), new InMemoryAlertHistory()).Evaluate(input).Level);

            // A restart while the cascade was on (after 12:02): the alert, its start and headline, nothing recorded.
            var during = new InMemoryAlertHistory();
            during.Record(History[0]);
            during.Record(History[1]);
            var taken = new CascadeDetector(new CascadeOptions(), during);
            taken.Resume(during.Since(0));
            Assert.Equal((AlertLevel.Cascade, AlertSide.Long, (long?)(T0 + 60), History[1].Headline), (taken.Current.Level, taken.Current.Side, taken.Current.StartedAt, taken.Current.Headline));
            Assert.Equal(AlertLevel.Cascade, taken.Evaluate(new CascadeInput(T0 + 420, new SideTotals(95 * M, 0), new SideTotals(b, b))).Level);
            Assert.Equal(2, during.Since(0).Count);
        }

        [Fact]
        public void Both_sides_are_measured_when_no_alert_is_on_a_smaller_side_that_qualifies_is_not_missed()
        {
            // Longs $12M against a $5M baseline (2.4x: no level); shorts $11M against $0.1M (110x, over the floor: watch).
            AlertReading alert = _detector.Evaluate(new CascadeInput(T0, new SideTotals(12 * M, 11 * M), new SideTotals(5 * M, 100_000)));

            Assert.Equal((AlertLevel.Watch, AlertSide.Short), (alert.Level, alert.Side));
            Assert.Equal("Short watch: $11M", alert.Headline);
        }

        [Fact]
        public void The_higher_level_wins_and_the_headline_names_both_sides_when_both_qualify()
        {
            AlertReading alert = _detector.Evaluate(new CascadeInput(T0, new SideTotals(20 * M, 160 * M)));
            Assert.Equal((AlertLevel.Cascade, AlertSide.Short), (alert.Level, alert.Side));
            Assert.Equal("Short+long cascade $160M", alert.Headline);

            // While the short cascade is on, longs reaching only warning do not take over; longs at cascade do not
            // either (a tie keeps the side); a long side alone qualifying drops "+long" from nothing.
            Assert.Equal(AlertSide.Short, _detector.Evaluate(new CascadeInput(T0 + 60, new SideTotals(60 * M, 160 * M))).Side);
            Assert.Equal(AlertSide.Short, _detector.Evaluate(new CascadeInput(T0 + 120, new SideTotals(400 * M, 160 * M))).Side);
            Assert.Equal("Short cascade: $160M", _detector.Evaluate(new CascadeInput(T0 + 180, new SideTotals(1 * M, 160 * M))).Headline);
        }

        [Fact]
        public void The_other_side_entering_a_higher_level_takes_the_alert_and_starts_a_new_event()
        {
            _detector.Evaluate(new CascadeInput(T0, new SideTotals(0, 60 * M)));
            AlertReading alert = _detector.Evaluate(new CascadeInput(T0 + 60, new SideTotals(200 * M, 60 * M)));

            Assert.Equal((AlertLevel.Cascade, AlertSide.Long, T0 + 60), (alert.Level, alert.Side, alert.StartedAt));
            Assert.Equal(new[] { AlertSide.Short, AlertSide.Long }, History.Select(t => t.Side).ToArray());
        }

        [Fact]
        public void A_second_wave_well_above_the_floor_re_raises_at_once_whatever_the_cooldown()
        {
            Long(T0, 400 * M);
            Assert.Equal(AlertLevel.Warning, Long(T0 + 600, 60 * M).Level);         // eased to warning after the cooldown
            // Within the cooldown of leaving cascade: a marginal re-raise (under 1.5 x 150M) is held back ...
            Assert.Equal(AlertLevel.Warning, Long(T0 + 660, 200 * M).Level);
            Assert.Equal(AlertLevel.Warning, Long(T0 + 720, 225 * M - 1).Level);
            // ... a wave at 1.5 x the floor or more raises the level on this very refresh.
            AlertReading wave = Long(T0 + 780, 225 * M);
            Assert.Equal(AlertLevel.Cascade, wave.Level);
            Assert.Equal(T0, wave.StartedAt);                                        // the same event goes on
            Assert.Equal(new[] { AlertLevel.Cascade, AlertLevel.Warning, AlertLevel.Cascade }, History.Select(t => t.Level).ToArray());
        }

        [Theory]
        [InlineData(-8.0, 400, AlertLevel.Cascade)]     // altcoins liquidated, altcoins down 8 %: confirmed
        [InlineData(0.1, 400, AlertLevel.Warning)]      // unconfirmed: a warning
        [InlineData(0.1, 600, AlertLevel.Cascade)]      // 4 x the cascade floor needs no confirmation
        [InlineData(0.1, 599, AlertLevel.Warning)]
        [InlineData(0.1, 60, AlertLevel.Warning)]       // warning needs no confirmation
        public void The_price_confirmation_reads_the_liquidated_instruments_move_and_a_large_multiple_waives_it(double move, long usdM, AlertLevel expected)
        {
            AlertReading alert = _detector.Evaluate(new CascadeInput(T0, new SideTotals(usdM * M, 0), null, LongMovePct: (decimal)move, ShortMovePct: null));

            Assert.Equal(expected, alert.Level);
        }

        [Fact]
        public void The_event_total_runs_from_the_window_that_raised_the_alert()
        {
            var asked = new List<long>();
            SideTotals? Since(long from)
            {
                asked.Add(from);
                return new SideTotals(3_900 * M, 5 * M);
            }

            _detector.Evaluate(new CascadeInput(T0, new SideTotals(400 * M, 0), TotalsSince: Since));
            AlertReading later = _detector.Evaluate(new CascadeInput(T0 + 600, new SideTotals(300 * M, 0), TotalsSince: Since));

            Assert.Equal(3_900 * M, later.EventUsd);
            Assert.Equal("Long cascade: $3.9B", later.Headline);
            Assert.All(asked, from => Assert.Equal(T0 - 300, from));
        }

        [Fact]
        public void A_bad_option_is_refused_naming_the_setting_and_its_range()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CascadeOptions { WatchUsd = 100 * M, WarningUsd = 50 * M }.Validate());
            Assert.Contains("Feed:Cascade:WarningUsd must be above WatchUsd", error.Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => new CascadeOptions { ExitFraction = 1.5m }.Validate());
            Assert.Throws<ArgumentOutOfRangeException>(() => new CascadeOptions { Cooldown = TimeSpan.FromDays(1) }.Validate());
        }
    }
}

namespace Ticker.Feed.Tests.Alerts
{
    /// <summary>The baseline the monitor gives the detector: the aggregator's median 5-minute sums.</summary>
    public class CascadeBaselineTests
    {
        [Fact]
        public void The_baseline_is_the_median_of_the_covered_five_minute_sums_before_the_last_five_minutes()
        {
            Microsoft.Extensions.Time.Testing.FakeTimeProvider clock = Support.TestClock.New();
            var aggregator = new LiquidationAggregator(clock);
            long start = Support.TestClock.StartMs;
            aggregator.MarkCoveredSince(start);
            clock.Advance(System.TimeSpan.FromMinutes(30));
            aggregator.MarkVenueLive("bybit");   // live now, never interrupted: covered since start
            long asOf = start + 30 * 60_000;
            // Windows ending asOf-5, -10, -15, -20, -25 min are covered: long sums 1M, 2M, 3M, 0, 0 (median 1M).
            foreach ((long minutesBefore, long usd) in new[] { (6L, 1_000_000L), (11L, 2_000_000L), (16L, 3_000_000L), (1L, 900_000_000L) })
            {
                aggregator.Add(new Ticker.Feed.Liquidations.LiquidationEvent("bybit", "BTCUSDT", Ticker.Feed.Liquidations.PositionSide.Long, usd, asOf - minutesBefore * 60_000));
            }

            Assert.Equal(new SideTotals(1_000_000, 0), aggregator.MedianFiveMinutes(asOf));
            Assert.Null(new LiquidationAggregator(clock).MedianFiveMinutes(asOf));

            // A gap: the venue was heard at 0 and 6 minutes, then silent until 18, then every minute to 30 (asOf).
            // Covered: 0-6 and 18-30. The slots before the last five minutes that it covered: (20, 25] with 1M and
            // (0, 5] with nothing; the 2M and 3M at 19 and 14 minutes fall in slots the gap cut, left out, not zeros.
            var gappedClock = Support.TestClock.New();
            var gapped = new LiquidationAggregator(gappedClock);
            gapped.MarkVenueLive("bybit");
            gappedClock.Advance(System.TimeSpan.FromMinutes(6));
            gapped.MarkVenueLive("bybit");
            gappedClock.Advance(System.TimeSpan.FromMinutes(12));
            Support.Listening.Advance(gappedClock, System.TimeSpan.FromMinutes(12), gapped, "bybit");
            long gappedAsOf = gappedClock.GetUtcNow().ToUnixTimeMilliseconds();
            foreach ((long minutesBefore, long usd) in new[] { (6L, 1_000_000L), (11L, 2_000_000L), (16L, 3_000_000L) })
            {
                gapped.Add(new Ticker.Feed.Liquidations.LiquidationEvent("bybit", "BTCUSDT", Ticker.Feed.Liquidations.PositionSide.Long, usd, gappedAsOf - minutesBefore * 60_000));
            }

            Assert.Equal(new SideTotals(1_000_000, 0), gapped.MedianFiveMinutes(gappedAsOf));
            Assert.Equal(new SideTotals(1_000_000, 0), gapped.Window(gappedAsOf - 10 * 60_000, gappedAsOf));
            Assert.Null(gapped.Window(gappedAsOf - 15 * 60_000, gappedAsOf));
        }
    }
}
