using System;
using System.Collections.Generic;
using System.IO;

namespace Ticker.Fonts
{
    /// <summary>
    /// A nanoFramework .tinyfnt font: everything the file holds, checked so that every glyph lies inside the bitmap,
    /// and looked up the way nanoCLR's CLR_GFX_Font does. <see cref="TinyFontWriter"/> writes it back byte for byte.
    /// </summary>
    public sealed class TinyFont
    {
        private readonly TinyFontCharacterRange[] _ranges;
        private readonly TinyFontCharacter[] _characters;
        private bool _hasDefault;
        private TinyGlyph _default;

        /// <summary>Creates a font from its parts, as stored in the file.</summary>
        /// <param name="metrics">CLR_GFX_FontMetrics.</param>
        /// <param name="flags">CLR_GFX_FontDescription flags (bold, italic, underline, FontEx, antialias level).</param>
        /// <param name="bitmap">Description of the glyph strip.</param>
        /// <param name="ranges">The character ranges, sorted, without the sentinel.</param>
        /// <param name="sentinelRange">The range entry after the last one (by convention all zero but the offset, which is the bitmap width).</param>
        /// <param name="characters">The characters of all ranges in order, without the sentinel.</param>
        /// <param name="sentinelCharacter">The character entry after the last one (by convention all zero).</param>
        /// <param name="bitmapData">The strip's pixels: <see cref="TinyFontBitmapDescription.TotalSize"/> bytes.</param>
        /// <param name="antiAliasing">The antialiasing block; required exactly when <paramref name="flags"/> has FontEx.</param>
        /// <param name="reserved">CLR_GFX_FontDescription::m_pad as stored (0, or an appendix count in some tools' fonts).</param>
        /// <param name="resourceId">Id in the resource header (0 in font tools' output; the build assigns the real id).</param>
        /// <param name="resourceFlags">Flags in the resource header.</param>
        /// <param name="trailingData">Bytes after the font data that the runtime ignores, kept as stored.</param>
        /// <exception cref="ArgumentException">The parts do not make a font nanoCLR can draw.</exception>
        public TinyFont(
            TinyFontMetrics metrics,
            ushort flags,
            TinyFontBitmapDescription bitmap,
            IReadOnlyList<TinyFontCharacterRange> ranges,
            TinyFontCharacterRange sentinelRange,
            IReadOnlyList<TinyFontCharacter> characters,
            TinyFontCharacter sentinelCharacter,
            ReadOnlyMemory<byte> bitmapData,
            TinyFontAntiAliasing? antiAliasing = null,
            ushort reserved = 0,
            short resourceId = 0,
            byte resourceFlags = 0,
            ReadOnlyMemory<byte> trailingData = default)
            : this(metrics, flags, bitmap, Copy(ranges), sentinelRange, Copy(characters), sentinelCharacter, bitmapData,
                antiAliasing, reserved, resourceId, resourceFlags, trailingData)
        {
            var problem = FindProblem();
            if (problem != null)
            {
                throw new ArgumentException(problem.Message);
            }

            FindDefaultGlyph();
        }

        private TinyFont(
            TinyFontMetrics metrics,
            ushort flags,
            TinyFontBitmapDescription bitmap,
            TinyFontCharacterRange[] ranges,
            TinyFontCharacterRange sentinelRange,
            TinyFontCharacter[] characters,
            TinyFontCharacter sentinelCharacter,
            ReadOnlyMemory<byte> bitmapData,
            TinyFontAntiAliasing? antiAliasing,
            ushort reserved,
            short resourceId,
            byte resourceFlags,
            ReadOnlyMemory<byte> trailingData)
        {
            Metrics = metrics;
            Flags = flags;
            Bitmap = bitmap;
            _ranges = ranges;
            SentinelRange = sentinelRange;
            _characters = characters;
            SentinelCharacter = sentinelCharacter;
            BitmapData = bitmapData;
            AntiAliasing = antiAliasing;
            Reserved = reserved;
            ResourceId = resourceId;
            ResourceFlags = resourceFlags;
            TrailingData = trailingData;
        }

