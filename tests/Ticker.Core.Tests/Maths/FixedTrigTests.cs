using System;
using Ticker.Maths;
using Xunit;

namespace Ticker.Core.Tests.Maths
{
    /// <summary>FixedTrig against System.Math, and the symmetries the gauge drawing relies on.</summary>
    public class FixedTrigTests
    {
        /// <summary>The documented bound: 0.5 (table) + 2.5 (interpolation) + 0.5 (rounding) Q16 units.</summary>
        private const double ToleranceQ16 = 3.5;

        private const int FullTurn = 36000;

        [Fact]
        public void Sin_and_Cos_are_within_tolerance_at_every_centidegree_of_a_turn()
        {
            double worst = 0;
            for (int a = 0; a < FullTurn; a++)
            {
                worst = Math.Max(worst, Math.Abs(FixedTrig.Sin(a) - ExactQ16(Math.Sin, a)));
                worst = Math.Max(worst, Math.Abs(FixedTrig.Cos(a) - ExactQ16(Math.Cos, a)));
            }

            Assert.True(worst <= ToleranceQ16, "worst error " + worst);
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(-4500)]
        [InlineData(-9000)]
        [InlineData(-36000)]
        [InlineData(-36001)]
        [InlineData(36000)]
        [InlineData(36001)]
        [InlineData(72000 + 4500)]
        [InlineData(-123456789)]
        [InlineData(987654321)]
        [InlineData(int.MaxValue)]
        [InlineData(int.MinValue)]
        [InlineData(int.MinValue + 1)]
        public void Negative_and_large_angles_are_reduced_modulo_a_turn(int a)
        {
            Assert.True(Math.Abs(FixedTrig.Sin(a) - ExactQ16(Math.Sin, a)) <= ToleranceQ16);
            Assert.True(Math.Abs(FixedTrig.Cos(a) - ExactQ16(Math.Cos, a)) <= ToleranceQ16);

            int reduced = (int)(((long)a % FullTurn + FullTurn) % FullTurn);
            Assert.Equal(FixedTrig.Sin(reduced), FixedTrig.Sin(a));
            Assert.Equal(FixedTrig.Cos(reduced), FixedTrig.Cos(a));
        }

        [Fact]
        public void Angles_beyond_one_turn_match_within_tolerance_in_both_directions()
        {
            for (int a = -5 * FullTurn; a <= 5 * FullTurn; a += 7)
            {
                Assert.True(Math.Abs(FixedTrig.Sin(a) - ExactQ16(Math.Sin, a)) <= ToleranceQ16, "sin " + a);
                Assert.True(Math.Abs(FixedTrig.Cos(a) - ExactQ16(Math.Cos, a)) <= ToleranceQ16, "cos " + a);
            }
        }

        [Theory]
        [InlineData(0, 0, FixedTrig.One)]
        [InlineData(9000, FixedTrig.One, 0)]
        [InlineData(18000, 0, -FixedTrig.One)]
        [InlineData(27000, -FixedTrig.One, 0)]
        [InlineData(3000, FixedTrig.One / 2, 56756)]
        [InlineData(-9000, -FixedTrig.One, 0)]
        public void Cardinal_and_table_angles_are_exact(int a, int sin, int cos)
        {
            Assert.Equal(sin, FixedTrig.Sin(a));
            Assert.Equal(cos, FixedTrig.Cos(a));
        }

        [Fact]
        public void Symmetries_hold_exactly()
        {
            for (int a = 0; a < FullTurn; a++)
            {
                Assert.Equal(-FixedTrig.Sin(a), FixedTrig.Sin(-a));
                Assert.Equal(FixedTrig.Cos(a), FixedTrig.Cos(-a));
                Assert.Equal(FixedTrig.Sin(a), FixedTrig.Sin(18000 - a));
                Assert.Equal(-FixedTrig.Sin(a), FixedTrig.Sin(a + 18000));
                Assert.Equal(FixedTrig.Sin(a + 9000), FixedTrig.Cos(a));
            }
        }

        [Fact]
        public void Sin_never_steps_backwards_on_the_rising_quarter()
        {
            for (int a = -9000; a < 9000; a++)
            {
                Assert.True(FixedTrig.Sin(a) <= FixedTrig.Sin(a + 1), "at " + a);
            }
        }

        [Fact]
        public void PointOnCircle_is_within_one_pixel_for_every_radius_and_twentieth_of_a_degree()
        {
            const int cx = 160;
            const int cy = 200;
            int offByOne = 0;
            int points = 0;
            for (int radius = 1; radius <= 160; radius++)
            {
                for (int a = 0; a <= 18000; a += 5)
                {
                    FixedTrig.PointOnCircle(cx, cy, radius, a, out int x, out int y);
                    double radians = a * Math.PI / 18000.0;
                    int exactX = cx + (int)Math.Round(radius * Math.Cos(radians), MidpointRounding.AwayFromZero);
                    int exactY = cy - (int)Math.Round(radius * Math.Sin(radians), MidpointRounding.AwayFromZero);
                    Assert.True(Math.Abs(x - exactX) <= 1 && Math.Abs(y - exactY) <= 1, "r " + radius + " a " + a);
                    points++;
                    if (x != exactX || y != exactY)
                    {
                        offByOne++;
                    }
                }
            }

            // The error bound (< 0.01 px at r = 160) allows a miss only next to a half pixel (about 0.3% of
            // points, some where Math itself is a hair off: Math.Sin(30°) is just below 0.5).
            Assert.True(offByOne * 200 < points, offByOne + " of " + points + " points off by one");
        }

        [Theory]
        [InlineData(0, 100, 0)]
        [InlineData(9000, 0, -100)]
        [InlineData(18000, -100, 0)]
        [InlineData(27000, 0, 100)]
        [InlineData(-9000, 0, 100)]
        [InlineData(4500, 71, -71)]
        public void PointOnCircle_puts_90_degrees_up_on_screen(int a, int dx, int dy)
        {
            FixedTrig.PointOnCircle(160, 200, 100, a, out int x, out int y);
            Assert.Equal(160 + dx, x);
            Assert.Equal(200 + dy, y);
        }

        [Fact]
        public void PointOnCircle_is_mirror_symmetric_about_the_centre()
        {
            const int cx = 160;
            const int cy = 120;
            for (int radius = 1; radius <= 160; radius += 3)
            {
                for (int a = 0; a <= 18000; a += 5)
                {
                    FixedTrig.PointOnCircle(cx, cy, radius, a, out int x, out int y);
                    FixedTrig.PointOnCircle(cx, cy, radius, 18000 - a, out int mirrorX, out int mirrorY);
                    FixedTrig.PointOnCircle(cx, cy, radius, -a, out int belowX, out int belowY);
                    Assert.Equal(cx - x, mirrorX - cx);
                    Assert.Equal(y, mirrorY);
                    Assert.Equal(x, belowX);
                    Assert.Equal(cy - y, belowY - cy);
                }
            }
        }

        [Fact]
        public void PointOnCircle_does_not_overflow_for_large_radii()
        {
            FixedTrig.PointOnCircle(0, 0, 1000000, 4500, out int x, out int y);
            Assert.InRange(x, 707106 - 60, 707106 + 60);
            Assert.InRange(y, -707106 - 60, -707106 + 60);
        }

        private static double ExactQ16(Func<double, double> f, int centiDegrees)
        {
            return f(centiDegrees * Math.PI / 18000.0) * FixedTrig.One;
        }
    }
}
