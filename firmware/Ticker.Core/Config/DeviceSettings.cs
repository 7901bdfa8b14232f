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

        /// <summary>Every key the settings file may hold, for reporting unknown (misspelt) keys.</summary>
        public static readonly string[] Keys =
        {
            "wifiSsid", "wifiPassword", "feedUrl", "feedToken", "caCertFile", "asset", "pollIntervalS", "longPoll",
            "ledAlertLevel", "nightStartHour", "nightEndHour", "utcOffsetMinutes", "nightLedLevel", "brightness",
            "autoRotateS", "boardId", "palette",
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
    }
}
