using System;
using Ticker.Input;
using Xunit;

namespace Ticker.Core.Tests.Input
{
    public class GestureDetectorTests
    {
        [Fact]
        public void Clean_short_press_is_reported_once_when_the_release_is_confirmed()
        {
            var r = new GestureRecorder().Press(0).TickUntil(400).Release(400).TickUntil(2000);

            Assert.Equal(new[] { (430L, Gesture.ShortPress) }, r.Seen);
        }

        [Theory]
        [InlineData(30)]
        [InlineData(500)]
        [InlineData(999)]
        public void Press_shorter_than_one_second_is_short(long holdMs)
        {
            var r = new GestureRecorder().Press(0).TickUntil(holdMs - 1).Release(holdMs).TickUntil(holdMs + 2000);

            Assert.Equal(new[] { Gesture.ShortPress }, r.Gestures());
        }

        [Fact]
        public void Press_of_1000_ms_is_long_not_short()
        {
            var r = new GestureRecorder().Press(0).TickUntil(1000).Release(1000).TickUntil(3000);

            Assert.Equal(new[] { (1000L, Gesture.LongPress) }, r.Seen);
        }

        [Fact]
        public void Long_press_fires_at_1000_ms_while_held_not_at_999()
        {
            var d = new GestureDetector();
            d.OnEdge(true, 0);

            Assert.Equal(Gesture.None, d.Tick(999));
            Assert.Equal(Gesture.LongPress, d.Tick(1000));
            Assert.True(d.IsHeld);
        }

        [Fact]
        public void Long_press_fires_exactly_once_while_held()
        {
            var r = new GestureRecorder().Press(0).TickUntil(4999);

            Assert.Equal(new[] { (1000L, Gesture.LongPress) }, r.Seen);
        }

        [Fact]
        public void Release_after_a_long_press_reports_nothing()
        {
            var r = new GestureRecorder().Press(0).TickUntil(1500);
            r.Seen.Clear();

            r.Release(1500).TickUntil(5000);

            Assert.Empty(r.Seen);
            Assert.False(r.Detector.IsHeld);
        }

        [Fact]
        public void Very_long_press_fires_once_at_5000_ms_after_the_long_press()
        {
            var r = new GestureRecorder().Press(0).TickUntil(20000).Release(20000).TickUntil(21000);

            Assert.Equal(new[] { (1000L, Gesture.LongPress), (5000L, Gesture.VeryLongPress) }, r.Seen);
        }

        [Fact]
        public void Very_long_press_boundary_is_5000_ms()
        {
            var d = new GestureDetector();
            d.OnEdge(true, 0);
            Assert.Equal(Gesture.LongPress, d.Tick(1000));

            Assert.Equal(Gesture.None, d.Tick(4999));
            Assert.Equal(Gesture.VeryLongPress, d.Tick(5000));
            Assert.Equal(Gesture.None, d.Tick(9000));
        }

        [Fact]
        public void Tick_with_no_edges_does_nothing()
        {
            var r = new GestureRecorder().TickUntil(60000, 7);

            Assert.Empty(r.Seen);
            Assert.False(r.Detector.IsHeld);
        }

        [Fact]
        public void Level_counts_after_exactly_30_stable_ms()
        {
            var d = new GestureDetector();
            d.OnEdge(true, 100);

            d.Tick(129);
            Assert.False(d.IsHeld);
            d.Tick(130);
            Assert.True(d.IsHeld);
        }

        [Fact]
        public void Press_of_29_ms_is_bounce_and_press_of_30_ms_is_short()
        {
            var bounce = new GestureRecorder().Press(0).Release(29).TickUntil(2000);
            var shortest = new GestureRecorder().Press(0).Release(30).TickUntil(2000);

            Assert.Empty(bounce.Seen);
            Assert.Equal(new[] { (60L, Gesture.ShortPress) }, shortest.Seen);
        }

