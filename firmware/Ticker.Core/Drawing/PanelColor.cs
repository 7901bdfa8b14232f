namespace Ticker.Drawing
{
    /// <summary>
    /// Colour changes a panel applies to what it is sent: red and blue swapped (the other subpixel order) and every
    /// channel inverted (display inversion). The device applies them in software where a built-in driver cannot be
    /// told (<see cref="Boards.PanelConfig.SwapRedBlueInSoftware"/>); the emulator uses them to show a wrong setting.
    /// </summary>
    public static class PanelColor
    {
        /// <summary><paramref name="rgb"/> (0xRRGGBB) with red and blue swapped and/or every channel inverted.</summary>
        public static int Apply(int rgb, bool swapRedBlue, bool invert)
        {
            if (swapRedBlue)
            {
                rgb = (rgb & 0x00FF00) | ((rgb >> 16) & 0xFF) | ((rgb & 0xFF) << 16);
            }

            return invert ? (~rgb) & 0xFFFFFF : rgb & 0xFFFFFF;
        }
    }
}
