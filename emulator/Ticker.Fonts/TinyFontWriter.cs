using System;
using System.Buffers.Binary;
using System.IO;

namespace Ticker.Fonts
{
    /// <summary>Serialises a <see cref="TinyFont"/> to .tinyfnt bytes: the exact inverse of <see cref="TinyFont.Parse"/>.</summary>
    public static class TinyFontWriter
    {
        /// <summary>The .tinyfnt bytes of <paramref name="font"/>.</summary>
        /// <param name="font">The font.</param>
        public static byte[] ToBytes(TinyFont font)
        {
            ArgumentNullException.ThrowIfNull(font);

            var rangeCount = font.Ranges.Count;
            var characterCount = font.Characters.Count;
            long size = TinyFontFormat.MetricsSize + TinyFontFormat.DescriptionSize + TinyFontFormat.BitmapDescriptionSize +
                ((rangeCount + 1L) * TinyFontFormat.RangeSize) + ((characterCount + 1L) * TinyFontFormat.CharacterSize) +
                font.BitmapData.Length + font.TrailingData.Length;
            var aa = font.AntiAliasing;
            if (aa != null)
            {
                size += 4 + (4L * aa.RangeOffsets.Count) + (2L * aa.CharacterOffsets.Count) + aa.CharacterPadding.Length + aa.Data.Length;
            }

            if (size > uint.MaxValue - TinyFontFormat.FontDataOffset)
            {
                throw new ArgumentException("The font is too large for a .tinyfnt file.", nameof(font));
            }

            var bytes = new byte[TinyFontFormat.FontDataOffset + size];
            var w = new SpanWriter(bytes);

            w.UInt32(TinyFontFormat.Magic);
            w.UInt32(TinyFontFormat.Version);
            w.UInt32(TinyFontFormat.FileHeaderSize);
            w.UInt32(TinyFontFormat.ResourceHeaderSize);
            w.UInt32(1);

            w.Int16(font.ResourceId);
            w.Byte(TinyFontFormat.ResourceKindFont);
            w.Byte(font.ResourceFlags);
            w.UInt32((uint)size);

            var m = font.Metrics;
            w.UInt16(m.Height);
            w.Int16(m.Offset);
            w.Int16(m.Ascent);
            w.Int16(m.Descent);
            w.Int16(m.InternalLeading);
            w.Int16(m.ExternalLeading);
            w.Int16(m.AverageCharWidth);
            w.Int16(m.MaxCharWidth);

            w.UInt16((ushort)rangeCount);
            w.UInt16((ushort)characterCount);
            w.UInt16(font.Flags);
            w.UInt16(font.Reserved);

            var b = font.Bitmap;
            w.UInt32(b.Width);
            w.UInt32(b.Height);
            w.UInt16(b.Flags);
            w.Byte(b.BitsPerPixel);
            w.Byte(b.Type);

            foreach (var range in font.Ranges)
            {
                WriteRange(ref w, range);
            }

            WriteRange(ref w, font.SentinelRange);

            foreach (var character in font.Characters)
            {
                WriteCharacter(ref w, character);
            }

            WriteCharacter(ref w, font.SentinelCharacter);

            w.Bytes(font.BitmapData.Span);

            if (aa != null)
            {
                w.UInt32(aa.DataSize);
                foreach (var offset in aa.RangeOffsets)
                {
                    w.UInt32(offset);
                }

                foreach (var offset in aa.CharacterOffsets)
                {
                    w.UInt16(offset);
                }

                w.Bytes(aa.CharacterPadding.Span);
                w.Bytes(aa.Data.Span);
            }

            w.Bytes(font.TrailingData.Span);
            return bytes;
        }

        /// <summary>Writes the .tinyfnt bytes of <paramref name="font"/> to <paramref name="stream"/>.</summary>
        /// <param name="font">The font.</param>
        /// <param name="stream">Where to write.</param>
        public static void Write(TinyFont font, Stream stream)
        {
            ArgumentNullException.ThrowIfNull(stream);
            stream.Write(ToBytes(font));
        }

        /// <summary>Writes the .tinyfnt file of <paramref name="font"/> to <paramref name="path"/>.</summary>
        /// <param name="font">The font.</param>
        /// <param name="path">The file to create or replace.</param>
        public static void WriteFile(TinyFont font, string path)
        {
            File.WriteAllBytes(path, ToBytes(font));
        }

        private static void WriteRange(ref SpanWriter w, TinyFontCharacterRange range)
        {
            w.UInt32(range.IndexOfFirstCharacter);
            w.UInt16(range.FirstCharacter);
            w.UInt16(range.LastCharacter);
            w.UInt32(range.RangeOffset);
        }

        private static void WriteCharacter(ref SpanWriter w, TinyFontCharacter character)
        {
            w.UInt16(character.Offset);
            w.Byte((byte)character.MarginLeft);
            w.Byte((byte)character.MarginRight);
        }

        private ref struct SpanWriter
        {
            private readonly Span<byte> _bytes;
            private int _position;

            public SpanWriter(Span<byte> bytes)
            {
                _bytes = bytes;
                _position = 0;
            }

            public void Byte(byte value) => _bytes[_position++] = value;

            public void UInt16(ushort value)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(_bytes.Slice(_position), value);
                _position += 2;
            }

            public void Int16(short value)
            {
                BinaryPrimitives.WriteInt16LittleEndian(_bytes.Slice(_position), value);
                _position += 2;
            }

            public void UInt32(uint value)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(_bytes.Slice(_position), value);
                _position += 4;
            }

            public void Bytes(ReadOnlySpan<byte> value)
            {
                value.CopyTo(_bytes.Slice(_position));
                _position += value.Length;
            }
        }
    }
}