        /// <summary>CLR_GFX_FontMetrics.</summary>
        public TinyFontMetrics Metrics { get; }

        /// <summary>CLR_GFX_FontDescription flags.</summary>
        public ushort Flags { get; }

        /// <summary>Whether the bold flag is set (informative: nanoCLR does not use it).</summary>
        public bool IsBold => (Flags & TinyFontFormat.FlagBold) != 0;

        /// <summary>Whether the italic flag is set (informative).</summary>
        public bool IsItalic => (Flags & TinyFontFormat.FlagItalic) != 0;

        /// <summary>Whether the underline flag is set (informative).</summary>
        public bool IsUnderlined => (Flags & TinyFontFormat.FlagUnderline) != 0;

        /// <summary>The antialiasing level in the flags: 0 or 1 for none, else 2, 4 or 8 bits per set pixel.</summary>
        public int AntiAliasLevel => (Flags & TinyFontFormat.AntiAliasMask) >> TinyFontFormat.AntiAliasShift;

        /// <summary>CLR_GFX_FontDescription::m_pad as stored.</summary>
        public ushort Reserved { get; }

        /// <summary>Description of the glyph strip.</summary>
        public TinyFontBitmapDescription Bitmap { get; }

        /// <summary>The glyph strip's pixels, rows of 32-bit little-endian words, least significant bit leftmost.</summary>
        public ReadOnlyMemory<byte> BitmapData { get; }

        /// <summary>The character ranges, without the sentinel.</summary>
        public IReadOnlyList<TinyFontCharacterRange> Ranges => _ranges;

        /// <summary>The sentinel range as stored.</summary>
        public TinyFontCharacterRange SentinelRange { get; }

        /// <summary>The character table, without the sentinel.</summary>
        public IReadOnlyList<TinyFontCharacter> Characters => _characters;

        /// <summary>The sentinel character as stored.</summary>
        public TinyFontCharacter SentinelCharacter { get; }

        /// <summary>The antialiasing block, or null when the flags have no FontEx.</summary>
        public TinyFontAntiAliasing? AntiAliasing { get; }

        /// <summary>Id in the resource header.</summary>
        public short ResourceId { get; }

        /// <summary>Flags in the resource header.</summary>
        public byte ResourceFlags { get; }

        /// <summary>Bytes after the font data, kept as stored (the Microsoft tool wrote 8 zero bytes there).</summary>
        public ReadOnlyMemory<byte> TrailingData { get; }

        /// <summary>Whether the font has the default character U+FFFD, drawn for characters it lacks.</summary>
        public bool HasDefaultCharacter => _hasDefault;

        /// <summary>Parses a .tinyfnt file's bytes.</summary>
        /// <param name="data">The whole file.</param>
        /// <exception cref="InvalidDataException">The bytes are not a .tinyfnt font; the message says what is wrong and at which offset.</exception>
        public static TinyFont Parse(ReadOnlySpan<byte> data) => TinyFontReader.Read(data);

        /// <summary>Reads and parses a .tinyfnt file.</summary>
        /// <param name="path">Path of the file.</param>
        /// <exception cref="InvalidDataException">The file is not a .tinyfnt font; the message names the file, what is wrong and where.</exception>
        public static TinyFont Load(string path)
        {
            var bytes = File.ReadAllBytes(path);
            try
            {
                return Parse(bytes);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException(path + ": " + e.Message, e);
            }
        }

        /// <summary>Whether the font has a glyph of its own for <paramref name="c"/>.</summary>
        /// <param name="c">A UTF-16 code unit.</param>
        public bool Contains(char c) => FindRange(c) >= 0;

