using System;
using System.Collections.Generic;
using System.IO;
using Ticker.Fonts;

namespace Ticker.FontGen
{
    /// <summary>A generated font and what was measured while making it.</summary>
    /// <param name="Font">The font.</param>
    /// <param name="CapHeight">Inked height of 'H', in pixels.</param>
    /// <param name="DigitHeight">Tallest inked height of the digits 0 to 9, in pixels.</param>
    /// <param name="Emboldened">Whether a face that is not bold was emboldened.</param>
    public sealed record GeneratedFont(TinyFont Font, int CapHeight, int DigitHeight, bool Emboldened);

    /// <summary>Makes a .tinyfnt font of <see cref="CharacterSet.All"/> from a TrueType file.</summary>
    public static class FontGenerator
    {
        /// <summary>Generates the font.</summary>
        /// <param name="fontPath">The TrueType file.</param>
        /// <param name="sizePx">Em size in pixels (6 to 96).</param>
        /// <param name="bold">Whether the font is bold: sets the bold flag, and emboldens a face that is not bold.</param>
        /// <exception cref="FontGenerationException">The file is missing or not a font, the size is out of range, or the
        /// face lacks characters of the set (all of them are named by code point).</exception>
        public static GeneratedFont Generate(string fontPath, int sizePx, bool bold) =>
            Generate(fontPath, sizePx, bold, CharacterSet.All);

        /// <summary>Generates a font of the given characters.</summary>
        /// <param name="fontPath">The TrueType file.</param>
        /// <param name="sizePx">Em size in pixels (6 to 96).</param>
        /// <param name="bold">Whether the font is bold.</param>
        /// <param name="characters">The characters to hold.</param>
        /// <exception cref="FontGenerationException">As <see cref="Generate(string, int, bool)"/>.</exception>
        public static GeneratedFont Generate(string fontPath, int sizePx, bool bold, IReadOnlyList<char> characters)
        {
            ArgumentNullException.ThrowIfNull(characters);
            using var rasterizer = new GlyphRasterizer(fontPath, sizePx, bold);

            var missing = new List<string>();
            foreach (var c in characters)
            {
                if (!rasterizer.HasGlyph(c))
                {
                    missing.Add(CharacterSet.Describe(c));
                }
            }

            if (missing.Count > 0)
            {
                throw new FontGenerationException(Path.GetFileName(fontPath) + " has no glyph for " + missing.Count +
                    " character(s) asked for: " + string.Join(", ", missing) + ".");
            }

            var builder = new TinyFontBuilder();
            var maxAdvance = 0;
            var capHeight = 0;
            var digitHeight = 0;
            foreach (var c in characters)
            {
                var glyph = rasterizer.Rasterize(c);
                builder.Add(c, glyph);
                maxAdvance = Math.Max(maxAdvance, glyph.Advance);
                if (c == 'H')
                {
                    capHeight = glyph.Height;
                }

                if (c >= '0' && c <= '9')
                {
                    digitHeight = Math.Max(digitHeight, glyph.Height);
                }
            }

            var metrics = new TinyFontMetrics(
                Height: checked((ushort)rasterizer.Height),
                Offset: 0,
                Ascent: checked((short)rasterizer.Ascent),
                Descent: checked((short)rasterizer.Descent),
                InternalLeading: checked((short)Math.Max(0, rasterizer.Height - sizePx)),
                ExternalLeading: checked((short)rasterizer.ExternalLeading),
                AverageCharWidth: checked((short)rasterizer.Advance('x')),
                MaxCharWidth: checked((short)maxAdvance));

            // Antialiasing level 1 (none) in the flags, as TinyFontTool writes for a 1 bpp font.
            var flags = (ushort)(1 << TinyFontFormat.AntiAliasShift);
            if (bold || rasterizer.IsBoldFace)
            {
                flags |= TinyFontFormat.FlagBold;
            }

            TinyFont font;
            try
            {
                font = builder.Build(metrics, flags);
            }
            catch (InvalidOperationException e)
            {
                throw new FontGenerationException(Path.GetFileName(fontPath) + " at " + sizePx + " px: " + e.Message, e);
            }

            return new GeneratedFont(font, capHeight, digitHeight, rasterizer.Emboldened);
        }
    }
}
