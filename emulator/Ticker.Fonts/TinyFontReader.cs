using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;

namespace Ticker.Fonts
{
    /// <summary>Parses .tinyfnt bytes; every failure is an <see cref="InvalidDataException"/> naming the problem and its offset.</summary>
    internal static class TinyFontReader
    {
        public static TinyFont Read(ReadOnlySpan<byte> data)
        {
            var reader = new SpanReader(data);

            var magic = reader.UInt32("magic number");
            if (magic != TinyFontFormat.Magic)
            {
                throw Error(0, "not a .tinyfnt font: the magic number is 0x" + Hex(magic) + ", expected 0xF995B0A8 (bytes A8 B0 95 F9)");
            }

            var version = reader.UInt32("tiny resources version");
            if (version != TinyFontFormat.Version)
            {
                throw Error(4, "tiny resources version " + version + " is not supported (expected 2)");
            }

            var headerSize = reader.UInt32("file header size");
            if (headerSize != TinyFontFormat.FileHeaderSize)
            {
                throw Error(8, "file header size is " + headerSize + "; the nanoFramework build only reads 20");
            }

            var resourceHeaderSize = reader.UInt32("resource header size");
            if (resourceHeaderSize != TinyFontFormat.ResourceHeaderSize)
            {
                throw Error(12, "resource header size is " + resourceHeaderSize + "; the nanoFramework build only reads 8");
            }

            var resourceCount = reader.UInt32("resource count");
            if (resourceCount != 1)
            {
                throw Error(16, "the file holds " + resourceCount + " resources; a .tinyfnt holds exactly 1 font");
            }

            var resourceId = reader.Int16("resource id");
            var kind = reader.Byte("resource kind");
            if (kind != TinyFontFormat.ResourceKindFont)
            {
                throw Error(22, "resource kind is " + kind + ", not 2 (font)");
            }

            var resourceFlags = reader.Byte("resource flags");
            var size = reader.UInt32("resource size");
            var following = data.Length - TinyFontFormat.FontDataOffset;
            if (size != following)
            {
                throw Error(24, "the resource header says the font data is " + size + " bytes but " + following +
                    " bytes follow it" + (size > following ? " (the file is truncated)" : " (there are bytes after the font)"));
            }

            var metrics = new TinyFontMetrics(
                reader.UInt16("metrics height"),
                reader.Int16("metrics offset"),
                reader.Int16("metrics ascent"),
                reader.Int16("metrics descent"),
                reader.Int16("metrics internal leading"),
                reader.Int16("metrics external leading"),
                reader.Int16("metrics average width"),
                reader.Int16("metrics maximum width"));

            var rangeCount = reader.UInt16("range count");
            var characterCount = reader.UInt16("character count");
            var flags = reader.UInt16("font flags");
            var reserved = reader.UInt16("font description pad");

            var bitmap = new TinyFontBitmapDescription(
                reader.UInt32("bitmap width"),
                reader.UInt32("bitmap height"),
                reader.UInt16("bitmap flags"),
                reader.Byte("bitmap bits per pixel"),
                reader.Byte("bitmap type"));
            var bitmapDescriptionOffset = TinyFontFormat.FontDataOffset + TinyFontFormat.MetricsSize + TinyFontFormat.DescriptionSize;
            if (bitmap.BitsPerPixel != 1)
            {
                throw Error(bitmapDescriptionOffset + 10, "the glyph bitmap has " + bitmap.BitsPerPixel + " bits per pixel; fonts have 1");
            }

            if (bitmap.Width > TinyFontFormat.MaxBitmapWidth || bitmap.Height > TinyFontFormat.MaxBitmapHeight)
            {
                throw Error(bitmapDescriptionOffset, "the glyph bitmap is " + bitmap.Width + " x " + bitmap.Height +
                    " pixels, beyond nanoCLR's limit of 524287 x 65535");
            }

            var rangesOffset = reader.Position;
            reader.Require(((long)rangeCount + 1) * TinyFontFormat.RangeSize, (rangeCount + 1) + " character ranges (with the sentinel)");
            var ranges = new TinyFontCharacterRange[rangeCount];
            for (var i = 0; i < rangeCount; i++)
            {
                ranges[i] = ReadRange(ref reader);
            }

            var sentinelRange = ReadRange(ref reader);

            var charactersOffset = reader.Position;
            reader.Require(((long)characterCount + 1) * TinyFontFormat.CharacterSize, (characterCount + 1) + " characters (with the sentinel)");
            var characters = new TinyFontCharacter[characterCount];
            for (var i = 0; i < characterCount; i++)
            {
                characters[i] = ReadCharacter(ref reader);
            }

            var sentinelCharacter = ReadCharacter(ref reader);

            var bitmapOffset = reader.Position;
            var bitmapData = reader.Bytes(bitmap.TotalSize,
                "glyph bitmap (" + bitmap.Width + " x " + bitmap.Height + " pixels, " + bitmap.Stride + " bytes a row)");

            TinyFontAntiAliasing? antiAliasing = null;
            var antiAliasingOffset = reader.Position;
            if ((flags & TinyFontFormat.FlagFontEx) != 0)
            {
                var dataSize = reader.UInt32("antialias data size");
                reader.Require(4L * rangeCount, rangeCount + " antialias range offsets");
                var rangeOffsets = new uint[rangeCount];
                for (var i = 0; i < rangeCount; i++)
                {
                    rangeOffsets[i] = reader.UInt32("antialias range offset");
                }

                reader.Require(2L * characterCount, characterCount + " antialias character offsets");
                var characterOffsets = new ushort[characterCount];
                for (var i = 0; i < characterCount; i++)
                {
                    characterOffsets[i] = reader.UInt16("antialias character offset");
                }

                var padding = reader.Bytes((characterCount % 2) * 2, "padding after the antialias character offsets");
                var aaData = reader.Bytes(((long)dataSize + 3) / 4 * 4, "antialias data (" + dataSize + " bytes, padded to 4)");
                antiAliasing = new TinyFontAntiAliasing(dataSize, rangeOffsets, characterOffsets, padding, aaData);
            }

            var trailing = reader.Bytes(data.Length - reader.Position, "trailing bytes");

            var font = TinyFont.CreateUnchecked(metrics, flags, bitmap, ranges, sentinelRange, characters, sentinelCharacter,
                bitmapData, antiAliasing, reserved, resourceId, resourceFlags, trailing);

            var problem = font.FindProblem();
            if (problem != null)
            {
                var offset = problem.Part switch
                {
                    FontPart.Range => rangesOffset + (problem.Index * TinyFontFormat.RangeSize),
                    FontPart.Character => charactersOffset + (problem.Index * TinyFontFormat.CharacterSize),
                    FontPart.Bitmap => bitmapOffset,
                    FontPart.AntiAliasing => antiAliasingOffset,
                    FontPart.BitmapDescription => bitmapDescriptionOffset,
                    _ => TinyFontFormat.FontDataOffset + TinyFontFormat.MetricsSize,
                };
                throw Error(offset, problem.Message);
            }

            font.FindDefaultGlyph();
            return font;
        }

