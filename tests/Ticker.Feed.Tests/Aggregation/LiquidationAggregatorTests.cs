using System;
using System.Linq;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Aggregation
{
    /// <summary>
    /// Windows hold the events whose exchange time is in (asOf - window, asOf], to the millisecond, on a fake clock;
    /// hourly bars cut the day the same way; what the feed did not cover is unknown, not zero.
    /// </summary>
    public class LiquidationAggregatorTests
    {
        private const long Minute = 60_000;
        private const long Hour = 3_600_000;

        private readonly FakeTimeProvider _clock = TestClock.New();
        private readonly LiquidationAggregator _aggregator;
        private readonly long _asOf = TestClock.StartMs;

        public LiquidationAggregatorTests()
        {
            _aggregator = new LiquidationAggregator(_clock);
        }

        /// <summary>The feed has listened for longer than a day: every window is known.</summary>
        private void CoverTheLastDay(string venue = "binance")
        {
            _aggregator.MarkCoveredSince(_asOf - 25 * Hour);
            _aggregator.MarkVenueLive(venue);
        }

        private void Add(long timeMs, PositionSide side, long usd, string venue = "binance") =>
            Assert.Equal(AddResult.Added, _aggregator.Add(new LiquidationEvent(venue, "BTCUSDT", side, usd, timeMs)));

        private LiquidationTotals Totals() => _aggregator.Totals(_asOf) ?? throw new InvalidOperationException("no totals");

        [Theory]
        [InlineData(5 * Minute)]
        [InlineData(Hour)]
        [InlineData(4 * Hour)]
        [InlineData(24 * Hour)]
        public void A_window_holds_events_after_its_start_up_to_and_including_asOf(long window)
        {
            CoverTheLastDay();
            Add(_asOf - window, PositionSide.Long, 1);           // exactly at the start: out
            Add(_asOf - window + 1, PositionSide.Long, 10);      // 1 ms later: in
            Add(_asOf - window / 2, PositionSide.Short, 100);    // in
            Add(_asOf, PositionSide.Long, 1_000);                // exactly at asOf: in
            Add(_asOf + 1, PositionSide.Short, 10_000);          // after asOf: out (until the next snapshot)

            LiquidationTotals totals = Totals();
            SideTotals? measured = window switch
            {
                5 * Minute => totals.M5,
                Hour => totals.H1,
                4 * Hour => totals.H4,
                _ => totals.H24,
            };
            Assert.Equal(new SideTotals(1_010, 100), measured);
        }

        [Fact]
        public void Windows_nest_m5_within_h1_within_h4_within_h24()
        {
            CoverTheLastDay();
            Add(_asOf - 2 * Minute, PositionSide.Long, 1);
            Add(_asOf - 30 * Minute, PositionSide.Long, 10);
            Add(_asOf - 3 * Hour, PositionSide.Long, 100);
            Add(_asOf - 20 * Hour, PositionSide.Long, 1_000);
            Add(_asOf - 24 * Hour - 1, PositionSide.Long, 10_000);

            LiquidationTotals totals = Totals();
            Assert.Equal(new SideTotals(1, 0), totals.M5);
            Assert.Equal(new SideTotals(11, 0), totals.H1);
            Assert.Equal(new SideTotals(111, 0), totals.H4);
            Assert.Equal(new SideTotals(1_111, 0), totals.H24);
        }

        [Fact]
        public void Hourly_bars_are_24_one_hour_windows_ending_at_asOf_oldest_first_in_whole_millions()
        {
            CoverTheLastDay();
            Add(_asOf - 24 * Hour + 1, PositionSide.Long, 2_000_000);   // first ms of bar 0
            Add(_asOf - 23 * Hour, PositionSide.Long, 1_000_000);       // last ms of bar 0
            Add(_asOf - 23 * Hour + 1, PositionSide.Short, 7_000_000);  // bar 1
            Add(_asOf - 30 * Minute, PositionSide.Long, 1_499_999);     // bar 23: 1.499999 M rounds to 1
            Add(_asOf, PositionSide.Short, 2_500_000);                  // bar 23: 2.5 M rounds (half away from zero) to 3

            LiquidationTotals totals = Totals();
            Assert.NotNull(totals.HourlyLongM);
            Assert.NotNull(totals.HourlyShortM);
            Assert.Equal(24, totals.HourlyLongM!.Count);
            Assert.Equal(24, totals.HourlyShortM!.Count);
            Assert.Equal(3, totals.HourlyLongM[0]);
            Assert.Equal(0, totals.HourlyShortM[0]);
            Assert.Equal(7, totals.HourlyShortM[1]);
            Assert.Equal(1, totals.HourlyLongM[23]);
            Assert.Equal(3, totals.HourlyShortM[23]);
            Assert.All(Enumerable.Range(1, 22), i => Assert.Equal(0, totals.HourlyLongM[i]));

            // The contract's relation: the last bar is h1 in millions.
            Assert.Equal((totals.H1!.Value.LongUsd + 500_000) / 1_000_000, totals.HourlyLongM[23]);
            Assert.Equal((totals.H1!.Value.ShortUsd + 500_000) / 1_000_000, totals.HourlyShortM[23]);
        }

        [Fact]
        public void A_window_cut_inside_a_minute_counts_only_that_minutes_events_inside_it()
        {
            CoverTheLastDay();
            long asOf = _asOf + 30_000; // half-way through a minute
            _clock.Advance(TimeSpan.FromSeconds(30));
            long cut = asOf - 5 * Minute;
            Add(cut - 10_000, PositionSide.Long, 1);   // same minute as the cut, before it
            Add(cut + 10_000, PositionSide.Long, 10);  // same minute, after it
            Add(asOf - 1, PositionSide.Short, 100);
            Add(asOf + 1, PositionSide.Short, 1_000);  // same minute as asOf, after it

            Assert.Equal(new SideTotals(10, 100), _aggregator.Totals(asOf)!.M5);
        }

        [Fact]
        public void Events_arriving_out_of_order_land_in_their_own_minute()
        {
            CoverTheLastDay();
            Add(_asOf - 10 * Minute, PositionSide.Long, 1);
            Add(_asOf - 2 * Hour, PositionSide.Long, 10);
            Add(_asOf - 1 * Minute, PositionSide.Long, 100);
            Add(_asOf - 3 * Hour, PositionSide.Long, 1_000);

            LiquidationTotals totals = Totals();
            Assert.Equal(100, totals.M5!.Value.LongUsd);
            Assert.Equal(101, totals.H1!.Value.LongUsd);
            Assert.Equal(1_111, totals.H4!.Value.LongUsd);
        }

        [Fact]
        public void With_no_venue_listened_to_there_are_no_totals_not_zeros()
        {
            Assert.Null(_aggregator.Totals(_asOf));

            _aggregator.Add(new LiquidationEvent("binance", "BTCUSDT", PositionSide.Long, 5, _asOf));
            Assert.Null(_aggregator.Totals(_asOf));
        }

        [Fact]
        public void A_window_longer_than_the_coverage_is_partial_with_the_seconds_covered()
        {
            _aggregator.MarkVenueLive("bybit"); // listening starts now, at _asOf
            Listening.Advance(_clock, TimeSpan.FromSeconds(30), _aggregator, "bybit");
            Add(_asOf + 10_000, PositionSide.Long, 7_000_000, "bybit");

            // 30 s covered: under a minute, every window unknown.
            LiquidationTotals justStarted = _aggregator.Totals(_asOf + 30_000)!;
            Assert.Null(justStarted.M5);
            Assert.Null(justStarted.H24);
            Assert.Null(justStarted.HourlyLongM);

            Listening.Advance(_clock, TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(30), _aggregator, "bybit");
            LiquidationTotals twoMinutes = _aggregator.Totals(_asOf + 2 * Minute)!;
            Assert.Equal(new SideTotals(7_000_000, 0), twoMinutes.M5);
            Assert.Equal(120, twoMinutes.M5CoveredS);
            Assert.Equal(new SideTotals(7_000_000, 0), twoMinutes.H24);
            Assert.Equal(120, twoMinutes.H24CoveredS);
            Assert.True(twoMinutes.LowerBound);

            Listening.Advance(_clock, TimeSpan.FromMinutes(118), _aggregator, "bybit");
            LiquidationTotals twoHours = _aggregator.Totals(_asOf + 2 * Hour)!;
            Assert.Equal(new SideTotals(0, 0), twoHours.H1); // whole, and nothing happened in it
            Assert.Null(twoHours.H1CoveredS);
            Assert.Equal(new SideTotals(7_000_000, 0), twoHours.H4);
            Assert.Equal(2 * 3600, twoHours.H4CoveredS);
            // Only the covered hours: the last bar is the hour to asOf.
            Assert.Equal(new long?[] { 7, 0 }, twoHours.HourlyLongM);
            Assert.Equal(new long?[] { 0, 0 }, twoHours.HourlyShortM);
        }

        [Fact]
        public void A_venue_silent_for_three_hours_is_not_listed_and_its_gap_makes_the_windows_partial_when_it_returns()
        {
            _aggregator.MarkVenueLive("binance");
            _aggregator.MarkVenueCoveredSince("binance", _asOf - 25 * Hour);   // as a backfill would
            _aggregator.MarkVenueLive("okx");
            Listening.Advance(_clock, TimeSpan.FromMinutes(10), _aggregator, "binance", "okx");
            Add(_asOf + 5 * Minute, PositionSide.Long, 1_000_000, "okx");
            Add(_asOf + 6 * Minute, PositionSide.Short, 2_000_000, "binance");

            // OKX goes silent for three hours; Binance stays.
            Listening.Advance(_clock, TimeSpan.FromHours(3), _aggregator, "binance");
            long silentAsOf = _asOf + 10 * Minute + 3 * Hour;
            LiquidationTotals silent = _aggregator.Totals(silentAsOf)!;
            Assert.Equal(new[] { "binance" }, silent.Venues);       // not listed while silent
            Assert.Equal(new SideTotals(0, 2_000_000), silent.H4);  // and its events are not in the windows
            Assert.Null(silent.H4CoveredS);                         // Binance covered all of it

            // OKX returns: listed again, and every window reaching back before its return is partial.
            _aggregator.MarkVenueLive("okx");
            Listening.Advance(_clock, TimeSpan.FromMinutes(30), _aggregator, "binance", "okx");
            long backAsOf = silentAsOf + 30 * Minute;
            LiquidationTotals back = _aggregator.Totals(backAsOf)!;
            Assert.Equal(new[] { "binance", "okx" }, back.Venues);
            Assert.Equal(new SideTotals(0, 0), back.M5);
            Assert.Null(back.M5CoveredS);
            Assert.Equal(30 * 60, back.H1CoveredS);                 // OKX's last 30 minutes
            Assert.Equal(30 * 60 + 10 * 60, back.H4CoveredS);       // and its 10 minutes before the gap, 3 h 40 min ago
            Assert.Equal(new SideTotals(1_000_000, 2_000_000), back.H4);
            Assert.True(back.LowerBound);
            Assert.Null(_aggregator.Window(backAsOf - 4 * Hour, backAsOf));   // not whole: unknown to the risk score and the baseline
        }

        [Fact]
        public void Venues_are_those_live_in_a_fixed_order()
        {
            _aggregator.MarkVenueLive("okx");
            _aggregator.MarkVenueLive("zeta");
            _aggregator.MarkVenueLive("binance");
            _aggregator.MarkVenueLive("bybit");

            Assert.Equal(new[] { "binance", "bybit", "okx", "zeta" }, Totals().Venues);

            Listening.Advance(_clock, TimeSpan.FromMinutes(3), _aggregator, "bybit");
            Assert.Equal(new[] { "bybit" }, _aggregator.Totals(_clock.GetUtcNow().ToUnixTimeMilliseconds())!.Venues);
            _clock.Advance(LiquidationAggregator.GapAfter + TimeSpan.FromSeconds(1));
            Assert.Null(_aggregator.Totals(_clock.GetUtcNow().ToUnixTimeMilliseconds()));   // nothing live: no totals, not zeros
        }

        [Fact]
        public void Totals_are_a_lower_bound_with_bybit_alone_since_only_its_top_symbols_are_subscribed()
        {
            _aggregator.MarkVenueLive("bybit");
            Assert.True(Totals().LowerBound);
            Assert.True(VenueFacts.CountsOnlyPart("bybit"));
            Assert.True(VenueFacts.CountsOnlyPart("binance"));
            Assert.True(VenueFacts.CountsOnlyPart("okx"));
        }

        [Fact]
        public void Events_outside_the_retention_or_too_far_ahead_are_refused()
        {
            CoverTheLastDay();
            long retention = (long)LiquidationAggregator.Retention.TotalMilliseconds;
            long ahead = (long)LiquidationAggregator.MaxAhead.TotalMilliseconds;

            Assert.Equal(AddResult.TooOld, _aggregator.Add(new LiquidationEvent("binance", "BTCUSDT", PositionSide.Long, 1, _asOf - retention - 1)));
            Assert.Equal(AddResult.Added, _aggregator.Add(new LiquidationEvent("binance", "BTCUSDT", PositionSide.Long, 1, _asOf - retention)));
            Assert.Equal(AddResult.Added, _aggregator.Add(new LiquidationEvent("binance", "BTCUSDT", PositionSide.Long, 1, _asOf + ahead)));
            Assert.Equal(AddResult.TooNew, _aggregator.Add(new LiquidationEvent("binance", "BTCUSDT", PositionSide.Long, 1, _asOf + ahead + 1)));
            Assert.Equal(AddResult.Invalid, _aggregator.Add(new LiquidationEvent("binance", "BTCUSDT", PositionSide.Long, 0, _asOf)));
        }

        [Fact]
        public void Minutes_past_24_hours_and_the_margin_are_dropped()
        {
            CoverTheLastDay();
            for (int minute = 0; minute < 90; minute++)
            {
                Add(_asOf - minute * Minute, PositionSide.Long, 1);
            }

            Assert.Equal(90, _aggregator.BucketCount);

            // The retention (24 h 15 min) after the newest minute, less 45 minutes: the newest 46 minutes are left.
            _clock.Advance(LiquidationAggregator.Retention - TimeSpan.FromMinutes(45));
            _aggregator.Totals(_clock.GetUtcNow().ToUnixTimeMilliseconds());
            Assert.Equal(46, _aggregator.BucketCount);

            _clock.Advance(TimeSpan.FromHours(2));
            _aggregator.Totals(_clock.GetUtcNow().ToUnixTimeMilliseconds());
            Assert.Equal(0, _aggregator.BucketCount);
        }
    }
}
