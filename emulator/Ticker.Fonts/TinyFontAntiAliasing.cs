using System;
using System.Collections.Generic;

namespace Ticker.Fonts
{
    /// <summary>
    /// The optional antialiasing block (present when the description flags have FontEx), kept as stored so that a font
    /// reads and writes back byte for byte. nanoCLR draws a set pixel of such a glyph with the opacity these bits give.
    /// </summary>
    public sealed class TinyFontAntiAliasing
    {
        /// <summary>Creates the block from its stored parts.</summary>
        /// <param name="dataSize">CLR_GFX_FontDescriptionEx::m_antiAliasSize (unpadded).</param>
        /// <param name="rangeOffsets">One CLR_GFX_FontCharacterRangeEx per range.</param>
        /// <param name="characterOffsets">One CLR_GFX_FontCharacterEx per character.</param>
        /// <param name="characterPadding">The bytes after the character offsets that round them up to 4 bytes (0 or 2 bytes).</param>
        /// <param name="data">The antialias data, including its padding to a multiple of 4 bytes.</param>
        public TinyFontAntiAliasing(
            uint dataSize,
            IReadOnlyList<uint> rangeOffsets,
            IReadOnlyList<ushort> characterOffsets,
            ReadOnlyMemory<byte> characterPadding,
            ReadOnlyMemory<byte> data)
        {
            ArgumentNullException.ThrowIfNull(rangeOffsets);
            ArgumentNullException.ThrowIfNull(characterOffsets);
            DataSize = dataSize;
            RangeOffsets = rangeOffsets;
            CharacterOffsets = characterOffsets;
            CharacterPadding = characterPadding;
            Data = data;
        }

        /// <summary>Size of the antialias data before padding.</summary>
        public uint DataSize { get; }

        /// <summary>Offset of each range's data in <see cref="Data"/>.</summary>
        public IReadOnlyList<uint> RangeOffsets { get; }

        /// <summary>Offset of each character's data from its range's offset, or 0xFFFF for none.</summary>
        public IReadOnlyList<ushort> CharacterOffsets { get; }

        /// <summary>The padding after the character offsets, as stored.</summary>
        public ReadOnlyMemory<byte> CharacterPadding { get; }

        /// <summary>The antialias data with its trailing padding, as stored.</summary>
        public ReadOnlyMemory<byte> Data { get; }
    }
}