        private static TinyFontCharacterRange ReadRange(ref SpanReader reader)
        {
            return new TinyFontCharacterRange(
                reader.UInt32("range's first character index"),
                (char)reader.UInt16("range's first character"),
                (char)reader.UInt16("range's last character"),
                reader.UInt32("range's bitmap offset"));
        }

        private static TinyFontCharacter ReadCharacter(ref SpanReader reader)
        {
            return new TinyFontCharacter(
                reader.UInt16("character's bitmap offset"),
                reader.SByte("character's left margin"),
                reader.SByte("character's right margin"));
        }

        private static InvalidDataException Error(long offset, string message)
        {
            return new InvalidDataException("Invalid .tinyfnt at offset " + offset.ToString(CultureInfo.InvariantCulture) +
                " (0x" + offset.ToString("X", CultureInfo.InvariantCulture) + "): " + message + ".");
        }

        private static string Hex(uint value) => value.ToString("X8", CultureInfo.InvariantCulture);

        /// <summary>Reads little-endian numbers from a span; running past its end is an <see cref="InvalidDataException"/>.</summary>
        private ref struct SpanReader
        {
            private readonly ReadOnlySpan<byte> _data;

            public SpanReader(ReadOnlySpan<byte> data)
            {
                _data = data;
                Position = 0;
            }

            public int Position { get; private set; }

            public void Require(long count, string what)
            {
                if (count > _data.Length - Position)
                {
                    throw Error(Position, "the file ends (" + _data.Length + " bytes) before the " + what + ", which need " + count +
                        " bytes from here: the file is truncated");
                }
            }

            public byte Byte(string what) => Take(1, what)[0];

            public sbyte SByte(string what) => (sbyte)Take(1, what)[0];

            public ushort UInt16(string what) => BinaryPrimitives.ReadUInt16LittleEndian(Take(2, what));

            public short Int16(string what) => BinaryPrimitives.ReadInt16LittleEndian(Take(2, what));

            public uint UInt32(string what) => BinaryPrimitives.ReadUInt32LittleEndian(Take(4, what));

            public byte[] Bytes(long count, string what)
            {
                Require(count, what);
                return Take((int)count, what).ToArray();
            }

            private ReadOnlySpan<byte> Take(int count, string what)
            {
                Require(count, what);
                var span = _data.Slice(Position, count);
                Position += count;
                return span;
            }
        }
    }
}