        /// <summary>
        /// Finds the glyph nanoCLR draws for <paramref name="c"/>: the font's own, else the default character U+FFFD's.
        /// False when the font has neither; nanoCLR then draws nothing and does not move the pen.
        /// </summary>
        /// <param name="c">A UTF-16 code unit.</param>
        /// <param name="glyph">The glyph, when found.</param>
        public bool TryGetGlyph(char c, out TinyGlyph glyph)
        {
            if (TryGetExactGlyph(c, c, out glyph))
            {
                return true;
            }

            if (_hasDefault)
            {
                glyph = new TinyGlyph(this, c, _default.Character, _default.BitmapX, _default.InnerWidth,
                    (sbyte)_default.MarginLeft, (sbyte)_default.MarginRight);
                return true;
            }

            glyph = default;
            return false;
        }

        /// <summary>
        /// Width in pixels of <paramref name="text"/> as nanoCLR measures it (Font.ComputeExtent, StringOut): the sum
        /// of the widths of its characters, missing ones counted as the default character (or as nothing when the font
        /// has none). A surrogate pair is one character looked up by its high surrogate, as nanoCLR decodes UTF-8.
        /// </summary>
        /// <param name="text">The text.</param>
        public int MeasureWidth(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            var width = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }

                if (TryGetGlyph(c, out var glyph))
                {
                    width += glyph.Width;
                }
            }

