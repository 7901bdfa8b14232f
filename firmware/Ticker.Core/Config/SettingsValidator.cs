using Ticker.Boards;

namespace Ticker.Config
{
    /// <summary>
    /// The one validation of <see cref="DeviceSettings"/>, shared by the device, the emulator and the setup page.
    /// Each problem names the settings-file key and the accepted range. With <c>repair</c> the bad values are
    /// replaced by their defaults, so a device with one typo in its file still boots and says what it ignored.
    /// </summary>
    public static class SettingsValidator
    {
        public const int MinPollIntervalS = 5;
        public const int MaxPollIntervalS = 300;
        public const int MinAutoRotateS = 5;
        public const int MaxAutoRotateS = 3600;

        /// <summary>Largest window offset accepted: an ST7789's 240x320 memory shows a 240x240 glass 80 rows down.</summary>
        public const int MaxPanelOffset = 80;

        public static SettingsReport Validate(DeviceSettings settings)
        {
            return Check(settings, false);
        }

        /// <summary>Validates and resets every bad value to its default; the report says what was replaced.</summary>
        public static SettingsReport ValidateAndRepair(DeviceSettings settings)
        {
            return Check(settings, true);
        }

        private static SettingsReport Check(DeviceSettings s, bool repair)
        {
            var defaults = new DeviceSettings();
            var report = new SettingsReport();
            string used = repair ? " (default used)" : "";

            if (s.WifiSsid == null || s.WifiSsid.Length > 32)
            {
                report.Add("wifiSsid", "must be at most 32 characters (empty: set up Wi-Fi on the device)" + used);
                if (repair)
                {
                    s.WifiSsid = defaults.WifiSsid;
                }
            }

            s.WifiSsid = JsonReadable(report, "wifiSsid", s.WifiSsid, defaults.WifiSsid, repair);

            if (s.WifiPassword == null || (s.WifiPassword.Length != 0 && (s.WifiPassword.Length < 8 || s.WifiPassword.Length > 63)))
            {
                report.Add("wifiPassword", "must be empty (open network) or 8 to 63 characters" + used);
                if (repair)
                {
                    s.WifiPassword = defaults.WifiPassword;
                }
            }

            s.WifiPassword = JsonReadable(report, "wifiPassword", s.WifiPassword, defaults.WifiPassword, repair);

            string host;
            int port;
            bool https;
            if (!FeedAddress.TryParse(s.FeedUrl, out host, out port, out https))
            {
                report.Add("feedUrl", Quote(s.FeedUrl) + " is not an http:// or https:// URL with a host (at most 200 characters)" + (repair ? "; default " + defaults.FeedUrl + " used" : ""));
                if (repair)
                {
                    s.FeedUrl = defaults.FeedUrl;
                }
            }

            s.FeedUrl = JsonReadable(report, "feedUrl", s.FeedUrl, defaults.FeedUrl, repair);

            if (s.FeedToken == null || s.FeedToken.Length > 128 || !IsVisibleAscii(s.FeedToken))
            {
                report.Add("feedToken", "must be at most 128 visible ASCII characters, no spaces" + used);
                if (repair)
                {
                    s.FeedToken = defaults.FeedToken;
                }
            }

            s.FeedToken = JsonReadable(report, "feedToken", s.FeedToken, defaults.FeedToken, repair);

            if (s.CaCertFile == null || s.CaCertFile.Length > 64)
            {
                report.Add("caCertFile", "must be a file name of at most 64 characters" + used);
                if (repair)
                {
                    s.CaCertFile = defaults.CaCertFile;
                }
            }

            s.CaCertFile = JsonReadable(report, "caCertFile", s.CaCertFile, defaults.CaCertFile, repair);

            if (!IsAssetSymbol(s.Asset))
            {
                report.Add("asset", Quote(s.Asset) + " is not an asset symbol; accepted 2 to 10 capital letters or digits, e.g. BTC" + used);
                if (repair)
                {
                    s.Asset = defaults.Asset;
                }
            }

            if (OutOfRange(report, "pollIntervalS", s.PollIntervalS, MinPollIntervalS, MaxPollIntervalS, defaults.PollIntervalS, repair))
            {
                s.PollIntervalS = defaults.PollIntervalS;
            }

            if (OutOfRange(report, "ledAlertLevel", s.LedAlertLevel, 1, 3, defaults.LedAlertLevel, repair))
            {
                s.LedAlertLevel = defaults.LedAlertLevel;
            }

            if (OutOfRange(report, "nightStartHour", s.NightStartHour, -1, 23, defaults.NightStartHour, repair))
            {
                s.NightStartHour = defaults.NightStartHour;
            }

            if (OutOfRange(report, "nightEndHour", s.NightEndHour, 0, 23, defaults.NightEndHour, repair))
            {
                s.NightEndHour = defaults.NightEndHour;
            }

            if (OutOfRange(report, "utcOffsetMinutes", s.UtcOffsetMinutes, -720, 840, defaults.UtcOffsetMinutes, repair))
            {
                s.UtcOffsetMinutes = defaults.UtcOffsetMinutes;
            }

            if (OutOfRange(report, "nightLedLevel", s.NightLedLevel, 1, 4, defaults.NightLedLevel, repair))
            {
                s.NightLedLevel = defaults.NightLedLevel;
            }

            if (OutOfRange(report, "brightness", s.Brightness, 0, 100, defaults.Brightness, repair))
            {
                s.Brightness = defaults.Brightness;
            }

            if (s.AutoRotateS != 0 && (s.AutoRotateS < MinAutoRotateS || s.AutoRotateS > MaxAutoRotateS))
            {
                report.Add("autoRotateS", s.AutoRotateS.ToString() + " is out of range; accepted 0 (off) or 5 to 3600" + used);
                if (repair)
                {
                    s.AutoRotateS = defaults.AutoRotateS;
                }
            }

            if (s.BoardId == null || BoardCatalog.Find(s.BoardId) == null)
            {
                report.Add("boardId", Quote(s.BoardId) + " is not a supported board; accepted " + BoardCatalog.IdList() + used);
                if (repair)
                {
                    s.BoardId = defaults.BoardId;
                }
            }

            if (s.Palette != DeviceSettings.PaletteStandard && s.Palette != DeviceSettings.PaletteColorBlind)
            {
                report.Add("palette", Quote(s.Palette) + " is not a palette; accepted standard, colorblind" + used);
                if (repair)
                {
                    s.Palette = defaults.Palette;
                }
            }

            CheckPanel(report, s, defaults, repair, used);

            if (!IsOneOf(s.Sound, DeviceSettings.SoundOff, DeviceSettings.SoundCascade, DeviceSettings.SoundWarning))
            {
                report.Add("sound", Quote(s.Sound) + " is not a sound setting; accepted off, cascade (cascades only), warning (warnings and cascades)" + used);
                if (repair)
                {
                    s.Sound = defaults.Sound;
                }
            }

            return report;
        }

