using System.Collections;
using Ticker.Config;

namespace Ticker.Setup
{
    /// <summary>
    /// Reads the setup page's form (<see cref="SetupPage"/>) onto a copy of the current settings and validates the
    /// result with the one <see cref="SettingsValidator"/>, so the page, the device and the emulator report the same
    /// problems. Field names are the settings-file keys. A number that is not a number is reported with the
    /// accepted range, like an out-of-range one.
    /// </summary>
    public static class SetupForm
    {
        /// <summary>Report key for problems with the form as a whole (too large, not URL-encoded).</summary>
        public const string FormKey = "form";

        /// <summary>Checkbox that clears the stored password (the page never shows it, and a blank field keeps it).</summary>
        public const string OpenNetworkField = "wifiOpen";

        /// <summary>Parses a body held in a string (the emulator; tests). Characters past 0x7E are rejected as the device would.</summary>
        public static SetupSubmission Parse(string body)
        {
            return Parse(body, new DeviceSettings());
        }

        /// <summary>Parses a body held in a string on top of <paramref name="current"/>.</summary>
        public static SetupSubmission Parse(string body, DeviceSettings current)
        {
            byte[] bytes = new byte[body == null ? 0 : body.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                char c = body[i];
                bytes[i] = c > 0xFF ? (byte)0xFF : (byte)c;
            }

            return Parse(bytes, 0, bytes.Length, current);
        }

        /// <summary>Parses the request body bytes on top of <paramref name="current"/> (not changed).</summary>
        public static SetupSubmission Parse(byte[] body, int offset, int length, DeviceSettings current)
        {
            DeviceSettings settings = Copy(current == null ? new DeviceSettings() : current);
            var decoder = new FormDecoder(body, offset, length);
            bool openNetwork = false;

            // Fields that did not hold a number: the key and the text sent, reported after validation.
            string[] notNumberKeys = new string[DeviceSettings.Keys.Length];
            string[] notNumberText = new string[DeviceSettings.Keys.Length];
            int notNumbers = 0;

            // Problems the validator cannot see (a field twice, a field the page does not have, spaces around a
            // value), reported after its own. The page sends each of its fields once, so anything else is a
            // different page or a hand-made request: refused with the field named, never half applied.
            var formKeys = new ArrayList();
            var formMessages = new ArrayList();
            bool[] seen = new bool[DeviceSettings.Keys.Length + 1];

            while (decoder.Next())
            {
                string name = decoder.Name;
                string value = decoder.Value;
                int field = name == OpenNetworkField ? DeviceSettings.Keys.Length : KeyIndex(name);
                if (field < 0)
                {
                    AddProblem(formKeys, formMessages, FormKey, "'" + name + "' is not a field of this page");
                    continue;
                }

                if (seen[field])
                {
                    AddProblem(formKeys, formMessages, name, "given twice; the form sends each field once");
                    continue;
                }

                seen[field] = true;
                if (HasSpaceAround(value) && name != "wifiSsid" && name != "wifiPassword")
                {
                    // A network's name and password may start or end with a space; no other setting may.
                    AddProblem(formKeys, formMessages, name, "'" + value + "' starts or ends with a space");
                    continue;
                }

                if (name == OpenNetworkField)
                {
                    openNetwork = value == "on" || value == "true";
                }
                else if (!SetText(settings, name, value) && IsIntKey(name))
                {
                    int number;
                    if (TryParseInt(value, out number))
                    {
                        SetInt(settings, name, number);
                    }
                    else if (notNumbers < notNumberKeys.Length)
                    {
                        notNumberKeys[notNumbers] = name;
                        notNumberText[notNumbers] = value;
                        notNumbers++;
                    }
                }
                else if (IsBoolKey(name))
                {
                    if (value == "true" || value == "false")
                    {
                        SetBool(settings, name, value == "true");
                    }
                    else
                    {
                        AddProblem(formKeys, formMessages, name, "'" + value + "' is not true or false");
                    }
                }
            }

            if (openNetwork)
            {
                settings.WifiPassword = "";
            }

            SettingsReport report = SettingsValidator.Validate(settings);
            for (int i = 0; i < notNumbers; i++)
            {
                report.Add(notNumberKeys[i], "'" + notNumberText[i] + "' is not a whole number; " + AcceptedRange(settings, notNumberKeys[i]));
            }

            for (int i = 0; i < formKeys.Count; i++)
            {
                report.Add((string)formKeys[i], (string)formMessages[i]);
            }

            if (decoder.Error != null)
            {
                report.Add(FormKey, decoder.Error);
            }

            return new SetupSubmission(settings, report);
        }

        /// <summary>A field-by-field copy, so a rejected form never changes the settings in use.</summary>
        public static DeviceSettings Copy(DeviceSettings s)
        {
            var copy = new DeviceSettings();
            for (int i = 0; i < DeviceSettings.Keys.Length; i++)
            {
                string key = DeviceSettings.Keys[i];
                if (IsIntKey(key))
                {
                    SetInt(copy, key, GetInt(s, key));
                }
                else if (IsBoolKey(key))
                {
                    SetBool(copy, key, GetBool(s, key));
                }
                else
                {
                    SetText(copy, key, GetText(s, key));
                }
            }

            return copy;
        }

        /// <summary>True for the keys whose value is a whole number.</summary>
        public static bool IsIntKey(string key)
        {
            return key == "pollIntervalS" || key == "ledAlertLevel" || key == "nightStartHour" || key == "nightEndHour" ||
                key == "utcOffsetMinutes" || key == "nightLedLevel" || key == "brightness" || key == "autoRotateS" ||
                key == "panelRotation" || key == "panelOffsetX" || key == "panelOffsetY";
        }

