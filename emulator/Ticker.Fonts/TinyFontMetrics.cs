namespace Ticker.Fonts
{
    /// <summary>CLR_GFX_FontMetrics: the font-wide metrics, in pixels.</summary>
    /// <param name="Height">Line height: nanoFramework's Font.Height and the line advance of DrawTextInRect.</param>
    /// <param name="Offset">Row of the line at which row 0 of the glyph bitmap is drawn (the bitmap may start below the line's top).</param>
    /// <param name="Ascent">Pixels from the line's top to the baseline.</param>
    /// <param name="Descent">Pixels from the baseline to the line's bottom.</param>
    /// <param name="InternalLeading">Height less the em size (GDI's tmInternalLeading); informative only.</param>
    /// <param name="ExternalLeading">Extra space between lines; informative only.</param>
    /// <param name="AverageCharWidth">Average character width (Font.AverageWidth).</param>
    /// <param name="MaxCharWidth">Widest character (Font.MaxWidth).</param>
    public readonly record struct TinyFontMetrics(
        ushort Height,
        short Offset,
        short Ascent,
        short Descent,
        short InternalLeading,
        short ExternalLeading,
        short AverageCharWidth,
        short MaxCharWidth);
}
