using System;
using System.Buffers.Binary;
using System.IO;
using Ticker.Fonts.Tests.Support;
using Xunit;

namespace Ticker.Fonts.Tests
{
    /// <summary>Truncated or corrupt files fail with an <see cref="InvalidDataException"/> that says what and where.</summary>
    public class CorruptFileTests
    {
        // Offsets in a .tinyfnt file.
        private const int RangeCountAt = 44;
        private const int CharacterCountAt = 46;
        private const int BitsPerPixelAt = 62;
        private const int RangesAt = 64;

        private static byte[] SmallFont() => File.ReadAllBytes(ShippedFonts.Entry("DejaVuSans11").OutputPath);

        private static int CharactersAt(byte[] font) => RangesAt + ((BinaryPrimitives.ReadUInt16LittleEndian(font.AsSpan(RangeCountAt)) + 1) * 12);

        [Fact]
        public void EveryTruncationOfARealFontIsInvalidData()
        {
            var bytes = SmallFont();
            for (var length = 0; length < bytes.Length; length++)
            {
                var e = Assert.Throws<InvalidDataException>(() => TinyFont.Parse(bytes.AsSpan(0, length)));
                Assert.Contains("offset", e.Message, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void TruncationInsideTheTablesIsReportedAsTruncated()
        {
            // With a resource size that agrees with the cut, the reader runs into the end of the data itself.
            var bytes = SmallFont();
            var cut = bytes[..(CharactersAt(bytes) + 10)];
            BinaryPrimitives.WriteUInt32LittleEndian(cut.AsSpan(24), (uint)(cut.Length - 28));
            var e = Assert.Throws<InvalidDataException>(() => TinyFont.Parse(cut));
            Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
            Assert.Contains("characters", e.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(0, 0x00, "magic number", "offset 0 ")]
        [InlineData(4, 3, "version 3", "offset 4 ")]
        [InlineData(8, 24, "file header size is 24", "offset 8 ")]
        [InlineData(12, 12, "resource header size is 12", "offset 12 ")]
        [InlineData(16, 2, "2 resources", "offset 16 ")]
        [InlineData(22, 1, "resource kind is 1", "offset 22 ")]
        [InlineData(BitsPerPixelAt, 16, "16 bits per pixel", "offset 62 ")]
        public void WrongHeaderFieldIsNamedWithItsOffset(int offset, byte value, string what, string where)
        {
            var bytes = SmallFont();
            bytes[offset] = value;
            var e = Assert.Throws<InvalidDataException>(() => TinyFont.Parse(bytes));
            Assert.Contains(what, e.Message, StringComparison.Ordinal);
            Assert.Contains(where, e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void ResourceSizeThatDisagreesWithTheFileIsNamed()
        {
            var bytes = SmallFont();
            var longer = new byte[bytes.Length + 4];
            bytes.CopyTo(longer, 0);
            var e = Assert.Throws<InvalidDataException>(() => TinyFont.Parse(longer));
            Assert.Contains("bytes after the font", e.Message, StringComparison.Ordinal);
            Assert.Contains("offset 24 ", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void RangeCountBeyondTheDataIsTruncation()
        {
            var bytes = SmallFont();
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(RangeCountAt), 60000);
            var e = Assert.Throws<InvalidDataException>(() => TinyFont.Parse(bytes));
            Assert.Contains("60001 character ranges", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void RangesOutOfOrderAreNamed()
        {
            var bytes = SmallFont();
            // Give range 1 the first character of range 0: it no longer follows range 0.
            var range0First = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(RangesAt + 4));
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(RangesAt + 12 + 4), range0First);
            var e = Assert.Throws<InvalidDataException>(() => TinyFont.Parse(bytes));
            Assert.Contains("range 1", e.Message, StringComparison.Ordinal);
            Assert.Contains("sorted", e.Message, StringComparison.Ordinal);
            Assert.Contains("offset " + (RangesAt + 12) + " ", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void RangeIndexThatDisagreesWithTheTableIsNamed()
        {
            var bytes = SmallFont();
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(RangesAt + 12), 7);
            var e = Assert.Throws<InvalidDataException>(() => TinyFont.Parse(bytes));
            Assert.Contains("range 1 says its first character is number 7", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void CharacterCountThatDisagreesWithTheRangesIsNamed()
        {
            var bytes = TinyFontWriter.ToBytes(SyntheticFonts.Sample());
            // Drop the last character entry and its count; the ranges still need it.
            var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(CharacterCountAt));
            var at = CharactersAt(bytes) + (count * 4);
            var shorter = new byte[bytes.Length - 4];
            bytes.AsSpan(0, at).CopyTo(shorter);
            bytes.AsSpan(at + 4).CopyTo(shorter.AsSpan(at));
            BinaryPrimitives.WriteUInt16LittleEndian(shorter.AsSpan(CharacterCountAt), (ushort)(count - 1));
            BinaryPrimitives.WriteUInt32LittleEndian(shorter.AsSpan(24), (uint)(shorter.Length - 28));
            var e = Assert.Throws<InvalidDataException>(() => TinyFont.Parse(shorter));
            Assert.Contains("character", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void GlyphBeyondTheBitmapIsNamedByCodePoint()
        {
            var bytes = SmallFont();
            // Move the second character of the first range (U+0021 '!') past the end of the bitmap.
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(CharactersAt(bytes) + 4), 65000);
            var e = Assert.Throws<InvalidDataException>(() => TinyFont.Parse(bytes));
            Assert.Contains("U+0020", e.Message, StringComparison.Ordinal);
            Assert.Contains("offset " + CharactersAt(bytes) + " ", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void SentinelRangeBeyondTheBitmapIsNamed()
        {
            var bytes = SmallFont();
            var rangeCount = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(RangeCountAt));
            var sentinelOffsetAt = RangesAt + (rangeCount * 12) + 8;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(sentinelOffsetAt), 1_000_000);
            var e = Assert.Throws<InvalidDataException>(() => TinyFont.Parse(bytes));
            Assert.Contains("U+FFFD", e.Message, StringComparison.Ordinal);
            Assert.Contains("bitmap is", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void FontExFlagWithoutItsBlockIsTruncation()
        {
            var bytes = SmallFont();
            bytes[48] |= 0x08;
            var e = Assert.Throws<InvalidDataException>(() => TinyFont.Parse(bytes));
            Assert.Contains("antialias", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void RandomCorruptionNeverEscapesAsAnythingButInvalidData()
        {
            var original = SmallFont();
            var random = new Random(20261124);
            var accepted = 0;
            for (var trial = 0; trial < 3000; trial++)
            {
                var bytes = (byte[])original.Clone();
                var changes = 1 + random.Next(4);
                for (var i = 0; i < changes; i++)
                {
                    // Mostly the header and tables, where a byte changes the meaning of everything after it.
                    var at = random.Next(4) == 0 ? random.Next(bytes.Length) : random.Next(Math.Min(bytes.Length, 600));
                    bytes[at] = (byte)random.Next(256);
                }

                TinyFont font;
                try
                {
                    font = TinyFont.Parse(bytes);
                }
                catch (InvalidDataException)
                {
                    continue;
                }

                // Accepted: then every glyph is fully readable and the file writes back unchanged.
                accepted++;
                foreach (var c in font.EnumerateCharacters())
                {
                    Assert.True(font.TryGetGlyph(c, out var glyph));
                    for (var y = 0; y < glyph.Height; y++)
                    {
                        for (var x = 0; x < glyph.InnerWidth; x++)
                        {
                            glyph.GetPixel(x, y);
                        }
                    }
                }

                font.MeasureWidth("Ticker \u2014 \u25B2 \uD83D\uDE00");
                Assert.Equal(bytes, TinyFontWriter.ToBytes(font));
            }

            Assert.InRange(accepted, 1, 2999);
        }

        [Fact]
        public void ConstructorRejectsPartsThatDoNotMakeAFont()
        {
            var font = SyntheticFonts.Sample();
            var reversed = new[] { font.Ranges[1], font.Ranges[0] };
            Assert.Throws<ArgumentException>(() => new TinyFont(font.Metrics, font.Flags, font.Bitmap, reversed, font.SentinelRange,
                font.Characters, font.SentinelCharacter, font.BitmapData));
            Assert.Throws<ArgumentException>(() => new TinyFont(font.Metrics, font.Flags, font.Bitmap, font.Ranges, font.SentinelRange,
                font.Characters, font.SentinelCharacter, new byte[3]));
            Assert.Throws<ArgumentException>(() => new TinyFont(font.Metrics, TinyFontFormat.FlagFontEx, font.Bitmap, font.Ranges,
                font.SentinelRange, font.Characters, font.SentinelCharacter, font.BitmapData));
        }

        [Fact]
        public void LoadNamesTheFile()
        {
            var path = Path.Combine(Path.GetTempPath(), "ticker-fonts-" + Guid.NewGuid().ToString("N") + ".tinyfnt");
            File.WriteAllBytes(path, new byte[] { 1, 2, 3 });
            try
            {
                var e = Assert.Throws<InvalidDataException>(() => TinyFont.Load(path));
                Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
