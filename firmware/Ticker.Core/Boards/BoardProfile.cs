namespace Ticker.Boards
{
    /// <summary>
    /// Everything the firmware needs to know about one board: the panel, its SPI wiring, the LED, the buttons and
    /// the nanoFramework image to flash. Pure data, cited pin by pin in hardware/&lt;id&gt;/README.md; a test checks
    /// that every pin here appears in that README's pin map and nowhere else in it.
    /// A pin number of -1 means "not connected".
    /// </summary>
    public sealed class BoardProfile
    {
        /// <summary>
        /// Largest graphics buffer, in bytes, that a board without PSRAM should ask for: the buffer is taken from
        /// the same internal RAM that Wi-Fi and TLS need (see <see cref="StripeRows"/>).
        /// </summary>
        public const int MaxStripeBytes = 32768;

        /// <summary>Bytes per pixel in the panel's 16-bit (RGB565) mode.</summary>
        public const int BytesPerPixel = 2;

        /// <summary>Creates a board profile. Boards are defined once, in <see cref="BoardCatalog"/>.</summary>
        public BoardProfile(
            string id,
            string name,
            PanelDriver driver,
            int panelWidth,
            int panelHeight,
            int width,
            int height,
            int rotation,
            int offsetX,
            int offsetY,
            bool colorOrderBgr,
            bool invertColors,
            int landscapeMadctl,
            int spiBus,
            int spiClockHz,
            int pinMosi,
            int pinMiso,
            int pinClock,
            int pinCs,
            int pinDc,
            int pinReset,
            int pinBacklight,
            bool backlightActiveHigh,
            int ledPin,
            bool ledActiveHigh,
            int suggestedLedPin,
            ButtonSpec[] buttons,
            bool hasPsram,
            string firmwareImage,
            bool nativeDisplayDriver,
            int speakerPin = -1,
            int buzzerPin = -1)
        {
            Id = id;
            Name = name;
            Driver = driver;
            PanelWidth = panelWidth;
            PanelHeight = panelHeight;
            Width = width;
            Height = height;
            Rotation = rotation;
            OffsetX = offsetX;
            OffsetY = offsetY;
            ColorOrderBgr = colorOrderBgr;
            InvertColors = invertColors;
            LandscapeMadctl = landscapeMadctl;
            SpiBus = spiBus;
            SpiClockHz = spiClockHz;
            PinMosi = pinMosi;
            PinMiso = pinMiso;
            PinClock = pinClock;
            PinCs = pinCs;
            PinDc = pinDc;
            PinReset = pinReset;
            PinBacklight = pinBacklight;
            BacklightActiveHigh = backlightActiveHigh;
            LedPin = ledPin;
            LedActiveHigh = ledActiveHigh;
            SuggestedLedPin = suggestedLedPin;
            Buttons = buttons;
            HasPsram = hasPsram;
            FirmwareImage = firmwareImage;
            NativeDisplayDriver = nativeDisplayDriver;
            SpeakerPin = speakerPin;
            BuzzerPin = buzzerPin;
        }

        /// <summary>The board's own speaker (through its amplifier), or -1.</summary>
        public int SpeakerPin { get; }

        /// <summary>
        /// Where a passive piezo buzzer is wired (or may be: it is optional, like the suggested LED), or -1. Used only
        /// when the board has no speaker.
        /// </summary>
        public int BuzzerPin { get; }

        /// <summary>The pin the alert sounds are played on: the speaker, else the buzzer; -1 for none.</summary>
        public int SoundPin
        {
            get { return SpeakerPin >= 0 ? SpeakerPin : BuzzerPin; }
        }

        /// <summary>Short lower-case id used in configuration and in the hardware/ folder name, e.g. "t-display".</summary>
        public string Id { get; }

        /// <summary>Human-readable board name.</summary>
        public string Name { get; }

        /// <summary>The display controller.</summary>
        public PanelDriver Driver { get; }

        /// <summary>Panel width in the controller's native (unrotated) orientation, in pixels.</summary>
        public int PanelWidth { get; }

        /// <summary>Panel height in the controller's native (unrotated) orientation, in pixels.</summary>
        public int PanelHeight { get; }

        /// <summary>Width of the frame the app draws (landscape): 240 or 320.</summary>
        public int Width { get; }

        /// <summary>Height of the frame the app draws (landscape): 135 or 240.</summary>
        public int Height { get; }

        /// <summary>
        /// Quarter-turn, in degrees, from the panel's native frame to the drawn frame: 0 when they match, 90 when
        /// width and height swap. The exact controller setting is <see cref="LandscapeMadctl"/>.
        /// </summary>
        public int Rotation { get; }

        /// <summary>
        /// Column offset of the visible window in controller RAM, in the drawn orientation. Non-zero only for the
        /// ST7789 135x240 panel, whose glass shows a window of the controller's 240x320 memory.
        /// </summary>
        public int OffsetX { get; }

        /// <summary>Row offset of the visible window in controller RAM, in the drawn orientation.</summary>
        public int OffsetY { get; }

        /// <summary>True when the panel expects blue-green-red subpixel order (MADCTL BGR bit set).</summary>
        public bool ColorOrderBgr { get; }

        /// <summary>True when the controller must be put in display-inversion mode (INVON, 0x21) for correct colours.</summary>
        public bool InvertColors { get; }

        /// <summary>
        /// Memory Access Control (MADCTL, 0x36) value that gives the drawn landscape frame, as the board's sources use
        /// it (MY 0x80, MX 0x40, MV 0x20, ML 0x10, BGR 0x08). Managed drivers whose landscape setting differs must be
        /// given this value.
        /// </summary>
        public int LandscapeMadctl { get; }

        /// <summary>nanoFramework SPI bus number for the panel (SpiConfiguration's spiBus).</summary>
        public int SpiBus { get; }

        /// <summary>SPI clock, in hertz. The nanoFramework ESP32 display interface fixes it at 40 MHz.</summary>
        public int SpiClockHz { get; }

        /// <summary>Panel data in (MOSI / SDA / SDI).</summary>
        public int PinMosi { get; }

        /// <summary>SPI MISO on the panel's bus, or -1 when the board wires none.</summary>
        public int PinMiso { get; }

        /// <summary>SPI clock (SCK / SCL).</summary>
        public int PinClock { get; }

        /// <summary>Panel chip select.</summary>
        public int PinCs { get; }

        /// <summary>Panel data/command select.</summary>
        public int PinDc { get; }

        /// <summary>Panel reset, or -1 when it is tied to the board reset.</summary>
        public int PinReset { get; }

        /// <summary>Backlight control, or -1 when the backlight is always on.</summary>
        public int PinBacklight { get; }

        /// <summary>True when driving <see cref="PinBacklight"/> high turns the backlight on.</summary>
        public bool BacklightActiveHigh { get; }

        /// <summary>User LED, or -1 when the board has none (see <see cref="SuggestedLedPin"/>).</summary>
        public int LedPin { get; }

        /// <summary>True when driving the LED pin high lights it (also applies to the suggested DIY wiring).</summary>
        public bool LedActiveHigh { get; }

        /// <summary>
        /// Where to wire an LED (with a series resistor to ground) on a board without one; -1 when
        /// <see cref="LedPin"/> is set.
        /// </summary>
        public int SuggestedLedPin { get; }

        /// <summary>The board's user buttons, at least one. Treat as read-only.</summary>
        public ButtonSpec[] Buttons { get; }

        /// <summary>True when the module has PSRAM that the firmware image uses (large managed heap, full-frame buffers).</summary>
        public bool HasPsram { get; }

        /// <summary>The nanoff target name: <c>nanoff --target &lt;FirmwareImage&gt; --serialport &lt;PORT&gt; --update</c>.</summary>
        public string FirmwareImage { get; }

        /// <summary>
        /// True when the firmware image has this panel's driver built in; false when the image is a generic-display one
        /// and the managed driver package (<see cref="PanelDrivers.ManagedPackageOf"/>) must be used.
        /// </summary>
        public bool NativeDisplayDriver { get; }

        /// <summary>True when the board has a user LED of its own.</summary>
        public bool HasLed
        {
            get { return LedPin >= 0; }
        }

        /// <summary>Bytes of a full-frame graphics buffer: Width x Height x 2.</summary>
        public int FullFrameBytes
        {
            get { return Width * Height * BytesPerPixel; }
        }

        /// <summary>
        /// Rows in the tallest full-width stripe that fits in <see cref="MaxStripeBytes"/> (never more than
        /// <see cref="Height"/>): 51 rows at 320 wide, 68 rows at 240 wide.
        /// </summary>
        public int StripeRows
        {
            get
            {
                int rows = MaxStripeBytes / (Width * BytesPerPixel);
                return rows < Height ? rows : Height;
            }
        }
    }
}
