using System;

namespace Ticker.FontGen
{
    /// <summary>
    /// One character drawn alone by <see cref="GlyphRasterizer.RenderCell"/>: its pixels on a padded cell, the pen
    /// at (<see cref="OriginX"/>, <see cref="LineTop"/> + ascent).
    /// </summary>
    public sealed class GlyphCell
    {
        private readonly bool[,] _pixels;

        /// <summary>Creates a cell.</summary>
        /// <param name="character">The character drawn.</param>
        /// <param name="advance">The hinted advance in pixels.</param>
        /// <param name="originX">Column of the pen position.</param>
        /// <param name="lineTop">Row of the line's top.</param>
        /// <param name="pixels">The pixels, indexed [x, y].</param>
        public GlyphCell(char character, int advance, int originX, int lineTop, bool[,] pixels)
        {
            ArgumentNullException.ThrowIfNull(pixels);
            Character = character;
            Advance = advance;
            OriginX = originX;
            LineTop = lineTop;
            _pixels = pixels;
        }

        /// <summary>The character drawn.</summary>
        public char Character { get; }

        /// <summary>How far the pen moves after the character.</summary>
        public int Advance { get; }

        /// <summary>Column of the pen position.</summary>
        public int OriginX { get; }

        /// <summary>Row of the line's top.</summary>
        public int LineTop { get; }

        /// <summary>Width of the cell.</summary>
        public int Width => _pixels.GetLength(0);

        /// <summary>Height of the cell.</summary>
        public int Height => _pixels.GetLength(1);

        /// <summary>Whether the pixel at (<paramref name="x"/>, <paramref name="y"/>) is inked.</summary>
        /// <param name="x">Column.</param>
        /// <param name="y">Row.</param>
        public bool this[int x, int y] => _pixels[x, y];
    }
}