        /// <summary>True for the keys whose value is true or false.</summary>
        public static bool IsBoolKey(string key)
        {
            return key == "longPoll" || key == "panelMirror";
        }

        /// <summary>The value of a true/false key (false for other keys).</summary>
        public static bool GetBool(DeviceSettings s, string key)
        {
            switch (key)
            {
                case "longPoll": return s.LongPoll;
                case "panelMirror": return s.PanelMirror;
                default: return false;
            }
        }

        private static void SetBool(DeviceSettings s, string key, bool value)
        {
            switch (key)
            {
                case "longPoll": s.LongPoll = value; break;
                case "panelMirror": s.PanelMirror = value; break;
            }
        }

        /// <summary>The value of a text key, or null for other keys.</summary>
        public static string GetText(DeviceSettings s, string key)
        {
            switch (key)
            {
                case "wifiSsid": return s.WifiSsid;
                case "wifiPassword": return s.WifiPassword;
                case "feedUrl": return s.FeedUrl;
                case "feedToken": return s.FeedToken;
                case "caCertFile": return s.CaCertFile;
                case "asset": return s.Asset;
                case "boardId": return s.BoardId;
                case "palette": return s.Palette;
                case "panelColorOrder": return s.PanelColorOrder;
                case "panelInversion": return s.PanelInversion;
                case "backlightActiveLevel": return s.BacklightActiveLevel;
                case "sound": return s.Sound;
                default: return null;
            }
        }

        /// <summary>The value of a whole-number key (0 for other keys).</summary>
        public static int GetInt(DeviceSettings s, string key)
        {
            switch (key)
            {
                case "pollIntervalS": return s.PollIntervalS;
                case "ledAlertLevel": return s.LedAlertLevel;
                case "nightStartHour": return s.NightStartHour;
                case "nightEndHour": return s.NightEndHour;
                case "utcOffsetMinutes": return s.UtcOffsetMinutes;
                case "nightLedLevel": return s.NightLedLevel;
                case "brightness": return s.Brightness;
                case "autoRotateS": return s.AutoRotateS;
                case "panelRotation": return s.PanelRotation;
                case "panelOffsetX": return s.PanelOffsetX;
                case "panelOffsetY": return s.PanelOffsetY;
                default: return 0;
            }
        }

        // A blank password keeps the stored one: the page never sends it back to the browser.
        private static bool SetText(DeviceSettings s, string key, string value)
        {
            switch (key)
            {
                case "wifiSsid": s.WifiSsid = value; return true;
                case "wifiPassword":
                    if (value != null && value.Length > 0)
                    {
                        s.WifiPassword = value;
                    }

                    return true;
                case "feedUrl": s.FeedUrl = value; return true;
                case "feedToken": s.FeedToken = value; return true;
                case "caCertFile": s.CaCertFile = value; return true;
                case "asset": s.Asset = value; return true;
                case "boardId": s.BoardId = value; return true;
                case "palette": s.Palette = value; return true;
                case "panelColorOrder": s.PanelColorOrder = value; return true;
                case "panelInversion": s.PanelInversion = value; return true;
                case "backlightActiveLevel": s.BacklightActiveLevel = value; return true;
                case "sound": s.Sound = value; return true;
                default: return false;
            }
        }

        private static void SetInt(DeviceSettings s, string key, int value)
        {
            switch (key)
            {
                case "pollIntervalS": s.PollIntervalS = value; break;
                case "ledAlertLevel": s.LedAlertLevel = value; break;
                case "nightStartHour": s.NightStartHour = value; break;
                case "nightEndHour": s.NightEndHour = value; break;
                case "utcOffsetMinutes": s.UtcOffsetMinutes = value; break;
                case "nightLedLevel": s.NightLedLevel = value; break;
                case "brightness": s.Brightness = value; break;
                case "autoRotateS": s.AutoRotateS = value; break;
                case "panelRotation": s.PanelRotation = value; break;
                case "panelOffsetX": s.PanelOffsetX = value; break;
                case "panelOffsetY": s.PanelOffsetY = value; break;
            }
        }

        // The validator owns the ranges: ask it about an impossible value and keep the "accepted ..." part.
        private static string AcceptedRange(DeviceSettings settings, string key)
        {
            DeviceSettings probe = Copy(settings);
            SetInt(probe, key, int.MinValue);
            SettingsProblem problem = SettingsValidator.Validate(probe).Find(key);
            string message = problem == null ? "" : problem.Message;
            int at = message.IndexOf("accepted");
            return at < 0 ? "a whole number is expected" : message.Substring(at);
        }

        private static void AddProblem(ArrayList keys, ArrayList messages, string key, string message)
        {
            keys.Add(key);
            messages.Add(message);
        }

        private static int KeyIndex(string key)
        {
            for (int i = 0; i < DeviceSettings.Keys.Length; i++)
            {
                if (DeviceSettings.Keys[i] == key)
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool HasSpaceAround(string value)
        {
            return value != null && value.Length > 0 && (value[0] == ' ' || value[value.Length - 1] == ' ');
        }

        /// <summary>An optional '-' then 1 to 9 digits, nothing else (no spaces); false for anything else.</summary>
        public static bool TryParseInt(string text, out int value)
        {
            value = 0;
            int start = 0;
            int end = text.Length;
            bool negative = start < end && text[start] == '-';
            if (negative)
            {
                start++;
            }

            if (start == end || end - start > 9)
            {
                return false;
            }

            int result = 0;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                result = (result * 10) + (c - '0');
            }

            value = negative ? -result : result;
            return true;
        }
    }
}
