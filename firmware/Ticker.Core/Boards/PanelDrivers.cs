namespace Ticker.Boards
{
    /// <summary>Text for <see cref="PanelDriver"/> values.</summary>
    public static class PanelDrivers
    {
        /// <summary>
        /// The controller's name as printed on datasheets ("ST7789", "ILI9341", "ILI9342"), or "unknown".
        /// Enum.ToString() prints the number on nanoFramework, so names are spelled out here.
        /// </summary>
        public static string NameOf(PanelDriver driver)
        {
            switch (driver)
            {
                case PanelDriver.St7789:
                    return "ST7789";
                case PanelDriver.Ili9341:
                    return "ILI9341";
                case PanelDriver.Ili9342:
                    return "ILI9342";
                default:
                    return "unknown";
            }
        }

        /// <summary>
        /// Whether the firmware image's built-in driver for <paramref name="driver"/> has an upside-down landscape: its
        /// <c>Landscape180</c> orientation. The built-in ILI9342 driver sends the same MADCTL for <c>Landscape</c> and
        /// <c>Landscape180</c> (nf-interpreter src/nanoFramework.Graphics/Graphics/Displays/ILI9342_320x240_SPI.cpp),
        /// so on that image the picture cannot be turned.
        /// </summary>
        public static bool BuiltInDriverTurns(PanelDriver driver)
        {
            return driver != PanelDriver.Ili9342;
        }

        /// <summary>
        /// The NuGet package holding the managed driver for <paramref name="driver"/>, for boards whose firmware
        /// image has no native driver (the managed driver only acts on a generic-display image).
        /// </summary>
        public static string ManagedPackageOf(PanelDriver driver)
        {
            switch (driver)
            {
                case PanelDriver.St7789:
                    return "nanoFramework.Graphics.St7789";
                case PanelDriver.Ili9341:
                    return "nanoFramework.Graphics.Ili9341";
                case PanelDriver.Ili9342:
                    return "nanoFramework.Graphics.Ili9342";
                default:
                    return "unknown";
            }
        }
    }
}
