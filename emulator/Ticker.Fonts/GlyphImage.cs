using System;

namespace Ticker.Fonts
{
    /// <summary>
    /// A glyph's inked pixels and where they sit: the input of <see cref="TinyFontBuilder"/>. Coordinates are relative
    /// to the pen position (x) and to the line's top (y).
    /// </summary>
    public sealed class GlyphImage
    {
        private readonly bool[,] _pixels;

        /// <summary>Creates a glyph image.</summary>
        /// <param name="advance">How far the pen moves after the glyph.</param>
        /// <param name="left">Column of the first inked pixel, from the pen position (the left side bearing; may be negative).</param>
        /// <param name="top">Row of the first inked pixel, from the line's top (may be negative for ink above the line).</param>
        /// <param name="pixels">The inked box, indexed [x, y]; an empty array for a blank glyph such as the space.</param>
        public GlyphImage(int advance, int left, int top, bool[,] pixels)
        {
            ArgumentNullException.ThrowIfNull(pixels);
            Advance = advance;
            Left = pixels.Length == 0 ? 0 : left;
            Top = pixels.Length == 0 ? 0 : top;
            _pixels = pixels.Length == 0 ? new bool[0, 0] : (bool[,])pixels.Clone();
        }

        /// <summary>How far the pen moves after the glyph.</summary>
        public int Advance { get; }

        /// <summary>Column of the first inked pixel from the pen position.</summary>
        public int Left { get; }

        /// <summary>Row of the first inked pixel from the line's top.</summary>
        public int Top { get; }

        /// <summary>Width of the inked box.</summary>
        public int Width => _pixels.GetLength(0);

        /// <summary>Height of the inked box.</summary>
        public int Height => _pixels.GetLength(1);

        /// <summary>Whether the pixel at (<paramref name="x"/>, <paramref name="y"/>) of the inked box is set.</summary>
        /// <param name="x">Column in the box.</param>
        /// <param name="y">Row in the box.</param>
        public bool this[int x, int y] => _pixels[x, y];
    }
}