            return width;
        }

        /// <summary>Every character the font has a glyph for, in order.</summary>
        public IEnumerable<char> EnumerateCharacters()
        {
            foreach (var range in _ranges)
            {
                for (var c = (int)range.FirstCharacter; c <= range.LastCharacter; c++)
                {
                    yield return (char)c;
                }
            }
        }

        internal bool GetBitmapPixel(int x, int y)
        {
            var index = (y * Bitmap.Stride) + (x >> 3);
            return (BitmapData.Span[(int)index] & (1 << (x & 7))) != 0;
        }

        /// <summary>Looks up the default character once the font is known to be sound (as CreateInstance does on load).</summary>
        internal void FindDefaultGlyph()
        {
            _hasDefault = TryGetExactGlyph(TinyFontFormat.DefaultCharacter, TinyFontFormat.DefaultCharacter, out _default);
        }

        /// <summary>Creates a font without checking it: the caller must call <see cref="FindProblem"/> and then <see cref="FindDefaultGlyph"/>.</summary>
        internal static TinyFont CreateUnchecked(
            TinyFontMetrics metrics,
            ushort flags,
            TinyFontBitmapDescription bitmap,
            TinyFontCharacterRange[] ranges,
            TinyFontCharacterRange sentinelRange,
            TinyFontCharacter[] characters,
            TinyFontCharacter sentinelCharacter,
            ReadOnlyMemory<byte> bitmapData,
            TinyFontAntiAliasing? antiAliasing,
            ushort reserved,
            short resourceId,
            byte resourceFlags,
            ReadOnlyMemory<byte> trailingData)
        {
            return new TinyFont(metrics, flags, bitmap, ranges, sentinelRange, characters, sentinelCharacter, bitmapData,
                antiAliasing, reserved, resourceId, resourceFlags, trailingData);
        }

        /// <summary>
        /// The first reason nanoCLR could not draw this font safely, or null. Checks that the tables fit their counts,
        /// that ranges are sorted and do not overlap (nanoCLR binary-searches them), that the character indexes add up,
        /// and that every glyph, measured as nanoCLR measures it, lies inside the bitmap.
        /// </summary>
        internal FontProblem? FindProblem()
        {
            if (_ranges.Length > ushort.MaxValue)
            {
                return new FontProblem(FontPart.Description, 0, "too many ranges (" + _ranges.Length + "; at most 65535)");
            }

            if (_characters.Length > ushort.MaxValue)
            {
                return new FontProblem(FontPart.Description, 0, "too many characters (" + _characters.Length + "; at most 65535)");
            }

            if (Bitmap.BitsPerPixel != 1)
            {
                return new FontProblem(FontPart.BitmapDescription, 0,
                    "bitmap has " + Bitmap.BitsPerPixel + " bits per pixel; fonts have 1");
            }

            if (Bitmap.Width > TinyFontFormat.MaxBitmapWidth || Bitmap.Height > TinyFontFormat.MaxBitmapHeight)
            {
                return new FontProblem(FontPart.BitmapDescription, 0,
                    "bitmap of " + Bitmap.Width + " x " + Bitmap.Height + " pixels exceeds nanoCLR's limit of 524287 x 65535");
            }

            if (BitmapData.Length != Bitmap.TotalSize)
            {
                return new FontProblem(FontPart.Bitmap, 0,
                    "bitmap data is " + BitmapData.Length + " bytes; " + Bitmap.Width + " x " + Bitmap.Height + " pixels take " + Bitmap.TotalSize);
            }

            var problem = FindAntiAliasingProblem();
            if (problem != null)
            {
                return problem;
            }

            long expectedIndex = 0;
            for (var r = 0; r < _ranges.Length; r++)
            {
                var range = _ranges[r];
                if (range.FirstCharacter > range.LastCharacter)
                {
                    return new FontProblem(FontPart.Range, r,
                        "range " + r + " runs backwards, from " + Describe(range.FirstCharacter) + " to " + Describe(range.LastCharacter));
                }

                if (r > 0 && range.FirstCharacter <= _ranges[r - 1].LastCharacter)
                {
                    return new FontProblem(FontPart.Range, r,
                        "range " + r + " (" + Describe(range.FirstCharacter) + " to " + Describe(range.LastCharacter) +
                        ") is not after range " + (r - 1) + " (ending at " + Describe(_ranges[r - 1].LastCharacter) +
                        "): ranges must be sorted and must not overlap");
                }

                if (range.IndexOfFirstCharacter != expectedIndex)
                {
                    return new FontProblem(FontPart.Range, r,
                        "range " + r + " says its first character is number " + range.IndexOfFirstCharacter +
                        " in the character table; the ranges before it hold " + expectedIndex);
                }

                expectedIndex += range.Count;
                if (expectedIndex > _characters.Length)
                {
                    return new FontProblem(FontPart.Range, r,
                        "range " + r + " needs characters up to number " + (expectedIndex - 1) + " but the table has " + _characters.Length);
                }
            }

            if (expectedIndex != _characters.Length)
            {
                return new FontProblem(FontPart.Description, 0,
                    "the ranges cover " + expectedIndex + " characters but the character table has " + _characters.Length);
            }

            for (var r = 0; r < _ranges.Length; r++)
            {
                var range = _ranges[r];
                for (var c = (int)range.FirstCharacter; c <= range.LastCharacter; c++)
                {
                    var index = (int)range.IndexOfFirstCharacter + (c - range.FirstCharacter);
                    var (x, width) = Extent(r, c);
                    if (width < 0)
                    {
                        return new FontProblem(FontPart.Character, index,
                            "character " + Describe((char)c) + " (number " + index + ") has a width of " + width +
                            " pixels: the offsets of the characters must not decrease");
                    }

                    if (x + width > Bitmap.Width)
                    {
                        return new FontProblem(FontPart.Character, index,
                            "character " + Describe((char)c) + " (number " + index + ") spans bitmap columns " + x + " to " +
                            (x + width - 1) + " but the bitmap is " + Bitmap.Width + " pixels wide");
                    }

                    if (width > ushort.MaxValue)
                    {
                        return new FontProblem(FontPart.Character, index,
                            "character " + Describe((char)c) + " (number " + index + ") is " + width +
                            " pixels wide; nanoCLR holds a glyph's width in 16 bits");
                    }
                }
            }

            return null;
        }

        private FontProblem? FindAntiAliasingProblem()
        {
            var hasEx = (Flags & TinyFontFormat.FlagFontEx) != 0;
            if (!hasEx)
            {
                return AntiAliasing == null
                    ? null
                    : new FontProblem(FontPart.Description, 0, "an antialiasing block is given but the flags have no FontEx (0x0008)");
            }

            if (AntiAliasing == null)
            {
                return new FontProblem(FontPart.Description, 0, "the flags have FontEx (0x0008) but no antialiasing block is given");
            }

            if (AntiAliasing.RangeOffsets.Count != _ranges.Length)
            {
                return new FontProblem(FontPart.AntiAliasing, 0,
                    "the antialiasing block has " + AntiAliasing.RangeOffsets.Count + " range offsets for " + _ranges.Length + " ranges");
            }

            if (AntiAliasing.CharacterOffsets.Count != _characters.Length)
            {
                return new FontProblem(FontPart.AntiAliasing, 0,
                    "the antialiasing block has " + AntiAliasing.CharacterOffsets.Count + " character offsets for " + _characters.Length + " characters");
            }

            var padding = (_characters.Length % 2) * 2;
            if (AntiAliasing.CharacterPadding.Length != padding)
            {
                return new FontProblem(FontPart.AntiAliasing, 0,
                    "the antialiasing character offsets are padded with " + AntiAliasing.CharacterPadding.Length + " bytes; " + padding + " round them to 4");
            }

            var dataLength = ((long)AntiAliasing.DataSize + 3) / 4 * 4;
            if (AntiAliasing.Data.Length != dataLength)
            {
                return new FontProblem(FontPart.AntiAliasing, 0,
                    "the antialias data is " + AntiAliasing.Data.Length + " bytes; its size " + AntiAliasing.DataSize + " rounded to 4 is " + dataLength);
            }

            return null;
        }

        /// <summary>Where the glyph of character <paramref name="c"/> of range <paramref name="r"/> lies, as CLR_GFX_Font::GetCharInfo computes it.</summary>
        private (long X, long Width) Extent(int r, int c)
        {
            var range = _ranges[r];
            var index = (int)range.IndexOfFirstCharacter + (c - range.FirstCharacter);
            var character = _characters[index];
            var next = index + 1 < _characters.Length ? _characters[index + 1] : SentinelCharacter;
            long x = range.RangeOffset + (long)character.Offset;
            long width;
            if (c == range.LastCharacter)
            {
                var nextRange = r + 1 < _ranges.Length ? _ranges[r + 1] : SentinelRange;
                width = nextRange.RangeOffset + (long)next.Offset - x;
            }
            else
            {
                width = (long)next.Offset - character.Offset;
            }

            return (x, width);
        }

        private int FindRange(char c)
        {
            int lo = 0, hi = _ranges.Length - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                var range = _ranges[mid];
                if (c < range.FirstCharacter)
                {
                    hi = mid - 1;
                }
                else if (c > range.LastCharacter)
                {
                    lo = mid + 1;
                }
                else
                {
                    return mid;
                }
            }

            return -1;
        }

        private bool TryGetExactGlyph(char c, char requested, out TinyGlyph glyph)
        {
            var r = FindRange(c);
            if (r < 0)
            {
                glyph = default;
                return false;
            }

            var range = _ranges[r];
            var character = _characters[(int)range.IndexOfFirstCharacter + (c - range.FirstCharacter)];
            var (x, width) = Extent(r, c);
            glyph = new TinyGlyph(this, requested, c, (int)x, (int)width, character.MarginLeft, character.MarginRight);
            return true;
        }

        internal static string Describe(char c)
        {
            var code = "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
            return c >= 0x20 && c < 0x7F ? code + " '" + c + "'" : code;
        }

        private static T[] Copy<T>(IReadOnlyList<T> items)
        {
            ArgumentNullException.ThrowIfNull(items);
            var copy = new T[items.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = items[i];
            }

            return copy;
        }
    }

    /// <summary>A part of the font data, to say where a problem is.</summary>
    internal enum FontPart
    {
        Description,
        BitmapDescription,
        Range,
        Character,
        Bitmap,
        AntiAliasing,
    }

    /// <summary>Why a font cannot be drawn, and where.</summary>
    internal sealed record FontProblem(FontPart Part, int Index, string Message);
}
