using Ticker.Drawing;
using Xunit;

namespace Ticker.Core.Tests.Views
{
    /// <summary>The canvas's origin offset and clip, and the colour arithmetic.</summary>
    public class CanvasTests
    {
        [Fact]
        public void Screen_coordinates_land_in_the_stripe_holding_them()
        {
            var stripe = new RasterSurface(320, 51, 0);
            var canvas = new Canvas(stripe);
            canvas.Begin(new Rect(0, 51, 320, 51));
            canvas.FillRectangle(10, 60, 2, 2, 0xABCDEF);
            Assert.Equal(0xABCDEF, stripe.Pixel(10, 9));
            Assert.Equal(0xABCDEF, stripe.Pixel(11, 10));
            Assert.Equal(0, stripe.Pixel(12, 9));

            // Clipped to a widget: nothing outside it, even from a larger fill.
            Assert.True(canvas.ClipTo(new Rect(100, 60, 10, 10)));
            canvas.FillRectangle(0, 0, 320, 240, 0x111111);
            Assert.Equal(0x111111, stripe.Pixel(100, 9));
            Assert.Equal(0, stripe.Pixel(99, 9));
            Assert.Equal(0, stripe.Pixel(110, 9));

            // A widget wholly outside the stripe is skipped.
            Assert.False(canvas.ClipTo(new Rect(0, 0, 320, 40)));
        }

        [Fact]
        public void Greyed_canvas_draws_grey_but_clears_in_the_background_colour()
        {
            var surface = new RasterSurface(20, 20, 0);
            var canvas = new Canvas(surface);
            canvas.Begin(new Rect(0, 0, 20, 20));
            canvas.Greyed = true;
            canvas.FillRectangle(0, 0, 5, 5, 0xE5484D);
            canvas.Clear(new Rect(10, 10, 5, 5), 0x000000);
            int p = surface.Pixel(1, 1);
            Assert.Equal((p >> 16) & 0xFF, p & 0xFF);
            Assert.Equal(Rgb565.Greyed(0xE5484D), p);
            Assert.Equal(0, surface.Pixel(11, 11));
        }

        [Theory]
        [InlineData(0xFFFFFF, 0xFFFF)]
        [InlineData(0x000000, 0x0000)]
        [InlineData(0xFF0000, 0xF800)]
        [InlineData(0x00FF00, 0x07E0)]
        [InlineData(0x0000FF, 0x001F)]
        [InlineData(0x2EA043, 0x2D08)]
        public void Rgb565_keeps_the_top_bits_of_each_channel(int rgb, int rgb565)
        {
            Assert.Equal(rgb565, Rgb565.From(rgb));
            Assert.Equal(rgb565, Rgb565.From(Rgb565.ToRgb(rgb565)));
        }

        [Fact]
        public void Palette_colours_stay_distinct_on_the_panel()
        {
            foreach (var palette in new[] { Palette.Standard, Palette.ColorBlind })
            {
                for (int a = 0; a < 5; a++)
                {
                    for (int b = a + 1; b < 5; b++)
                    {
                        Assert.NotEqual(Rgb565.From(palette.Band(a)), Rgb565.From(palette.Band(b)));
                    }
                }

                Assert.NotEqual(Rgb565.From(palette.Up), Rgb565.From(palette.Down));
                Assert.NotEqual(Rgb565.From(palette.LongSide), Rgb565.From(palette.ShortSide));
            }
        }
    }
}
