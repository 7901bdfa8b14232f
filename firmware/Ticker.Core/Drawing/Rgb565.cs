namespace Ticker.Drawing
{
    /// <summary>
    /// Colour arithmetic on 0xRRGGBB ints: the panel's 16-bit form, and the grey a stale screen is drawn in.
    /// </summary>
    public static class Rgb565
    {
        /// <summary>The panel's RGB565 word: top 5 bits of red, 6 of green, 5 of blue (a Bitmap does this itself).</summary>
        public static int From(int rgb)
        {
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int b = rgb & 0xFF;
            return ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3);
        }

        /// <summary>Back to 0xRRGGBB, high bits copied into the low ones so white stays 0xFFFFFF.</summary>
        public static int ToRgb(int rgb565)
        {
            int r = (rgb565 >> 11) & 0x1F;
            int g = (rgb565 >> 5) & 0x3F;
            int b = rgb565 & 0x1F;
            return (((r << 3) | (r >> 2)) << 16) | (((g << 2) | (g >> 4)) << 8) | ((b << 3) | (b >> 2));
        }

        /// <summary>
        /// The colour as a dimmed grey of the same lightness (luma 0.30/0.59/0.11, then halved towards the background):
        /// stale data keeps its layout but visibly loses its colour.
        /// </summary>
        public static int Greyed(int rgb)
        {
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int b = rgb & 0xFF;
            int luma = ((r * 30) + (g * 59) + (b * 11)) / 100;
            int grey = 0x30 + (luma / 3);
            return (grey << 16) | (grey << 8) | grey;
        }
    }
}
