using System.Collections.Generic;
using System.Linq;
using Ticker.Drawing;
using Xunit;

namespace Ticker.Rendering.Tests
{
    /// <summary>The surface's primitives against pixels computed by hand from nanoFramework's GraphicsDriver algorithms.</summary>
    public class PrimitiveTests
    {
        private const int Ink = 0xFFFFFF;
        private const ushort InkWord = 0xFFFF;

        private static Rgb565Surface Surface(int w = 12, int h = 10) => new(w, h, Repo.Fonts);

        private static HashSet<(int X, int Y)> Lit(Rgb565Surface s)
        {
            var set = new HashSet<(int, int)>();
            for (int y = 0; y < s.Height; y++)
            {
                for (int x = 0; x < s.Width; x++)
                {
                    if (s.GetPixel(x, y) != 0)
                    {
                        set.Add((x, y));
                    }
                }
            }

            return set;
        }

        private static void AssertLit(Rgb565Surface s, params (int X, int Y)[] expected)
        {
            var actual = Lit(s).OrderBy(p => p.Y).ThenBy(p => p.X).ToArray();
            Assert.Equal(expected.OrderBy(p => p.Y).ThenBy(p => p.X).ToArray(), actual);
        }

        [Fact]
        public void Shallow_line_steps_y_when_the_decision_is_positive_and_includes_both_ends()
        {
            var s = Surface();
            s.DrawLine(Ink, 1, 0, 0, 5, 2);
            // dx 5, dy 2: dPr 4, dPru -6, P starts at -1: (0,0) P-1 -> (1,0) P3 -> (2,1) P-3 -> (3,1) P1 -> (4,2) P-5 -> (5,2)
            AssertLit(s, (0, 0), (1, 0), (2, 1), (3, 1), (4, 2), (5, 2));
        }

        [Fact]
        public void Steep_line_steps_x_on_the_minor_axis()
        {
            var s = Surface();
            s.DrawLine(Ink, 1, 1, 0, 3, 5);
            // dy 5, dx 2: P -1, 3, -3, 1, -5: (1,0) (1,1) (2,2) (2,3) (3,4) (3,5)
            AssertLit(s, (1, 0), (1, 1), (2, 2), (2, 3), (3, 4), (3, 5));
        }

        [Fact]
        public void Negative_direction_line_walks_from_the_first_point()
        {
            var s = Surface();
            s.DrawLine(Ink, 1, 5, 2, 0, 0);
            // Same decisions as the shallow case, mirrored: (5,2) (4,2) (3,1) (2,1) (1,0) (0,0)
            AssertLit(s, (5, 2), (4, 2), (3, 1), (2, 1), (1, 0), (0, 0));
        }

        [Fact]
        public void Line_ignores_thickness_like_the_device()
        {
            var a = Surface();
            var b = Surface();
            a.DrawLine(Ink, 1, 0, 9, 11, 0);
            b.DrawLine(Ink, 5, 0, 9, 11, 0);
            Assert.Equal(a.Pixels, b.Pixels);
        }

        [Fact]
        public void Fill_rectangle_covers_width_by_height_from_the_corner()
        {
            var s = Surface();
            s.FillRectangle(2, 3, 3, 2, Ink);
            AssertLit(s, (2, 3), (3, 3), (4, 3), (2, 4), (3, 4), (4, 4));
        }

        [Fact]
        public void One_pixel_outline_lies_on_the_rectangle_edge()
        {
            var s = Surface();
            s.DrawRectangle(1, 1, 4, 3, 1, Ink);
            AssertLit(s, (1, 1), (2, 1), (3, 1), (4, 1), (1, 2), (4, 2), (1, 3), (2, 3), (3, 3), (4, 3));
        }

        [Fact]
        public void Two_pixel_outline_straddles_the_edge_one_out_one_in()
        {
            var s = Surface();
            s.DrawRectangle(2, 2, 4, 4, 2, Ink);
            // outset 1, inset 1: the ring from (1,1) to (6,6), hole (3,3)-(4,4).
            var expected = new List<(int, int)>();
            for (int y = 1; y <= 6; y++)
            {
                for (int x = 1; x <= 6; x++)
                {
                    if (!(x >= 3 && x <= 4 && y >= 3 && y <= 4))
                    {
                        expected.Add((x, y));
                    }
                }
            }

            AssertLit(s, expected.ToArray());
        }

        [Fact]
        public void Clip_keeps_every_primitive_inside_the_rectangle()
        {
            var s = Surface();
            s.SetClip(2, 2, 3, 3);
            s.FillRectangle(0, 0, 12, 10, Ink);
            s.DrawLine(Ink, 1, 0, 0, 11, 9);
            s.FillEllipse(Ink, 6, 5, 4, 3);
            s.DrawText("WWW", FontIds.Large, Ink, 0, 0);
            Assert.All(Lit(s), p => Assert.True(p.X >= 2 && p.X < 5 && p.Y >= 2 && p.Y < 5, $"{p} outside the clip"));
            Assert.Equal(9, Lit(s).Count);
        }

