namespace Ticker.Fonts
{
    /// <summary>
    /// Constants of the .tinyfnt layout. All numbers are little-endian.
    /// </summary>
    /// <remarks>
    /// A .tinyfnt file is a one-resource "tiny resources" file:
    /// <code>
    /// file header      20 bytes  magic 0xF995B0A8, version 2, header size 20, resource header size 8, resource count 1
    /// resource header   8 bytes  id (int16), kind (uint8, 2 = font), flags (uint8), size of the data that follows (uint32)
    /// font data                  what nanoCLR's CLR_GFX_Font::CreateInstance reads (the build copies it into the .pe):
    ///   CLR_GFX_FontMetrics          16  height (u16), offset, ascent, descent, internal leading, external leading,
    ///                                    average width, maximum width (i16 each)
    ///   CLR_GFX_FontDescription       8  ranges (u16), characters (u16), flags (u16), pad (u16)
    ///   CLR_GFX_BitmapDescription    12  width (u32), height (u32), flags (u16), bits per pixel (u8), type (u8)
    ///   CLR_GFX_FontCharacterRange   12 x (ranges + 1)      index of first character (u32), first (u16), last (u16),
    ///                                                       x offset of the range in the bitmap (u32); then a sentinel
    ///   CLR_GFX_FontCharacter         4 x (characters + 1)  x offset in its range (u16), left margin (i8), right margin (i8);
    ///                                                       then a sentinel
    ///   bitmap                        height rows of ceil(width x bpp / 32) 32-bit words; pixel x of a row is bit x % 32
    ///                                 of word x / 32 (least significant bit first); all glyphs side by side in one strip
    ///   only when flags has FontEx (0x0008), the antialiasing block:
    ///     CLR_GFX_FontDescriptionEx   4  antialias data size (u32)
    ///     CLR_GFX_FontCharacterRangeEx  4 x ranges       antialias offset of each range (u32)
    ///     CLR_GFX_FontCharacterEx       2 x characters   antialias offset of each character (u16, 0xFFFF = none),
    ///                                                    padded to a multiple of 4 bytes
    ///     antialias data                size rounded up to a multiple of 4 bytes
    /// </code>
    /// The sentinel range has every field zero except the range offset, which is the bitmap width; the sentinel
    /// character is all zero. They let the runtime take a glyph's width as the difference of two offsets.
    /// </remarks>
    public static class TinyFontFormat
    {
        /// <summary>The first four bytes of every tiny resources file: A8 B0 95 F9.</summary>
        public const uint Magic = 0xF995B0A8;

        /// <summary>The tiny resources file version the build tools accept.</summary>
        public const uint Version = 2;

        /// <summary>Size of the file header (magic, version, header size, resource header size, resource count).</summary>
        public const int FileHeaderSize = 20;

        /// <summary>Size of the resource header (id, kind, flags, size).</summary>
        public const int ResourceHeaderSize = 8;

        /// <summary>Offset of the font data in the file: the nanoFramework build skips exactly this many bytes.</summary>
        public const int FontDataOffset = FileHeaderSize + ResourceHeaderSize;

        /// <summary>Resource kind of a font (CLR_RECORD_RESOURCE::RESOURCE_Font).</summary>
        public const byte ResourceKindFont = 2;

        /// <summary>Size of CLR_GFX_FontMetrics.</summary>
        public const int MetricsSize = 16;

        /// <summary>Size of the rest of CLR_GFX_FontDescription (ranges, characters, flags, pad).</summary>
        public const int DescriptionSize = 8;

        /// <summary>Size of CLR_GFX_BitmapDescription.</summary>
        public const int BitmapDescriptionSize = 12;

        /// <summary>Size of one CLR_GFX_FontCharacterRange.</summary>
        public const int RangeSize = 12;

        /// <summary>Size of one CLR_GFX_FontCharacter.</summary>
        public const int CharacterSize = 4;

        /// <summary>Offset of the range table from the start of the font data.</summary>
        public const int RangesOffset = MetricsSize + DescriptionSize + BitmapDescriptionSize;

        /// <summary>CLR_GFX_FontDescription::c_Bold.</summary>
        public const ushort FlagBold = 0x0001;

        /// <summary>CLR_GFX_FontDescription::c_Italic.</summary>
        public const ushort FlagItalic = 0x0002;

        /// <summary>CLR_GFX_FontDescription::c_Underline.</summary>
        public const ushort FlagUnderline = 0x0004;

        /// <summary>CLR_GFX_FontDescription::c_FontEx: the antialiasing block follows the bitmap.</summary>
        public const ushort FlagFontEx = 0x0008;

        /// <summary>CLR_GFX_FontDescription::c_AntiAliasMask: antialiasing level (1 = none, 2, 4 or 8).</summary>
        public const ushort AntiAliasMask = 0x00F0;

        /// <summary>CLR_GFX_FontDescription::c_AntiAliasShift.</summary>
        public const int AntiAliasShift = 4;

        /// <summary>CLR_GFX_FontCharacterEx::c_offsetNoAntiAlias.</summary>
        public const ushort NoAntiAliasOffset = 0xFFFF;

        /// <summary>CLR_GFX_BitmapDescription::c_MaxWidth.</summary>
        public const uint MaxBitmapWidth = 0x7FFFF;

        /// <summary>CLR_GFX_BitmapDescription::c_MaxHeight.</summary>
        public const uint MaxBitmapHeight = 0xFFFF;

        /// <summary>
        /// The character nanoCLR draws for any character the font lacks (CLR_GFX_Font::c_UnicodeReplacementCharacter).
        /// A font without it draws nothing, and advances by nothing, for a missing character.
        /// </summary>
        public const char DefaultCharacter = '\uFFFD';
    }
}
