using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using Ticker.Fonts.Tests.Support;
using Xunit;

namespace Ticker.Fonts.Tests
{
    /// <summary>The committed fonts keep the layout nanoCLR relies on.</summary>
    public class FormatInvariantTests
    {
        public static TheoryData<string> Names => ShippedFonts.Names;

        [Theory]
        [MemberData(nameof(Names))]
        public void HeaderIsAOneFontTinyResourcesFile(string name)
        {
            var bytes = File.ReadAllBytes(ShippedFonts.Entry(name).OutputPath);
            Assert.Equal(0xF995B0A8u, BinaryPrimitives.ReadUInt32LittleEndian(bytes));
            Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
            Assert.Equal(20u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)));
            Assert.Equal(8u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(12)));
            Assert.Equal(1u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(16)));
            Assert.Equal(0, BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(20)));
            Assert.Equal(2, bytes[22]);
            Assert.Equal((uint)(bytes.Length - 28), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(24)));

            // The font data is word aligned and ends with the bitmap: no antialiasing block, nothing after it.
            var font = TinyFont.Parse(bytes);
            var tables = 16 + 8 + 12 + ((font.Ranges.Count + 1) * 12) + ((font.Characters.Count + 1) * 4);
            Assert.Equal(bytes.Length - 28, tables + font.BitmapData.Length);
            Assert.Equal(0, (bytes.Length - 28) % 4);
            Assert.Null(font.AntiAliasing);
            Assert.Equal(0, font.TrailingData.Length);
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void RangesAreSortedDoNotOverlapAndIndexTheCharacterTableInOrder(string name)
        {
            var font = ShippedFonts.Load(name);
            Assert.NotEmpty(font.Ranges);
            var index = 0u;
            var x = 0u;
            for (var r = 0; r < font.Ranges.Count; r++)
            {
                var range = font.Ranges[r];
                Assert.True(range.FirstCharacter <= range.LastCharacter);
                if (r > 0)
                {
                    // Sorted, not overlapping, and split only where characters are missing (else it would be one range).
                    Assert.True(range.FirstCharacter > font.Ranges[r - 1].LastCharacter + 1, "range " + r + " should have joined range " + (r - 1));
                }

                Assert.Equal(index, range.IndexOfFirstCharacter);
                Assert.Equal(x, range.RangeOffset);
                Assert.Equal(0, font.Characters[(int)index].Offset);
                for (var c = range.FirstCharacter; c <= range.LastCharacter; c++)
                {
                    Assert.True(font.TryGetGlyph(c, out var glyph));
                    Assert.Equal(x, (uint)glyph.BitmapX);
                    x += (uint)glyph.InnerWidth;
                    index++;
                }
            }

            Assert.Equal((uint)font.Characters.Count, index);
            Assert.Equal(font.Bitmap.Width, x);
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void SentinelsCloseTheTables(string name)
        {
            var font = ShippedFonts.Load(name);
            Assert.Equal(new TinyFontCharacterRange(0, '\0', '\0', font.Bitmap.Width), font.SentinelRange);
            Assert.Equal(new TinyFontCharacter(0, 0, 0), font.SentinelCharacter);
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void EveryGlyphLiesInsideTheBitmapAndIsCroppedToItsInk(string name)
        {
            var font = ShippedFonts.Load(name);
            foreach (var c in font.EnumerateCharacters())
            {
                Assert.True(font.TryGetGlyph(c, out var glyph));
                Assert.InRange(glyph.InnerWidth, 0, (int)font.Bitmap.Width);
                Assert.InRange(glyph.BitmapX + glyph.InnerWidth, 0, (int)font.Bitmap.Width);
                if (glyph.InnerWidth > 0)
                {
                    Assert.True(ColumnHasInk(glyph, 0), TinyFontDescribe(c) + "'s first column is blank");
                    Assert.True(ColumnHasInk(glyph, glyph.InnerWidth - 1), TinyFontDescribe(c) + "'s last column is blank");
                }
            }

            // The strip starts at the first inked row of any glyph.
            var firstRowInked = font.EnumerateCharacters().Any(c => font.TryGetGlyph(c, out var g) &&
                Enumerable.Range(0, g.InnerWidth).Any(x => g.GetPixel(x, 0)));
            Assert.True(firstRowInked, "the bitmap's first row is blank: the metrics offset should skip it");
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void DescriptionAndMetricsAreConsistent(string name)
        {
            var entry = ShippedFonts.Entry(name);
            var font = TinyFont.Load(entry.OutputPath);
            var m = font.Metrics;

            Assert.Equal(new TinyFontBitmapDescription(font.Bitmap.Width, font.Bitmap.Height, 0, 1, 0), font.Bitmap);
            Assert.Equal(font.Ranges.Count, font.Ranges.Count(r => r.Count > 0));
            Assert.Equal(1, font.AntiAliasLevel);
            Assert.Equal(entry.Bold, font.IsBold);
            Assert.Equal((ushort)(0x10 | (entry.Bold ? 1 : 0)), font.Flags);
            Assert.Equal((ushort)0, font.Reserved);

            Assert.Equal(m.Height, m.Ascent + m.Descent);
            Assert.InRange(m.Offset, 0, m.Ascent);
            Assert.True(m.Offset + font.Bitmap.Height >= m.Height, "the bitmap must reach the line's bottom");
            Assert.Equal(Math.Max(0, m.Height - entry.Size), m.InternalLeading);
            Assert.Equal(0, m.ExternalLeading);

            Assert.True(font.TryGetGlyph('x', out var x));
            Assert.Equal(x.Width, m.AverageCharWidth);
            Assert.Equal(font.EnumerateCharacters().Max(c => font.TryGetGlyph(c, out var g) ? g.Width : 0), m.MaxCharWidth);

            Assert.True(font.TryGetGlyph(' ', out var space));
            Assert.Equal(0, space.InnerWidth);
            Assert.True(font.TryGetGlyph('\u00A0', out var noBreakSpace));
            Assert.Equal(space.Width, noBreakSpace.Width);
        }

        private static bool ColumnHasInk(TinyGlyph glyph, int x) => Enumerable.Range(0, glyph.Height).Any(y => glyph.GetPixel(x, y));

        private static string TinyFontDescribe(char c) => "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
