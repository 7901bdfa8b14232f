using Ticker.Drawing;
using Ticker.Fonts;
using Xunit;

namespace Ticker.Rendering.Tests
{
    /// <summary>Text comes from the shipped .tinyfnt fonts, placed as nanoCLR's Font::StringOut places it.</summary>
    public class TextTests
    {
        [Theory]
        [InlineData(FontIds.Small, 'R')]
        [InlineData(FontIds.Body, 'g')]
        [InlineData(FontIds.Large, '$')]
        [InlineData(FontIds.Hero, '8')]
        [InlineData(FontIds.HeroLarge, 'W')]
        [InlineData(FontIds.Small, '\u2026')]
        [InlineData(FontIds.Body, '\u2014')]
        public void A_glyph_drawn_on_the_surface_is_the_fonts_glyph(int fontId, char c)
        {
            TinyFont font = Repo.Fonts.Get(fontId);
            Assert.True(font.TryGetGlyph(c, out TinyGlyph glyph));
            Assert.False(glyph.IsDefaultCharacter, $"the font lacks U+{(int)c:X4}");
            var s = new Rgb565Surface(80, 80, Repo.Fonts);
            const int x = 10;
            const int y = 7;
            s.DrawText(c.ToString(), fontId, 0xFFFFFF, x, y);

            int lit = 0;
            for (int py = 0; py < s.Height; py++)
            {
                for (int px = 0; px < s.Width; px++)
                {
                    int gx = px - x - glyph.MarginLeft;
                    int gy = py - y - glyph.OffsetY;
                    bool expected = gx >= 0 && gx < glyph.InnerWidth && gy >= 0 && gy < glyph.Height && glyph.GetPixel(gx, gy);
                    Assert.True(expected == (s.GetPixel(px, py) == 0xFFFF), $"pixel ({px},{py})");
                    lit += expected ? 1 : 0;
                }
            }

            Assert.True(lit > 0);
            Assert.Equal(0, s.ClippedTextPixels);
        }

        [Fact]
        public void The_pen_advances_by_each_glyphs_width()
        {
            var whole = new Rgb565Surface(200, 40, Repo.Fonts);
            var parts = new Rgb565Surface(200, 40, Repo.Fonts);
            whole.DrawText("$1.2B", FontIds.Large, 0xFFFFFF, 3, 2);
            int pen = 3;
            foreach (char c in "$1.2B")
            {
                parts.DrawText(c.ToString(), FontIds.Large, 0xFFFFFF, pen, 2);
                pen += parts.MeasureText(c.ToString(), FontIds.Large);
            }

            Assert.Equal(whole.Pixels, parts.Pixels);
            Assert.Equal(pen - 3, whole.MeasureText("$1.2B", FontIds.Large));
        }

        [Fact]
        public void Fonts_follow_the_ids_with_their_manifest_sizes()
        {
            var s = new Rgb565Surface(1, 1, Repo.Fonts);
            int previous = 0;
            for (int id = 0; id < FontIds.Count; id++)
            {
                TinyFont font = Repo.Fonts.Get(id);
                Assert.Equal(FontIds.IsBold(id), font.IsBold);
                Assert.Equal(font.Metrics.Height, s.FontHeight(id));
                Assert.True(s.FontHeight(id) > previous, $"font {id} is not taller than font {id - 1}");
                previous = s.FontHeight(id);
                Assert.Equal(font.MeasureWidth("-100.0%"), s.MeasureText("-100.0%", id));
            }
        }

        [Fact]
        public void Text_cut_by_the_clip_is_reported()
        {
            var s = new Rgb565Surface(100, 30, Repo.Fonts);
            s.SetClip(0, 0, 20, 30);
            s.DrawText("WWWW", FontIds.Body, 0xFFFFFF, 0, 0);
            Assert.True(s.ClippedTextPixels > 0);
            TextOverflow overflow = Assert.Single(s.TextOverflows);
            Assert.InRange(overflow.Right, 1, s.MeasureText("WWWW", FontIds.Body) - 20);
            Assert.Equal(0, overflow.Left);
        }
    }
}
