using System;
using System.Linq;
using Ticker.Fonts.Tests.Support;
using Xunit;

namespace Ticker.Fonts.Tests
{
    /// <summary>Glyph lookup and measuring as nanoCLR's CLR_GFX_Font does them, and the builder's layout.</summary>
    public class TinyFontLookupTests
    {
        [Fact]
        public void GlyphHasTheMarginsWidthAndPixelsItWasBuiltWith()
        {
            var font = SyntheticFonts.Sample();

            Assert.True(font.TryGetGlyph('D', out var d));
            Assert.False(d.IsDefaultCharacter);
            Assert.Equal(-1, d.MarginLeft);
            Assert.Equal(4, d.InnerWidth);
            Assert.Equal(3, d.MarginRight);
            Assert.Equal(6, d.Width);
            Assert.Equal(1, d.OffsetY);
            Assert.Equal(new[] { "###.", "#..#", "#..#", "#..#", "###.", "....", "...." }, Rows(d));

            // 'A' starts a row lower than 'D', which set the strip's first row.
            Assert.True(font.TryGetGlyph('A', out var a));
            Assert.Equal(new[] { "...", ".#.", "#.#", "###", "#.#", "...", "..." }, Rows(a));
        }

        [Fact]
        public void BuilderMakesARangePerRunOfConsecutiveCharacters()
        {
            var font = SyntheticFonts.Sample();
            Assert.Equal(
                new[] { (' ', ' '), ('A', 'B'), ('D', 'D'), ('\uFFFD', '\uFFFD') },
                font.Ranges.Select(r => (r.FirstCharacter, r.LastCharacter)));
            Assert.Equal(new uint[] { 0, 1, 3, 4 }, font.Ranges.Select(r => r.IndexOfFirstCharacter));
            Assert.Equal(new uint[] { 0, 0, 6, 10 }, font.Ranges.Select(r => r.RangeOffset));
            Assert.Equal(12u, font.Bitmap.Width);
            Assert.Equal(new TinyFontCharacterRange(0, '\0', '\0', 12), font.SentinelRange);
        }

        [Fact]
        public void StripStartsAtTheFirstInkedRowAndReachesTheLinesBottom()
        {
            var font = SyntheticFonts.Sample();
            Assert.Equal(1, font.Metrics.Offset);
            Assert.Equal(7u, font.Bitmap.Height);
            Assert.Equal(4u, font.Bitmap.Stride);
        }

        [Fact]
        public void InkAboveTheLineGivesANegativeOffset()
        {
            var builder = new TinyFontBuilder();
            builder.Add('^', SyntheticFonts.Glyph(3, 0, -2, "#", "#"));
            var font = builder.Build(SyntheticFonts.Metrics, 0);
            Assert.Equal(-2, font.Metrics.Offset);
            Assert.Equal(10u, font.Bitmap.Height);
            Assert.True(font.TryGetGlyph('^', out var glyph));
            Assert.True(glyph.GetPixel(0, 0));
            Assert.True(glyph.GetPixel(0, 1));
            Assert.False(glyph.GetPixel(0, 2));
        }

        [Fact]
        public void MissingCharacterIsDrawnAsTheDefaultCharacter()
        {
            var font = SyntheticFonts.Sample();
            Assert.False(font.Contains('C'));
            Assert.True(font.TryGetGlyph('C', out var glyph));
            Assert.True(glyph.IsDefaultCharacter);
            Assert.Equal('C', glyph.RequestedCharacter);
            Assert.Equal('\uFFFD', glyph.Character);
            Assert.Equal(4, glyph.Width);
            Assert.Equal(5 + 4 + 5, font.MeasureWidth("ACB"));
        }

        [Fact]
        public void WithoutTheDefaultCharacterAMissingCharacterTakesNoSpace()
        {
            var font = SyntheticFonts.Sample(withDefaultCharacter: false);
            Assert.False(font.HasDefaultCharacter);
            Assert.False(font.TryGetGlyph('C', out _));
            Assert.Equal(5 + 5, font.MeasureWidth("ACB"));
            Assert.Equal(0, font.MeasureWidth(string.Empty));
        }

        [Fact]
        public void SurrogatePairIsOneCharacterAsNanoClrDecodesIt()
        {
            var font = SyntheticFonts.Sample();
            Assert.Equal(5 + 4, font.MeasureWidth("A\uD83D\uDE00"));
            Assert.Equal(5 + 4 + 4, font.MeasureWidth("A\uD83D\uD83D"));
        }

        [Fact]
        public void PixelOutsideTheGlyphThrows()
        {
            var font = SyntheticFonts.Sample();
            Assert.True(font.TryGetGlyph('A', out var glyph));
            Assert.Throws<ArgumentOutOfRangeException>(() => glyph.GetPixel(3, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => glyph.GetPixel(-1, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => glyph.GetPixel(0, 7));
        }

        [Fact]
        public void MarginBeyondWhatTheFormatHoldsIsRefused()
        {
            var builder = new TinyFontBuilder();
            builder.Add('W', SyntheticFonts.Glyph(200, 0, 0, "#"));
            var e = Assert.Throws<InvalidOperationException>(() => builder.Build(SyntheticFonts.Metrics, 0));
            Assert.Contains("U+0057 'W'", e.Message, StringComparison.Ordinal);
        }

        private static string[] Rows(TinyGlyph glyph)
        {
            return Enumerable.Range(0, glyph.Height)
                .Select(y => new string(Enumerable.Range(0, glyph.InnerWidth).Select(x => glyph.GetPixel(x, y) ? '#' : '.').ToArray()))
                .ToArray();
        }
    }
}
