using Ticker.Input;

namespace Ticker.Boards
{
    /// <summary>
    /// The boards Ticker runs on. Every value below is cited in hardware/&lt;id&gt;/README.md; change the README's pin
    /// map together with the profile (a test compares them).
    /// </summary>
    public static class BoardCatalog
    {
        /// <summary>
        /// The board assumed when none is configured: the M5Stack Core has the panel driver in its firmware image,
        /// three buttons and a case.
        /// </summary>
        public const string DefaultId = "m5stack-core";

        /// <summary>The one SPI clock the nanoFramework ESP32 display interface uses.</summary>
        private const int DisplaySpiHz = 40000000;

        private static readonly BoardProfile[] _all = new BoardProfile[]
        {
            CreateTDisplay(),
            CreateWroverKit(),
            CreateM5StackCore(),
            CreateDiyIli9341(),
        };

        /// <summary>A copy of the list of every known board, in documentation order.</summary>
        public static BoardProfile[] All
        {
            get
            {
                BoardProfile[] copy = new BoardProfile[_all.Length];
                for (int i = 0; i < _all.Length; i++)
                {
                    copy[i] = _all[i];
                }

                return copy;
            }
        }

        /// <summary>Number of known boards.</summary>
        public static int Count
        {
            get { return _all.Length; }
        }

        /// <summary>The profile for <see cref="DefaultId"/>.</summary>
        public static BoardProfile Default
        {
            get { return Find(DefaultId); }
        }

        /// <summary>
        /// The board with this id, compared ignoring ASCII case (configuration is typed by people), or null when the
        /// id is null or unknown.
        /// </summary>
        public static BoardProfile Find(string id)
        {
            if (id == null)
            {
                return null;
            }

            for (int i = 0; i < _all.Length; i++)
            {
                if (EqualsIgnoreAsciiCase(_all[i].Id, id))
                {
                    return _all[i];
                }
            }

            return null;
        }

        /// <summary>The known ids separated by ", ", for help and error messages.</summary>
        public static string IdList()
        {
            string list = string.Empty;
            for (int i = 0; i < _all.Length; i++)
            {
                list = i == 0 ? _all[i].Id : list + ", " + _all[i].Id;
            }

            return list;
        }

