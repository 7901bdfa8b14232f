using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>
    /// Makes text fit a box: the preferred font if it fits, else the next smaller one down to a floor, else the
    /// floor font with the text cut and an ellipsis added. Measures through the surface, so it holds for whatever
    /// fonts the device carries.
    /// </summary>
    public static class TextFit
    {
        /// <summary>The ellipsis added to cut text (the device fonts must contain U+2026).</summary>
        public const string Ellipsis = "\u2026";

        /// <summary>
        /// The text to draw (the same instance when it fits uncut) and, in <paramref name="fontUsed"/>, the font.
        /// Allocates only when the text must be cut.
        /// </summary>
        public static string Fit(Canvas canvas, string text, int font, int minFont, int maxWidth, int maxHeight, out int fontUsed)
        {
            for (int f = font; f >= minFont; f--)
            {
                fontUsed = f;
                if ((canvas.FontHeight(f) <= maxHeight || f == minFont) && canvas.MeasureText(text, f) <= maxWidth)
                {
                    return text;
                }
            }

            fontUsed = minFont;
            for (int keep = text.Length - 1; keep > 0; keep--)
            {
                string cut = text.Substring(0, keep) + Ellipsis;
                if (canvas.MeasureText(cut, minFont) <= maxWidth)
                {
                    return cut;
                }
            }

            return canvas.MeasureText(Ellipsis, minFont) <= maxWidth ? Ellipsis : string.Empty;
        }
    }
}
