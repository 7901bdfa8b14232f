using System;
using System.Collections.Generic;

namespace Ticker.Fonts
{
    /// <summary>
    /// Assembles a <see cref="TinyFont"/> from glyph images the way the font tools lay one out: characters in code order,
    /// a range per run of consecutive characters, each glyph cropped to its inked columns and placed side by side in
    /// one strip, the strip starting at the first row any glyph inks (the metrics offset) and ending no higher than
    /// the line's height, and the sentinel range and character after the tables.
    /// </summary>
    public sealed class TinyFontBuilder
    {
        private readonly SortedDictionary<char, GlyphImage> _glyphs = new();

        /// <summary>Adds (or replaces) the glyph of <paramref name="c"/>.</summary>
        /// <param name="c">The UTF-16 code unit the glyph is for.</param>
        /// <param name="glyph">The glyph.</param>
        public void Add(char c, GlyphImage glyph)
        {
            ArgumentNullException.ThrowIfNull(glyph);
            _glyphs[c] = glyph;
        }

        /// <summary>Number of glyphs added.</summary>
        public int Count => _glyphs.Count;

        /// <summary>Builds the font.</summary>
        /// <param name="metrics">The metrics; their <see cref="TinyFontMetrics.Offset"/> is replaced by the strip's first row.</param>
        /// <param name="flags">The description flags.</param>
        /// <exception cref="InvalidOperationException">A glyph does not fit the format (margin beyond -128..127, range wider than 65535 pixels).</exception>
        public TinyFont Build(TinyFontMetrics metrics, ushort flags)
        {
            var top = int.MaxValue;
            var bottom = (int)metrics.Height;
            var width = 0L;
            foreach (var glyph in _glyphs.Values)
            {
                width += glyph.Width;
                if (glyph.Width > 0 && glyph.Height > 0)
                {
                    top = Math.Min(top, glyph.Top);
                    bottom = Math.Max(bottom, glyph.Top + glyph.Height);
                }
            }

            if (top == int.MaxValue)
            {
                top = 0;
            }

            if (width > TinyFontFormat.MaxBitmapWidth)
            {
                throw new InvalidOperationException("The glyphs are " + width + " pixels wide in all; a font's bitmap holds at most 524287.");
            }

            if (top < short.MinValue || bottom - top > TinyFontFormat.MaxBitmapHeight)
            {
                throw new InvalidOperationException("The glyphs span rows " + top + " to " + bottom + ", beyond what a font can hold.");
            }

            var bitmap = new TinyFontBitmapDescription((uint)width, (uint)(bottom - top), 0, 1, 0);
            var data = new byte[bitmap.TotalSize];
            var ranges = new List<TinyFontCharacterRange>();
            var characters = new List<TinyFontCharacter>();

            var x = 0;
            var rangeStart = 0;
            int previous = -2;
            foreach (var (c, glyph) in _glyphs)
            {
                if (c != previous + 1)
                {
                    if (ranges.Count > 0)
                    {
                        CloseRange(ranges, previous);
                    }

                    ranges.Add(new TinyFontCharacterRange((uint)characters.Count, c, c, (uint)x));
                    rangeStart = x;
                }

                var offset = x - rangeStart;
                if (offset > ushort.MaxValue)
                {
                    throw new InvalidOperationException("The range holding " + TinyFont.Describe(c) + " is wider than 65535 pixels.");
                }

                characters.Add(new TinyFontCharacter((ushort)offset, Margin(c, "left", glyph.Left), Margin(c, "right", glyph.Advance - glyph.Left - glyph.Width)));
                for (var row = 0; row < glyph.Height; row++)
                {
                    var y = glyph.Top + row - top;
                    for (var column = 0; column < glyph.Width; column++)
                    {
                        if (glyph[column, row])
                        {
                            var bit = x + column;
                            data[(y * bitmap.Stride) + (bit >> 3)] |= (byte)(1 << (bit & 7));
                        }
                    }
                }

                x += glyph.Width;
                previous = c;
            }

            if (ranges.Count > 0)
            {
                CloseRange(ranges, previous);
            }

            var fontMetrics = metrics with { Offset = (short)top };
            return new TinyFont(fontMetrics, flags, bitmap, ranges, new TinyFontCharacterRange(0, '\0', '\0', (uint)width),
                characters, new TinyFontCharacter(0, 0, 0), data);
        }

        private static void CloseRange(List<TinyFontCharacterRange> ranges, int last)
        {
            var open = ranges[^1];
            ranges[^1] = open with { LastCharacter = (char)last };
        }

        private static sbyte Margin(char c, string side, int margin)
        {
            if (margin < sbyte.MinValue || margin > sbyte.MaxValue)
            {
                throw new InvalidOperationException("The " + side + " margin of " + TinyFont.Describe(c) + " is " + margin +
                    " pixels; the format holds -128 to 127.");
            }

            return (sbyte)margin;
        }
    }
}