        [Fact]
        public void The_next_edge_confirms_the_level_without_any_tick()
        {
            var d = new GestureDetector();

            Assert.Equal(Gesture.None, d.OnEdge(true, 0));
            Assert.Equal(Gesture.None, d.OnEdge(false, 300));
            Assert.Equal(Gesture.ShortPress, d.OnEdge(true, 330));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Bounce_burst_with_gaps_of_1_to_29_ms_never_makes_a_short_press(bool endsHeld)
        {
            var r = new GestureRecorder();
            long t = 1000;
            bool level = true;
            for (int gap = 1; gap <= 29; gap++)
            {
                r.Edge(level, t).TickUntil(t + gap - 1);
                level = !level;
                t += gap;
            }

            r.Edge(endsHeld, t).TickUntil(t + 900);

            Assert.DoesNotContain(Gesture.ShortPress, r.Gestures());
            Assert.Empty(r.Seen);
            Assert.Equal(endsHeld, r.Detector.IsHeld);
        }

        [Fact]
        public void Bounce_at_press_and_release_gives_exactly_one_press_timed_from_the_stable_edges()
        {
            var r = new GestureRecorder()
                .Press(0).Release(2).Press(5).Release(9).Press(12)
                .TickUntil(980)
                .Release(981).Press(984).Release(990)
                .TickUntil(3000);

            // Stable press from 12 to 990 = 978 ms: short, reported 30 ms after the last release edge.
            Assert.Equal(new[] { (1020L, Gesture.ShortPress) }, r.Seen);
        }

        [Fact]
        public void Duration_runs_from_the_first_edge_of_the_stable_press()
        {
            // Stable from 20: held 1000 ms at 1020, not at 1000.
            var r = new GestureRecorder().Press(0).Release(10).Press(20).TickUntil(1100);

            Assert.Equal(new[] { (1020L, Gesture.LongPress) }, r.Seen);
        }

        [Fact]
        public void Release_being_debounced_does_not_turn_a_short_press_into_a_long_one()
        {
            var r = new GestureRecorder().Press(0).TickUntil(980).Release(990).TickUntil(1100);

            Assert.Equal(new[] { (1020L, Gesture.ShortPress) }, r.Seen);
        }

        [Fact]
        public void Bounce_during_a_hold_does_not_restart_or_end_it()
        {
            var r = new GestureRecorder()
                .Press(0).TickUntil(500).Release(500).Press(510).TickUntil(1200).Release(1200).TickUntil(1500);

            Assert.Equal(new[] { (1000L, Gesture.LongPress) }, r.Seen);
        }

        [Fact]
        public void Duplicate_pressed_edges_give_one_press()
        {
            var r = new GestureRecorder().Press(0).Press(10).TickUntil(300).Press(300).Release(600).TickUntil(1000);

            Assert.Equal(new[] { Gesture.ShortPress }, r.Gestures());
        }

        [Fact]
        public void Duplicate_released_edges_while_idle_give_nothing()
        {
            var r = new GestureRecorder().Release(0).Release(100).TickUntil(200).Release(500).TickUntil(2000);

            Assert.Empty(r.Seen);
            Assert.False(r.Detector.IsHeld);
        }

        [Fact]
        public void Edge_older_than_the_last_one_is_ignored()
        {
            var d = new GestureDetector();
            d.OnEdge(true, 0);
            d.OnEdge(false, 500);

            // Arrives late: the release at 500 already told the level.
            Assert.Equal(Gesture.None, d.OnEdge(true, 400));
            Assert.Equal(Gesture.ShortPress, d.Tick(530));
            Assert.Equal(Gesture.None, d.Tick(5000));
            Assert.False(d.IsHeld);
        }

        [Fact]
        public void Tick_from_before_the_last_edge_changes_nothing()
        {
            var d = new GestureDetector();
            d.OnEdge(true, 1000);

            Assert.Equal(Gesture.None, d.Tick(500));
            Assert.False(d.IsHeld);
            d.Tick(1030);
            Assert.True(d.IsHeld);
        }

        [Fact]
        public void Long_press_missed_by_ticks_is_reported_by_the_release_edge()
        {
            var d = new GestureDetector();
            d.OnEdge(true, 0);
            d.Tick(100);

            // The contact was closed from 0 to at least 1500: a long press whether or not the release is real.
            Assert.Equal(Gesture.LongPress, d.OnEdge(false, 1500));
            Assert.Equal(Gesture.None, d.Tick(1530));
            Assert.False(d.IsHeld);
        }

        [Fact]
        public void Long_and_very_long_missed_by_ticks_are_both_reported_around_the_release()
        {
            var d = new GestureDetector();
            d.OnEdge(true, 0);

            // No tick during the hold; the next edge confirms the press and sees 6000 ms of holding.
            Assert.Equal(Gesture.LongPress, d.OnEdge(false, 6000));
            Assert.Equal(Gesture.VeryLongPress, d.Tick(6010));
            Assert.Equal(Gesture.None, d.Tick(6040));
            Assert.False(d.IsHeld);
        }

        [Fact]
        public void Long_and_very_long_seen_by_one_call_come_out_one_per_call_in_order()
        {
            var d = new GestureDetector();
            d.OnEdge(true, 0);

            Assert.Equal(Gesture.LongPress, d.Tick(6000));
            Assert.Equal(Gesture.VeryLongPress, d.Tick(6001));
            Assert.Equal(Gesture.None, d.Tick(6002));
        }

        [Fact]
        public void Works_with_negative_and_large_clock_values()
        {
            foreach (long start in new[] { -10_000L, 1L << 40 })
            {
                var r = new GestureRecorder();
                r.Press(start).TickUntil(start + 1000);

                Assert.Equal(new[] { (start + 1000, Gesture.LongPress) }, r.Seen);
            }
        }

        [Fact]
        public void Custom_timing_is_used()
        {
            var d = new GestureDetector(debounceMs: 10, longPressMs: 200, veryLongPressMs: 400);
            d.OnEdge(true, 0);
            d.OnEdge(false, 15);

            Assert.Equal(Gesture.ShortPress, d.Tick(25));
            d.OnEdge(true, 100);
            Assert.Equal(Gesture.None, d.Tick(299));
            Assert.Equal(Gesture.LongPress, d.Tick(300));
            Assert.Equal(Gesture.VeryLongPress, d.Tick(500));
        }

        [Theory]
        [InlineData(-1, 1000, 5000)]
        [InlineData(30, 30, 5000)]
        [InlineData(30, 1000, 1000)]
        public void Bad_timing_is_rejected(int debounceMs, int longPressMs, int veryLongPressMs)
        {
            Assert.Throws<ArgumentException>(() => new GestureDetector(debounceMs, longPressMs, veryLongPressMs));
        }
    }
}