        // The panel overrides. Rotation must keep the board's frame landscape (the screens are drawn for it), and a
        // mirror needs a managed driver: a firmware image's built-in driver owns the controller's scan direction (and
        // the built-in ILI9342 driver has no upside-down landscape).
        private static void CheckPanel(SettingsReport report, DeviceSettings s, DeviceSettings defaults, bool repair, string used)
        {
            BoardProfile board = BoardCatalog.Find(s.BoardId) ?? BoardCatalog.Default;
            int r = s.PanelRotation;
            if (r != DeviceSettings.BoardNumber)
            {
                int other = (board.Rotation + 180) % 360;
                bool turns = !board.NativeDisplayDriver || PanelDrivers.BuiltInDriverTurns(board.Driver);
                string accepted = turns
                    ? "; accepted -1 (the board's " + board.Rotation.ToString() + "), " + Lower(board.Rotation, other).ToString() + " or " + Higher(board.Rotation, other).ToString()
                    : "; accepted -1 (the board's " + board.Rotation.ToString() + ") or " + board.Rotation.ToString();
                if (r != 0 && r != 90 && r != 180 && r != 270)
                {
                    report.Add("panelRotation", r.ToString() + " is not a quarter turn" + accepted + used);
                    if (repair)
                    {
                        s.PanelRotation = defaults.PanelRotation;
                    }
                }
                else if (r != board.Rotation && r != other)
                {
                    report.Add("panelRotation", r.ToString() + " would turn the " + board.Id + "'s panel to portrait" + accepted + used);
                    if (repair)
                    {
                        s.PanelRotation = defaults.PanelRotation;
                    }
                }
                else if (r == other && !turns)
                {
                    report.Add("panelRotation", r.ToString() + ": the " + board.Id + "'s firmware image (" + board.FirmwareImage + ") drives the panel with its built-in driver, which cannot turn it upside down" + accepted + used);
                    if (repair)
                    {
                        s.PanelRotation = defaults.PanelRotation;
                    }
                }
            }

            if (OutOfRange(report, "panelOffsetX", s.PanelOffsetX, DeviceSettings.BoardNumber, MaxPanelOffset, defaults.PanelOffsetX, repair))
            {
                s.PanelOffsetX = defaults.PanelOffsetX;
            }

            if (OutOfRange(report, "panelOffsetY", s.PanelOffsetY, DeviceSettings.BoardNumber, MaxPanelOffset, defaults.PanelOffsetY, repair))
            {
                s.PanelOffsetY = defaults.PanelOffsetY;
            }

            if (!IsOneOf(s.PanelColorOrder, DeviceSettings.BoardValue, DeviceSettings.ColorOrderRgb, DeviceSettings.ColorOrderBgr))
            {
                report.Add("panelColorOrder", Quote(s.PanelColorOrder) + " is not a colour order; accepted board (" + (board.ColorOrderBgr ? "bgr" : "rgb") + "), rgb, bgr" + used);
                if (repair)
                {
                    s.PanelColorOrder = defaults.PanelColorOrder;
                }
            }

            if (!IsOneOf(s.PanelInversion, DeviceSettings.BoardValue, DeviceSettings.InversionOn, DeviceSettings.InversionOff))
            {
                report.Add("panelInversion", Quote(s.PanelInversion) + " is not an inversion setting; accepted board (" + (board.InvertColors ? "on" : "off") + "), on, off" + used);
                if (repair)
                {
                    s.PanelInversion = defaults.PanelInversion;
                }
            }

            if (s.PanelMirror && board.NativeDisplayDriver)
            {
                report.Add("panelMirror", "the " + board.Id + "'s firmware image (" + board.FirmwareImage + ") drives the panel with its built-in driver, which cannot mirror; accepted false on this board" + used);
                if (repair)
                {
                    s.PanelMirror = defaults.PanelMirror;
                }
            }

            if (!IsOneOf(s.BacklightActiveLevel, DeviceSettings.BoardValue, DeviceSettings.LevelHigh, DeviceSettings.LevelLow))
            {
                report.Add("backlightActiveLevel", Quote(s.BacklightActiveLevel) + " is not a pin level; accepted board (" + (board.BacklightActiveHigh ? "high" : "low") + "), high, low" + used);
                if (repair)
                {
                    s.BacklightActiveLevel = defaults.BacklightActiveLevel;
                }
            }
        }

