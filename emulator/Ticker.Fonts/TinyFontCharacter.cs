namespace Ticker.Fonts
{
    /// <summary>CLR_GFX_FontCharacter: where a glyph sits in its range and the blank space around it.</summary>
    /// <param name="Offset">X offset of the glyph from its range's offset. The glyph's inked width runs to the next character's offset.</param>
    /// <param name="MarginLeft">Pixels from the pen position to the glyph's first column (may be negative).</param>
    /// <param name="MarginRight">Pixels from the glyph's last column to the next pen position (may be negative).</param>
    public readonly record struct TinyFontCharacter(ushort Offset, sbyte MarginLeft, sbyte MarginRight);
}
