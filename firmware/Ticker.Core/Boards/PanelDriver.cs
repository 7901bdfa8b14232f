namespace Ticker.Boards
{
    /// <summary>
    /// The display controller chip on a board. It decides which nanoFramework driver draws the screen: one built
    /// into the firmware image, or a managed <c>nanoFramework.Graphics.*</c> driver package on a generic-display image.
    /// </summary>
    public enum PanelDriver
    {
        /// <summary>Sitronix ST7789 / ST7789V (LILYGO T-Display).</summary>
        St7789 = 0,

        /// <summary>Ilitek ILI9341, natively 240x320 portrait (ESP-WROVER-KIT, 2.8" SPI modules).</summary>
        Ili9341 = 1,

        /// <summary>Ilitek ILI9342C, natively 320x240 landscape (M5Stack Core Basic / Gray).</summary>
        Ili9342 = 2,
    }
}
