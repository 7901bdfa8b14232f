namespace Ticker.Config
{
    /// <summary>
    /// The device's settings, as stored in the settings file (<c>I:\ticker.json</c> on the device). JSON keys are the
    /// property names in camelCase (<c>pollIntervalS</c>); both the device (nanoFramework.Json) and the emulator
    /// (System.Text.Json) map them case-insensitively onto this class, then call <see cref="SettingsValidator"/>.
    /// A new instance holds the defaults, so keys absent from the file keep them.
    /// </summary>
    public sealed class DeviceSettings
    {
        public const string DefaultFeedUrl = "http://ticker.local:5080";
        public const string DefaultBoardId = Boards.BoardCatalog.DefaultId;
        public const string PaletteStandard = "standard";
        public const string PaletteColorBlind = "colorblind";

        /// <summary>The value of a panel setting that keeps what the board profile says (hardware/&lt;board&gt;/README.md).</summary>
        public const string BoardValue = "board";

        /// <summary>Rotation or offset value that keeps the board profile's.</summary>
        public const int BoardNumber = -1;

        public const string ColorOrderRgb = "rgb";
        public const string ColorOrderBgr = "bgr";
        public const string InversionOn = "on";
        public const string InversionOff = "off";
        public const string LevelHigh = "high";
        public const string LevelLow = "low";

        /// <summary><c>sound</c>: silent.</summary>
        public const string SoundOff = "off";

        /// <summary><c>sound</c>: only a liquidation cascade sounds.</summary>
        public const string SoundCascade = "cascade";

        /// <summary><c>sound</c>: a warning sounds, and a cascade.</summary>
        public const string SoundWarning = "warning";

        /// <summary>Every key the settings file may hold, for reporting unknown (misspelt) keys.</summary>
        public static readonly string[] Keys =
        {
            "wifiSsid", "wifiPassword", "feedUrl", "feedToken", "caCertFile", "asset", "pollIntervalS", "longPoll",
            "ledAlertLevel", "nightStartHour", "nightEndHour", "utcOffsetMinutes", "nightLedLevel", "brightness",
            "autoRotateS", "boardId", "palette", "panelRotation", "panelOffsetX", "panelOffsetY", "panelColorOrder",
            "panelInversion", "panelMirror", "backlightActiveLevel", "sound",
        };

        /// <summary>Wi-Fi network name; empty means "not configured": the device starts in setup mode.</summary>
        public string WifiSsid { get; set; } = "";

        public string WifiPassword { get; set; } = "";

        /// <summary>Base URL of the feed (<c>http://host:port</c> or <c>https://...</c>); the app appends <c>/v1/snapshot</c>.</summary>
        public string FeedUrl { get; set; } = DefaultFeedUrl;

        /// <summary>Bearer token the feed asks devices for; empty for none.</summary>
        public string FeedToken { get; set; } = "";

        /// <summary>PEM file on the device's <c>I:\</c> drive with the CA that signed the feed's certificate (https only).</summary>
        public string CaCertFile { get; set; } = "";

        public string Asset { get; set; } = "BTC";

        /// <summary>Seconds between polls when the feed does not long-poll; also the unit of the STALE rule.</summary>
        public int PollIntervalS { get; set; } = 10;

        /// <summary>Use the feed's long-poll (<c>wait=</c>) when it offers one: alerts arrive within a second or two.</summary>
        public bool LongPoll { get; set; } = true;

        /// <summary>Lowest alert level that lights the LED: 1 watch, 2 warning, 3 cascade.</summary>
        public int LedAlertLevel { get; set; } = 1;

        /// <summary>Local hour night mode starts (0-23), or -1 for no night mode.</summary>
        public int NightStartHour { get; set; } = -1;

        /// <summary>Local hour night mode ends (0-23).</summary>
        public int NightEndHour { get; set; } = 7;

        /// <summary>Offset of local time from UTC in minutes (-720 to 840), for the night hours.</summary>
        public int UtcOffsetMinutes { get; set; }

        /// <summary>Lowest alert level that may light the LED at night (1-3), or 4 for a dark LED all night.</summary>
        public int NightLedLevel { get; set; } = 3;

        /// <summary>Backlight brightness in percent (0-100).</summary>
        public int Brightness { get; set; } = 80;

        /// <summary>Seconds before the next screen shows by itself (5-3600), or 0 to stay on the chosen screen.</summary>
        public int AutoRotateS { get; set; }

        /// <summary>Which board this is (see hardware/); decides pins, panel and buttons.</summary>
        public string BoardId { get; set; } = DefaultBoardId;

        /// <summary><c>standard</c>, or <c>colorblind</c> for a palette that does not rely on red against green.</summary>
        public string Palette { get; set; } = PaletteStandard;
    
        /// <summary>
        /// Quarter-turn of the panel, as <see cref="Boards.BoardProfile.Rotation"/>: 0, 90, 180 or 270, and only the two
        /// that keep the board's frame landscape; -1 keeps the board's. 180 degrees from the board's turns the picture
        /// upside down.
        /// </summary>
        public int PanelRotation { get; set; } = BoardNumber;

        /// <summary>Column offset of the visible window in controller memory (0-80), or -1 for the board's.</summary>
        public int PanelOffsetX { get; set; } = BoardNumber;

        /// <summary>Row offset of the visible window in controller memory (0-80), or -1 for the board's.</summary>
        public int PanelOffsetY { get; set; } = BoardNumber;

        /// <summary><c>rgb</c> or <c>bgr</c> subpixel order, or <c>board</c>.</summary>
        public string PanelColorOrder { get; set; } = BoardValue;

        /// <summary><c>on</c> or <c>off</c> (display inversion, INVON), or <c>board</c>.</summary>
        public string PanelInversion { get; set; } = BoardValue;

        /// <summary>Flips the picture left to right (the controller's column order), for a panel mounted mirrored.</summary>
        public bool PanelMirror { get; set; }

        /// <summary><c>high</c> or <c>low</c>: the level of the backlight pin that lights the panel, or <c>board</c>.</summary>
        public string BacklightActiveLevel { get; set; } = BoardValue;

        /// <summary>
        /// Which alerts sound on a board with a speaker or buzzer: <c>off</c>, <c>cascade</c> (cascades only) or
        /// <c>warning</c> (warnings and cascades).
        /// </summary>
        public string Sound { get; set; } = SoundCascade;
    }
}
