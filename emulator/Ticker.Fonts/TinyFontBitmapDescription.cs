namespace Ticker.Fonts
{
    /// <summary>CLR_GFX_BitmapDescription of the glyph strip.</summary>
    /// <param name="Width">Width of the strip in pixels (sum of all glyphs' inked widths).</param>
    /// <param name="Height">Number of rows in the strip.</param>
    /// <param name="Flags">Bitmap flags (0 in every font tool's output; nanoCLR sets read-only itself).</param>
    /// <param name="BitsPerPixel">1 for every font.</param>
    /// <param name="Type">Bitmap type: 0 (nanoCLR bitmap).</param>
    public readonly record struct TinyFontBitmapDescription(uint Width, uint Height, ushort Flags, byte BitsPerPixel, byte Type)
    {
        /// <summary>32-bit words per row: ceil(width x bpp / 32).</summary>
        public long WidthInWords => ((long)Width * BitsPerPixel + 31) / 32;

        /// <summary>Bytes per row.</summary>
        public long Stride => WidthInWords * 4;

        /// <summary>Bytes of pixel data (CLR_GFX_BitmapDescription::GetTotalSize).</summary>
        public long TotalSize => Stride * Height;
    }
}