        private static bool EqualsIgnoreAsciiCase(string a, string b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (LowerAscii(a[i]) != LowerAscii(b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static char LowerAscii(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }

        // LILYGO TTGO-T-Display README and schematic, TFT_eSPI Setup25 and ST7789_Rotation.h (rotation 1, the
        // factory test's landscape): hardware/t-display/README.md.
        private static BoardProfile CreateTDisplay()
        {
            return new BoardProfile(
                id: "t-display",
                name: "LILYGO TTGO T-Display (ESP32, 1.14\" ST7789V 135x240)",
                driver: PanelDriver.St7789,
                panelWidth: 135,
                panelHeight: 240,
                width: 240,
                height: 135,
                rotation: 90,
                offsetX: 40,
                offsetY: 53,
                colorOrderBgr: true,
                invertColors: true,
                landscapeMadctl: 0x68,
                spiBus: 1,
                spiClockHz: DisplaySpiHz,
                pinMosi: 19,
                pinMiso: -1,
                pinClock: 18,
                pinCs: 5,
                pinDc: 16,
                pinReset: 23,
                pinBacklight: 4,
                backlightActiveHigh: true,
                ledPin: -1,
                ledActiveHigh: true,
                suggestedLedPin: 32,
                buttons: new ButtonSpec[]
                {
                    new ButtonSpec(0, ButtonRole.Previous, "BUTTON2", activeLow: true, externalPullUp: false),
                    new ButtonSpec(35, ButtonRole.Next, "BUTTON1", activeLow: true, externalPullUp: true),
                },
                hasPsram: false,
                firmwareImage: "ESP32_GenericDisplay_REV0",
                nativeDisplayDriver: false,
                buzzerPin: 33);
        }

        // Espressif ESP-WROVER-KIT V4.1 getting-started guide (LCD / U5, RGB LED tables) and the ESP-IDF
        // spi_master LCD example (backlight on at level 0): hardware/wrover-kit/README.md.
        private static BoardProfile CreateWroverKit()
        {
            return new BoardProfile(
                id: "wrover-kit",
                name: "Espressif ESP-WROVER-KIT V4.1 (ESP32-WROVER-E, 3.2\" ILI9341 320x240)",
                driver: PanelDriver.Ili9341,
                panelWidth: 240,
                panelHeight: 320,
                width: 320,
                height: 240,
                rotation: 90,
                offsetX: 0,
                offsetY: 0,
                colorOrderBgr: true,
                invertColors: false,
                landscapeMadctl: 0x28,
                spiBus: 1,
                spiClockHz: DisplaySpiHz,
                pinMosi: 23,
                pinMiso: 25,
                pinClock: 19,
                pinCs: 22,
                pinDc: 21,
                pinReset: 18,
                pinBacklight: 5,
                backlightActiveHigh: false,
                ledPin: 2,
                ledActiveHigh: true,
                suggestedLedPin: -1,
                buttons: new ButtonSpec[]
                {
                    new ButtonSpec(0, ButtonRole.Only, "BOOT", activeLow: true, externalPullUp: false),
                },
                hasPsram: true,
                firmwareImage: "ESP_WROVER_KIT",
                nativeDisplayDriver: true);
        }

        // M5Stack BASIC docs (pin map), M5Stack library Config.h, M5-Core-Schematic(20171206) page 4 (buttons with
        // 100k pull-ups), nanoFramework.M5Stack M5Core Screen: hardware/m5stack-core/README.md.
        private static BoardProfile CreateM5StackCore()
        {
            return new BoardProfile(
                id: "m5stack-core",
                name: "M5Stack Core Basic / Gray (ESP32, 2\" ILI9342C 320x240)",
                driver: PanelDriver.Ili9342,
                panelWidth: 320,
                panelHeight: 240,
                width: 320,
                height: 240,
                rotation: 0,
                offsetX: 0,
                offsetY: 0,
                colorOrderBgr: true,
                invertColors: true,
                landscapeMadctl: 0x18,
                spiBus: 1,
                spiClockHz: DisplaySpiHz,
                pinMosi: 23,
                pinMiso: 19,
                pinClock: 18,
                pinCs: 14,
                pinDc: 27,
                pinReset: 33,
                pinBacklight: 32,
                backlightActiveHigh: true,
                ledPin: -1,
                ledActiveHigh: true,
                suggestedLedPin: 26,
                buttons: new ButtonSpec[]
                {
                    new ButtonSpec(39, ButtonRole.Previous, "A", activeLow: true, externalPullUp: true),
                    new ButtonSpec(38, ButtonRole.Next, "B", activeLow: true, externalPullUp: true),
                    new ButtonSpec(37, ButtonRole.Acknowledge, "C", activeLow: true, externalPullUp: true),
                },
                hasPsram: false,
                firmwareImage: "M5Core",
                nativeDisplayDriver: true,
                speakerPin: 25);
        }

        // Our own wiring of an ESP32-DevKitC V4 (WROOM, no PSRAM) to a 2.8" ILI9341 SPI module on the VSPI pins,
        // clear of strapping, flash and PSRAM pins: hardware/diy-ili9341/README.md.
        private static BoardProfile CreateDiyIli9341()
        {
            return new BoardProfile(
                id: "diy-ili9341",
                name: "ESP32-DevKitC V4 + 2.8\" ILI9341 SPI module (DIY, 320x240)",
                driver: PanelDriver.Ili9341,
                panelWidth: 240,
                panelHeight: 320,
                width: 320,
                height: 240,
                rotation: 90,
                offsetX: 0,
                offsetY: 0,
                colorOrderBgr: true,
                invertColors: false,
                landscapeMadctl: 0x28,
                spiBus: 1,
                spiClockHz: DisplaySpiHz,
                pinMosi: 23,
                pinMiso: 19,
                pinClock: 18,
                pinCs: 22,
                pinDc: 21,
                pinReset: 4,
                pinBacklight: 32,
                backlightActiveHigh: true,
                ledPin: 26,
                ledActiveHigh: true,
                suggestedLedPin: -1,
                buttons: new ButtonSpec[]
                {
                    new ButtonSpec(27, ButtonRole.Only, "BTN", activeLow: true, externalPullUp: false),
                },
                hasPsram: false,
                firmwareImage: "ESP32_GenericDisplay_REV0",
                nativeDisplayDriver: false,
                buzzerPin: 25);
        }
    }
}
