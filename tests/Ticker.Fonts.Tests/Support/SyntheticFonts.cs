using System;

namespace Ticker.Fonts.Tests.Support
{
    /// <summary>Small fonts made by hand, so the reader and writer are tested apart from the generator.</summary>
    public static class SyntheticFonts
    {
        public static readonly TinyFontMetrics Metrics = new(Height: 8, Offset: 0, Ascent: 6, Descent: 2, InternalLeading: 0,
            ExternalLeading: 0, AverageCharWidth: 4, MaxCharWidth: 6);

        /// <summary>A glyph from rows of '#' (set) and '.' (clear).</summary>
        public static GlyphImage Glyph(int advance, int left, int top, params string[] rows)
        {
            var pixels = new bool[rows.Length == 0 ? 0 : rows[0].Length, rows.Length];
            for (var y = 0; y < rows.Length; y++)
            {
                for (var x = 0; x < rows[y].Length; x++)
                {
                    pixels[x, y] = rows[y][x] == '#';
                }
            }

            return new GlyphImage(advance, left, top, pixels);
        }

        /// <summary>'A', 'B', 'D', a space, and (unless left out) the default character U+FFFD.</summary>
        public static TinyFont Sample(bool withDefaultCharacter = true)
        {
            var builder = new TinyFontBuilder();
            builder.Add(' ', Glyph(3, 0, 0));
            builder.Add('A', Glyph(5, 0, 2, ".#.", "#.#", "###", "#.#"));
            builder.Add('B', Glyph(5, 1, 2, "##.", "###", "#.#", "##."));
            builder.Add('D', Glyph(6, -1, 1, "###.", "#..#", "#..#", "#..#", "###."));
            if (withDefaultCharacter)
            {
                builder.Add('\uFFFD', Glyph(4, 0, 3, "##", "##"));
            }

            return builder.Build(Metrics, 0x10);
        }

        /// <summary>A font with every optional part: antialiasing block (odd character count, so padded), reserved field, resource id and flags, trailing bytes.</summary>
        public static TinyFont WithEveryOptionalPart()
        {
            var plain = Sample();
            var characters = plain.Characters.Count;
            Assert(characters % 2 == 1, "the sample must have an odd number of characters to exercise the padding");
            var rangeOffsets = new uint[plain.Ranges.Count];
            var characterOffsets = new ushort[characters];
            for (var i = 0; i < characters; i++)
            {
                characterOffsets[i] = i == 1 ? TinyFontFormat.NoAntiAliasOffset : (ushort)i;
            }

            var antiAliasing = new TinyFontAntiAliasing(5, rangeOffsets, characterOffsets, new byte[] { 0xAB, 0xCD },
                new byte[] { 1, 2, 3, 4, 5, 0xEE, 0xEE, 0xEE });
            return new TinyFont(plain.Metrics, (ushort)(0x40 | TinyFontFormat.FlagFontEx | TinyFontFormat.FlagItalic), plain.Bitmap,
                plain.Ranges, plain.SentinelRange, plain.Characters, plain.SentinelCharacter, plain.BitmapData, antiAliasing,
                reserved: 3, resourceId: -1234, resourceFlags: 1, trailingData: new byte[] { 9, 8, 7, 6, 5, 4, 3, 2 });
        }

        private static void Assert(bool condition, string message)
        {
            if (!condition)
            {
                throw new InvalidOperationException(message);
            }
        }
    }
}
