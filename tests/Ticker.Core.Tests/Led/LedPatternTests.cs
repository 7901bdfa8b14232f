using System;
using Ticker.Led;
using Xunit;

namespace Ticker.Core.Tests.Led
{
    public class LedPatternTests
    {
        [Fact]
        public void Follows_its_segments_through_the_period_starting_with_on()
        {
            var p = new LedPattern("Blip", 1000, new[] { 100, 200, 300, 400 });

            Assert.True(p.IsOn(0));
            Assert.True(p.IsOn(99));
            Assert.False(p.IsOn(100));
            Assert.False(p.IsOn(299));
            Assert.True(p.IsOn(300));
            Assert.True(p.IsOn(599));
            Assert.False(p.IsOn(600));
            Assert.False(p.IsOn(999));
            Assert.True(p.IsOn(1000));
            Assert.True(p.IsOn(1099));
            Assert.False(p.IsOn(1100));
        }

        [Fact]
        public void Negative_times_continue_the_same_cycle()
        {
            var p = new LedPattern("Half", 250, new[] { 125, 125 });

            for (long t = -2000; t < 2000; t++)
            {
                Assert.Equal(p.IsOn(t + 250), p.IsOn(t));
            }

            Assert.True(p.IsOn(-250));
            Assert.False(p.IsOn(-1));
            Assert.True(p.IsOn(-126));
            Assert.False(p.IsOn(-125));
        }

        [Fact]
        public void Handles_extreme_clock_values()
        {
            var p = new LedPattern("Half", 250, new[] { 125, 125 });

            Assert.Equal(long.MaxValue % 250 < 125, p.IsOn(long.MaxValue));
            Assert.Equal((long.MinValue % 250) + 250 < 125, p.IsOn(long.MinValue));
        }

        [Fact]
        public void Solid_on_and_always_off_are_expressible()
        {
            var on = new LedPattern("On", 1000, new[] { 1000 });
            var off = new LedPattern("Never", 1000, new[] { 0, 1000 });

            for (long t = -3000; t < 3000; t += 7)
            {
                Assert.True(on.IsOn(t));
                Assert.False(off.IsOn(t));
            }
        }

        [Fact]
        public void Exposes_its_data()
        {
            var p = new LedPattern("Double", 3000, new[] { 100, 150, 100, 2650 });

            Assert.Equal("Double", p.Name);
            Assert.Equal(3000, p.PeriodMs);
            Assert.Equal(4, p.SegmentCount);
            Assert.Equal(150, p.SegmentMs(1));
            Assert.True(LedPattern.SegmentIsOn(2));
            Assert.False(LedPattern.SegmentIsOn(3));
        }

        [Fact]
        public void Keeps_its_own_copy_of_the_segments()
        {
            var segments = new[] { 500, 500 };
            var p = new LedPattern("Blink", 1000, segments);

            segments[0] = 0;
            segments[1] = 1000;

            Assert.True(p.IsOn(0));
            Assert.Equal(500, p.SegmentMs(0));
        }

        [Fact]
        public void Segments_not_adding_up_to_the_period_are_rejected_with_a_clear_message()
        {
            var e = Assert.Throws<ArgumentException>(() => new LedPattern("Bad", 1000, new[] { 500, 400 }));

            Assert.Contains("'Bad'", e.Message);
            Assert.Contains("900", e.Message);
            Assert.Contains("1000", e.Message);
        }

        [Fact]
        public void Other_bad_tables_are_rejected()
        {
            Assert.Throws<ArgumentException>(() => new LedPattern("", 1000, new[] { 1000 }));
            Assert.Throws<ArgumentException>(() => new LedPattern(null!, 1000, new[] { 1000 }));
            Assert.Throws<ArgumentException>(() => new LedPattern("Zero", 0, new[] { 0 }));
            Assert.Throws<ArgumentException>(() => new LedPattern("Empty", 1000, new int[0]));
            Assert.Throws<ArgumentException>(() => new LedPattern("Null", 1000, null!));
            var negative = Assert.Throws<ArgumentException>(() => new LedPattern("Neg", 1000, new[] { 1100, -100 }));
            Assert.Contains("negative", negative.Message);
        }
    }
}