        [Fact]
        public void Clip_is_bounded_by_the_surface()
        {
            var s = Surface();
            s.SetClip(-5, -5, 100, 100);
            s.FillRectangle(-3, -3, 50, 50, Ink);
            Assert.Equal(12 * 10, Lit(s).Count);
        }

        [Fact]
        public void Circle_of_radius_two_follows_the_bresenham_circle()
        {
            var s = Surface();
            s.DrawEllipse(Ink, 5, 5, 2, 2);
            // x=0,y=2 p=-1 -> (0,2),(2,0); x=1 p=5 -> (1,2),(2,1); then y=1, x=2 > y stops.
            AssertLit(s,
                (5, 7), (5, 3), (7, 5), (3, 5),
                (6, 7), (4, 7), (6, 3), (4, 3), (7, 6), (3, 6), (7, 4), (3, 4));
        }

        [Fact]
        public void Filled_circle_has_no_holes_and_is_symmetric()
        {
            var s = Surface(20, 20);
            s.FillEllipse(Ink, 10, 10, 4, 4);
            var lit = Lit(s);
            foreach (var (x, y) in lit)
            {
                Assert.Contains((20 - x, y), lit);
                Assert.Contains((x, 20 - y), lit);
            }

            for (int y = 6; y <= 14; y++)
            {
                var row = lit.Where(p => p.Y == y).Select(p => p.X).ToArray();
                Assert.Equal(row.Max() - row.Min() + 1, row.Length);
            }

            Assert.Contains((10, 6), lit);
            Assert.DoesNotContain((10, 5), lit);
        }

        [Fact]
        public void Round_rectangle_stays_in_its_box_and_rounds_the_corners()
        {
            var s = Surface(20, 12);
            s.FillRoundRectangle(2, 2, 12, 8, 3, Ink);
            var lit = Lit(s);
            Assert.All(lit, p => Assert.True(p.X >= 2 && p.X < 14 && p.Y >= 2 && p.Y < 10, $"{p} outside"));
            Assert.DoesNotContain((2, 2), lit);
            Assert.DoesNotContain((13, 9), lit);
            Assert.Contains((8, 2), lit);
            Assert.Contains((2, 6), lit);
            Assert.Contains((7, 6), lit);
        }

        [Fact]
        public void Round_rectangle_keeps_the_native_fill_gap_next_to_the_right_edge()
        {
            // DrawRoundedRectangleNative fills the middle rows from x + thickness to x2 - 1 - thickness (inclusive) and
            // draws the side lines at x and x2, so with a 1-pixel pen column x2 - 1 is left unfilled between the
            // corners' rows. Reproduced as the sources have it (pen thickness 1 assumed, see docs/drawing.md).
            var s = Surface(20, 16);
            s.FillRoundRectangle(2, 2, 12, 12, 3, Ink);
            var lit = Lit(s);
            int x2 = 13;
            for (int y = 6; y <= 9; y++)
            {
                Assert.Contains((2, y), lit);
                Assert.Contains((3, y), lit);
                Assert.Contains((x2 - 2, y), lit);
                Assert.DoesNotContain((x2 - 1, y), lit);
                Assert.Contains((x2, y), lit);
            }

            Assert.Contains((x2 - 1, 5), lit);
            Assert.Contains((x2 - 1, 10), lit);
        }

        [Theory]
        [InlineData(0xFFFFFF, 0xFFFF)]
        [InlineData(0x000000, 0x0000)]
        [InlineData(0xFF0000, 0xF800)]
        [InlineData(0x00FF00, 0x07E0)]
        [InlineData(0x0000FF, 0x001F)]
        [InlineData(0x123456, 0x11AA)]
        [InlineData(0x07030F, 0x0001)]
        public void Colours_are_truncated_to_rgb565(int rgb, int word)
        {
            var s = Surface(1, 1);
            s.FillRectangle(0, 0, 1, 1, rgb);
            Assert.Equal((ushort)word, s.GetPixel(0, 0));
        }

        [Fact]
        public void Png_shows_rgb565_expanded_to_rgb888()
        {
            var s = Surface(3, 1);
            s.FillRectangle(0, 0, 1, 1, 0xFFFFFF);
            s.FillRectangle(1, 0, 1, 1, 0x123456);
            s.FillRectangle(2, 0, 1, 1, 0x808080);
            int[] rgb = PngExport.Decode(PngExport.Encode(s), out int w, out int h);
            Assert.Equal((3, 1), (w, h));
            Assert.Equal(new[] { 0xFFFFFF, Rgb565.ToRgb(0x11AA), Rgb565.ToRgb(Rgb565.From(0x808080)) }, rgb);
            Assert.Equal(0x103452, rgb[1]);
        }

        [Fact]
        public void Ink_word_is_white()
        {
            var s = Surface(1, 1);
            s.FillRectangle(0, 0, 1, 1, Ink);
            Assert.Equal(InkWord, s.GetPixel(0, 0));
        }
    }
}
