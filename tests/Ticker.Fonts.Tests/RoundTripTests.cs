using System.IO;
using Ticker.Fonts.Tests.Support;
using Xunit;

namespace Ticker.Fonts.Tests
{
    /// <summary>Reading then writing a font gives back the same bytes.</summary>
    public class RoundTripTests
    {
        public static TheoryData<string> Names => ShippedFonts.Names;

        [Theory]
        [MemberData(nameof(Names))]
        public void CommittedFontReadsAndWritesBackByteForByte(string name)
        {
            var bytes = File.ReadAllBytes(ShippedFonts.Entry(name).OutputPath);
            Assert.Equal(bytes, TinyFontWriter.ToBytes(TinyFont.Parse(bytes)));
        }

        [Fact]
        public void FontWithEveryOptionalPartReadsAndWritesBackByteForByte()
        {
            var font = SyntheticFonts.WithEveryOptionalPart();
            var bytes = TinyFontWriter.ToBytes(font);
            var parsed = TinyFont.Parse(bytes);

            Assert.Equal(bytes, TinyFontWriter.ToBytes(parsed));
            Assert.Equal(font.Metrics, parsed.Metrics);
            Assert.Equal(font.Flags, parsed.Flags);
            Assert.True(parsed.IsItalic);
            Assert.Equal(4, parsed.AntiAliasLevel);
            Assert.Equal((ushort)3, parsed.Reserved);
            Assert.Equal((short)-1234, parsed.ResourceId);
            Assert.Equal((byte)1, parsed.ResourceFlags);
            Assert.Equal(new byte[] { 9, 8, 7, 6, 5, 4, 3, 2 }, parsed.TrailingData.ToArray());
            Assert.NotNull(parsed.AntiAliasing);
            Assert.Equal(5u, parsed.AntiAliasing!.DataSize);
            Assert.Equal(font.AntiAliasing!.CharacterOffsets, parsed.AntiAliasing.CharacterOffsets);
            Assert.Equal(new byte[] { 0xAB, 0xCD }, parsed.AntiAliasing.CharacterPadding.ToArray());
            Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 0xEE, 0xEE, 0xEE }, parsed.AntiAliasing.Data.ToArray());
        }

        [Fact]
        public void ParsedFontHasTheWrittenTables()
        {
            var font = SyntheticFonts.Sample();
            var parsed = TinyFont.Parse(TinyFontWriter.ToBytes(font));

            Assert.Equal(font.Ranges, parsed.Ranges);
            Assert.Equal(font.Characters, parsed.Characters);
            Assert.Equal(font.SentinelRange, parsed.SentinelRange);
            Assert.Equal(font.SentinelCharacter, parsed.SentinelCharacter);
            Assert.Equal(font.Bitmap, parsed.Bitmap);
            Assert.Equal(font.BitmapData.ToArray(), parsed.BitmapData.ToArray());
        }

        [Fact]
        public void WriterWritesTheTinyResourcesHeaderTheBuildExpects()
        {
            var bytes = TinyFontWriter.ToBytes(SyntheticFonts.Sample());
            Assert.Equal(new byte[] { 0xA8, 0xB0, 0x95, 0xF9, 2, 0, 0, 0, 20, 0, 0, 0, 8, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0 },
                bytes[..24]);
            Assert.Equal((uint)(bytes.Length - 28), System.BitConverter.ToUInt32(bytes, 24));
        }

        [Fact]
        public void WriteAndWriteFileGiveTheSameBytesAsToBytes()
        {
            var font = SyntheticFonts.Sample();
            using var stream = new MemoryStream();
            TinyFontWriter.Write(font, stream);
            var path = Path.Combine(Path.GetTempPath(), "ticker-fonts-" + System.Guid.NewGuid().ToString("N") + ".tinyfnt");
            try
            {
                TinyFontWriter.WriteFile(font, path);
                Assert.Equal(TinyFontWriter.ToBytes(font), stream.ToArray());
                Assert.Equal(stream.ToArray(), File.ReadAllBytes(path));
                Assert.Equal(stream.ToArray(), TinyFontWriter.ToBytes(TinyFont.Load(path)));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
