namespace Ticker.Fonts
{
    /// <summary>CLR_GFX_FontCharacterRange: a run of consecutive characters stored side by side in the bitmap.</summary>
    /// <param name="IndexOfFirstCharacter">Index in the character table of <paramref name="FirstCharacter"/>.</param>
    /// <param name="FirstCharacter">First UTF-16 code unit of the range.</param>
    /// <param name="LastCharacter">Last UTF-16 code unit of the range (inclusive).</param>
    /// <param name="RangeOffset">X offset of the range's first glyph in the bitmap.</param>
    public readonly record struct TinyFontCharacterRange(
        uint IndexOfFirstCharacter,
        char FirstCharacter,
        char LastCharacter,
        uint RangeOffset)
    {
        /// <summary>Number of characters in the range.</summary>
        public int Count => LastCharacter - FirstCharacter + 1;

        /// <summary>Whether <paramref name="c"/> lies in the range.</summary>
        /// <param name="c">A UTF-16 code unit.</param>
        public bool Contains(char c) => c >= FirstCharacter && c <= LastCharacter;
    }
}
