using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Ticker.FontGen;
using Ticker.Fonts.Tests.Support;
using Xunit;

namespace Ticker.Fonts.Tests
{
    /// <summary>The committed device fonts against the committed TrueType files they come from.</summary>
    public class GeneratedFontsTests
    {
        public static TheoryData<string> Names => ShippedFonts.Names;

        [Theory]
        [MemberData(nameof(Names))]
        public void EveryGlyphDecodedFromTheFontEqualsTheRasterisationOfTheTtfPixelForPixel(string name)
        {
            var entry = ShippedFonts.Entry(name);
            var font = TinyFont.Load(entry.OutputPath);
            using var rasterizer = new GlyphRasterizer(entry.FontPath, entry.Size, entry.Bold);

            var problems = new List<string>();
            foreach (var c in CharacterSet.All)
            {
                var cell = rasterizer.RenderCell(c);
                Assert.True(font.TryGetGlyph(c, out var glyph), CharacterSet.Describe(c) + " is missing from " + name);
                Assert.False(glyph.IsDefaultCharacter);

                if (glyph.Width != cell.Advance)
                {
                    problems.Add(CharacterSet.Describe(c) + ": advances " + glyph.Width + " px, the TTF " + cell.Advance + " px");
                }

                // Draw the decoded glyph where nanoCLR would: pen at the cell's origin, the line's top at the cell's line top.
                var drawn = new bool[cell.Width, cell.Height];
                for (var y = 0; y < glyph.Height; y++)
                {
                    for (var x = 0; x < glyph.InnerWidth; x++)
                    {
                        if (!glyph.GetPixel(x, y))
                        {
                            continue;
                        }

                        var cx = cell.OriginX + glyph.MarginLeft + x;
                        var cy = cell.LineTop + glyph.OffsetY + y;
                        if (cx < 0 || cy < 0 || cx >= cell.Width || cy >= cell.Height)
                        {
                            problems.Add(CharacterSet.Describe(c) + ": pixel (" + x + ", " + y + ") lands outside the TTF's cell");
                            continue;
                        }

                        drawn[cx, cy] = true;
                    }
                }

                var differences = 0;
                for (var y = 0; y < cell.Height; y++)
                {
                    for (var x = 0; x < cell.Width; x++)
                    {
                        if (drawn[x, y] != cell[x, y])
                        {
                            differences++;
                        }
                    }
                }

                if (differences > 0)
                {
                    problems.Add(CharacterSet.Describe(c) + ": " + differences + " pixels differ (font | TTF):\n" + SideBySide(drawn, cell));
                }
            }

            Assert.True(problems.Count == 0, name + ":\n" + string.Join("\n", problems));
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void CommittedFontIsByteIdenticalToWhatTheGeneratorMakesNow(string name)
        {
            var entry = ShippedFonts.Entry(name);
            var generated = TinyFontWriter.ToBytes(FontGenerator.Generate(entry.FontPath, entry.Size, entry.Bold).Font);
            var committed = File.ReadAllBytes(entry.OutputPath);

            Assert.True(
                committed.AsSpan().SequenceEqual(generated),
                RepoPaths.Relative(entry.OutputPath) + " (" + committed.Length + " bytes) differs from what the generator makes now (" +
                generated.Length + " bytes): it is stale. Regenerate the fonts with `" + Program.RegenerateCommand +
                "` from the repository root and commit them.");
        }

        [Fact]
        public void GeneratingTwiceGivesTheSameBytes()
        {
            var entry = ShippedFonts.All.First();
            var first = TinyFontWriter.ToBytes(FontGenerator.Generate(entry.FontPath, entry.Size, entry.Bold).Font);
            var second = TinyFontWriter.ToBytes(FontGenerator.Generate(entry.FontPath, entry.Size, entry.Bold).Font);
            Assert.Equal(first, second);
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void FontHoldsExactlyTheCharacterSet(string name)
        {
            var font = ShippedFonts.Load(name);
            Assert.Equal(CharacterSet.All.OrderBy(c => c), font.EnumerateCharacters());
            Assert.Equal(109, font.Characters.Count);
            Assert.True(font.HasDefaultCharacter);
            Assert.True(font.Contains('\u2014'), "the em dash is the missing-value mark");
        }

        [Fact]
        public void ResourcesFolderHoldsExactlyTheManifestsFonts()
        {
            var listed = ShippedFonts.All.Select(f => Path.GetFullPath(f.OutputPath)).OrderBy(p => p).ToArray();
            var present = Directory.GetFiles(RepoPaths.Of("firmware", "Ticker", "Resources"), "*.tinyfnt")
                .Select(Path.GetFullPath).OrderBy(p => p).ToArray();
            Assert.Equal(listed, present);
        }

        [Fact]
        public void HeroFontHasDigitsAtLeast24PixelsTallAndFitsTwoLinesOnThe135PixelScreen()
        {
            var hero = ShippedFonts.Load("DejaVuSansBold33");
            var tallest = "0123456789".Max(c => InkHeight(hero, c));
            Assert.True(tallest >= 24, "the hero's digits are " + tallest + " px tall; the 240x135 screen needs at least 24");
            Assert.True(2 * hero.Metrics.Height <= 135, "two hero lines must fit the 240x135 screen");
            Assert.True(hero.MeasureWidth("$12.3M") <= 240, "a compact hero value must fit across the 240x135 screen");
        }

        [Theory]
        [InlineData("DejaVuSans11", 8, 8)]
        [InlineData("DejaVuSans14", 10, 10)]
        [InlineData("DejaVuSans18", 13, 13)]
        [InlineData("DejaVuSansBold33", 24, 24)]
        [InlineData("DejaVuSansBold44", 32, 33)]
        public void CapAndDigitHeightsAreThoseTheReadmeStates(string name, int capHeight, int digitHeight)
        {
            var font = ShippedFonts.Load(name);
            Assert.Equal(capHeight, InkHeight(font, 'H'));
            Assert.Equal(digitHeight, "0123456789".Max(c => InkHeight(font, c)));
        }

        private static int InkHeight(TinyFont font, char c)
        {
            Assert.True(font.TryGetGlyph(c, out var glyph));
            int top = int.MaxValue, bottom = -1;
            for (var y = 0; y < glyph.Height; y++)
            {
                for (var x = 0; x < glyph.InnerWidth; x++)
                {
                    if (glyph.GetPixel(x, y))
                    {
                        top = Math.Min(top, y);
                        bottom = Math.Max(bottom, y);
                    }
                }
            }

            return bottom < 0 ? 0 : bottom - top + 1;
        }

        private static string SideBySide(bool[,] font, GlyphCell cell)
        {
            // Only the rows and columns around the ink of either side.
            int left = cell.Width, top = cell.Height, right = -1, bottom = -1;
            for (var y = 0; y < cell.Height; y++)
            {
                for (var x = 0; x < cell.Width; x++)
                {
                    if (font[x, y] || cell[x, y])
                    {
                        left = Math.Min(left, x);
                        right = Math.Max(right, x);
                        top = Math.Min(top, y);
                        bottom = Math.Max(bottom, y);
                    }
                }
            }

            var text = new StringBuilder();
            for (var y = Math.Max(0, top - 1); y <= Math.Min(cell.Height - 1, bottom + 1); y++)
            {
                for (var x = Math.Max(0, left - 1); x <= Math.Min(cell.Width - 1, right + 1); x++)
                {
                    text.Append(font[x, y] ? '#' : '.');
                }

                text.Append(" | ");
                for (var x = Math.Max(0, left - 1); x <= Math.Min(cell.Width - 1, right + 1); x++)
                {
                    text.Append(cell[x, y] ? '#' : '.');
                }

                text.Append('\n');
            }

            return text.ToString();
        }
    }
}