        private static bool IsOneOf(string value, string a, string b, string c)
        {
            return value != null && (value == a || value == b || value == c);
        }

        private static int Lower(int a, int b)
        {
            return a < b ? a : b;
        }

        private static int Higher(int a, int b)
        {
            return a > b ? a : b;
        }

        // Returns true when the caller should put the default back (out of range and repairing).
        private static bool OutOfRange(SettingsReport report, string key, int value, int min, int max, int fallback, bool repair)
        {
            if (value >= min && value <= max)
            {
                return false;
            }

            report.Add(key, value.ToString() + " is out of range; accepted " + min.ToString() + " to " + max.ToString() +
                (repair ? " (default " + fallback.ToString() + " used)" : ""));
            return repair;
        }

        // nanoFramework.Json 2.2, which reads the settings file on the device, unescapes string values a second time
        // (its StringConverter): a backslash followed by a character that is not an escape throws (and the whole file
        // is ignored), control characters and a trailing double quote come back cut ("pass\"" is read as "ass").
        // Such values are refused here, so the file the device reads back is the one that was written.
        private static string JsonReadable(SettingsReport report, string key, string value, string fallback, bool repair)
        {
            if (value == null || IsJsonReadable(value))
            {
                return value;
            }

            report.Add(key, "must not contain a backslash (\\) or control characters, nor end with a double quote (\"): the device's JSON reader misreads them" + (repair ? " (default used)" : ""));
            return repair ? fallback : value;
        }

        private static bool IsJsonReadable(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '\\' || c < ' ' || c == (char)0x7F)
                {
                    return false;
                }
            }

            return value.Length == 0 || value[value.Length - 1] != '"';
        }

        private static string Quote(string value)
        {
            return value == null ? "null" : "'" + value + "'";
        }

        private static bool IsVisibleAscii(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] <= ' ' || s[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAssetSymbol(string s)
        {
            if (s == null || s.Length < 2 || s.Length > 10)
            {
                return false;
            }

            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
