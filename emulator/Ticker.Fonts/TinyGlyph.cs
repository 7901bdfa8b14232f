using System;

namespace Ticker.Fonts
{
    /// <summary>
    /// One character as nanoCLR draws it (CLR_GFX_FontCharacterInfo): the pen moves by <see cref="Width"/>; the glyph's
    /// <see cref="InnerWidth"/> x <see cref="Height"/> pixels are drawn at (pen x + <see cref="MarginLeft"/>,
    /// text y + <see cref="OffsetY"/>).
    /// </summary>
    public readonly struct TinyGlyph
    {
        private readonly TinyFont _font;

        internal TinyGlyph(TinyFont font, char requested, char character, int bitmapX, int innerWidth, sbyte marginLeft, sbyte marginRight)
        {
            _font = font;
            RequestedCharacter = requested;
            Character = character;
            BitmapX = bitmapX;
            InnerWidth = innerWidth;
            MarginLeft = marginLeft;
            MarginRight = marginRight;
        }

        /// <summary>The character that was asked for.</summary>
        public char RequestedCharacter { get; }

        /// <summary>The character whose glyph this is: the one asked for, or the default character U+FFFD when the font lacks it.</summary>
        public char Character { get; }

        /// <summary>Whether the font lacked <see cref="RequestedCharacter"/> and this is the default character's glyph.</summary>
        public bool IsDefaultCharacter => Character != RequestedCharacter;

        /// <summary>Pixels from the pen position to the glyph's first column (may be negative).</summary>
        public int MarginLeft { get; }

        /// <summary>Pixels from the glyph's last column to the next pen position (may be negative).</summary>
        public int MarginRight { get; }

        /// <summary>Width of the glyph's pixels (0 for a blank glyph such as the space).</summary>
        public int InnerWidth { get; }

        /// <summary>How far the pen moves: margin left + inner width + margin right.</summary>
        public int Width => MarginLeft + InnerWidth + MarginRight;

        /// <summary>Rows of the glyph's pixels: the height of the font's bitmap.</summary>
        public int Height => (int)_font.Bitmap.Height;

        /// <summary>Row of the text line at which the glyph's row 0 is drawn (the font's metrics offset).</summary>
        public int OffsetY => _font.Metrics.Offset;

        /// <summary>X offset of the glyph's first column in the font's bitmap strip.</summary>
        public int BitmapX { get; }

        /// <summary>Whether the glyph's pixel at (<paramref name="x"/>, <paramref name="y"/>) is set.</summary>
        /// <param name="x">Column, 0 to <see cref="InnerWidth"/> - 1.</param>
        /// <param name="y">Row, 0 to <see cref="Height"/> - 1.</param>
        /// <exception cref="ArgumentOutOfRangeException">The pixel lies outside the glyph.</exception>
        public bool GetPixel(int x, int y)
        {
            if ((uint)x >= (uint)InnerWidth)
            {
                throw new ArgumentOutOfRangeException(nameof(x), x, "Column outside the glyph (inner width " + InnerWidth + ").");
            }

            if ((uint)y >= (uint)Height)
            {
                throw new ArgumentOutOfRangeException(nameof(y), y, "Row outside the glyph (height " + Height + ").");
            }

            return _font.GetBitmapPixel(BitmapX + x, y);
        }
    }
}
