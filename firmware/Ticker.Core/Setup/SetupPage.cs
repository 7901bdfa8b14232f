using Ticker.Boards;
using Ticker.Config;

namespace Ticker.Setup
{
    /// <summary>
    /// The setup page the device serves from its access point (and the emulator shows): one small HTML form, no
    /// scripts or external files, with every setting and, next to each field, the problem the validator found with
    /// it (which names the accepted range). Field names are the settings-file keys (<see cref="SetupForm"/>).
    /// </summary>
    public static class SetupPage
    {
        /// <summary>Where the form posts.</summary>
        public const string SavePath = "/save";

        /// <summary>Where the self-test button posts.</summary>
        public const string SelfTestPath = "/selftest";

        private const string Style =
            "body{font-family:sans-serif;max-width:30em;margin:1em auto;padding:0 1em}" +
            "label{display:block;margin-top:.7em;font-weight:bold}" +
            "input,select{width:100%;box-sizing:border-box;padding:.35em}" +
            "input[type=checkbox]{width:auto}" +
            ".err{color:#b00020;display:block}.hint{color:#555;font-size:.9em}" +
            "fieldset{margin-top:1em}button{margin-top:1em;padding:.6em 1.2em}";

        /// <summary>The form filled in with <paramref name="settings"/>; <paramref name="report"/> (may be null) puts
        /// each problem under its field, and problems with no field of their own at the top.</summary>
        public static string Render(DeviceSettings settings, SettingsReport report)
        {
            var html = new PageWriter(7168);
            Head(html, "Ticker setup");
            html.Append("<h1>Ticker setup</h1>");
            if (report != null && !report.IsValid)
            {
                html.Append("<p class=\"err\">").Append(report.Count).Append(report.Count == 1 ? " setting needs" : " settings need")
                    .Append(" attention; nothing was saved.</p>");
                for (int i = 0; i < report.Count; i++)
                {
                    if (!HasField(report[i].Key))
                    {
                        html.Append("<p class=\"err\">").AppendHtml(report[i].Message).Append("</p>");
                    }
                }
            }

            html.Append("<form method=\"post\" action=\"").Append(SavePath).Append("\">");

            html.Append("<fieldset><legend>Wi-Fi</legend>");
            Text(html, report, "wifiSsid", "Network name", settings.WifiSsid, "text", 32, null);
            Text(html, report, "wifiPassword", "Password", "", "password", 63,
                settings.WifiPassword.Length > 0 ? "A password is stored; leave blank to keep it." : "Empty for an open network.");
            html.Append("<label><input type=\"checkbox\" name=\"").Append(SetupForm.OpenNetworkField)
                .Append("\"> Open network (forget the password)</label>");
            html.Append("</fieldset>");

            html.Append("<fieldset><legend>Feed</legend>");
            Text(html, report, "feedUrl", "Feed URL", settings.FeedUrl, "url", 200, "http://host:port or https://...");
            Text(html, report, "feedToken", "Feed token", settings.FeedToken, "text", 128, "Only when the feed asks for one.");
            Text(html, report, "caCertFile", "CA certificate file", settings.CaCertFile, "text", 64, "PEM file on I:\\ for an https feed.");
            Text(html, report, "asset", "Asset", settings.Asset, "text", 10, null);
            Number(html, report, "pollIntervalS", "Seconds between polls", settings.PollIntervalS);
            Select(html, report, "longPoll", "Long-poll", settings.LongPoll ? "true" : "false",
                new string[] { "true", "false" }, new string[] { "yes (alerts within seconds)", "no" });
            html.Append("</fieldset>");

            html.Append("<fieldset><legend>Device</legend>");
            BoardProfile[] boards = BoardCatalog.All;
            string[] ids = new string[boards.Length];
            string[] names = new string[boards.Length];
            for (int i = 0; i < boards.Length; i++)
            {
                ids[i] = boards[i].Id;
                names[i] = boards[i].Name;
            }

            Select(html, report, "boardId", "Board", settings.BoardId, ids, names);
            Select(html, report, "ledAlertLevel", "LED lights from", settings.LedAlertLevel.ToString(),
                new string[] { "1", "2", "3" }, new string[] { "watch", "warning", "cascade" });
            Number(html, report, "brightness", "Brightness (%)", settings.Brightness);
            Number(html, report, "autoRotateS", "Next screen after (s, 0 = never)", settings.AutoRotateS);
            Select(html, report, "palette", "Colours", settings.Palette,
                new string[] { DeviceSettings.PaletteStandard, DeviceSettings.PaletteColorBlind }, new string[] { "standard", "colour-blind safe" });
            Number(html, report, "utcOffsetMinutes", "Local time minus UTC (minutes)", settings.UtcOffsetMinutes);
            Number(html, report, "nightStartHour", "Night starts (hour, -1 = no night mode)", settings.NightStartHour);
            Number(html, report, "nightEndHour", "Night ends (hour)", settings.NightEndHour);
            Select(html, report, "nightLedLevel", "At night the LED lights from", settings.NightLedLevel.ToString(),
                new string[] { "1", "2", "3", "4" }, new string[] { "watch", "warning", "cascade", "never" });
            Select(html, report, "sound", "Sound (speaker or buzzer)", settings.Sound,
                new string[] { DeviceSettings.SoundOff, DeviceSettings.SoundCascade, DeviceSettings.SoundWarning },
                new string[] { "off", "cascades only", "warnings and cascades" });
            html.Append("</fieldset>");

            Panel(html, report, settings);

            html.Append("<button type=\"submit\">Save and restart</button></form>");

            // A second form, so the self-test sends none of the fields above (a button's default type submits its form).
            html.Append("<form method=\"post\" action=\"").Append(SelfTestPath).Append("\"><fieldset><legend>First boot</legend>")
                .Append("<p class=\"hint\">Test picture, LED, sounds and buttons (docs/first-boot.md). Reset leaves it.</p>")
                .Append("<button id=\"selftest\">Restart into the self-test</button></fieldset></form></body></html>");
            return html.ToString();
        }

        /// <summary>The answer to the self-test button.</summary>
        public static string RenderSelfTestStarting()
        {
            var html = new PageWriter(512);
            Head(html, "Ticker: self-test");
            html.Append("<h1>Self-test</h1><p>Ticker restarts into its self-test now. Compare the screen with docs/first-boot.md; ")
                .Append("press reset to leave it.</p></body></html>");
            return html.ToString();
        }

        // The panel overrides: each defaults to the board's value, named in the "board" choice.
        private static void Panel(PageWriter html, SettingsReport report, DeviceSettings settings)
        {
            BoardProfile board = BoardCatalog.Find(settings.BoardId) ?? BoardCatalog.Default;
            html.Append("<fieldset><legend>Panel</legend>");
            Select(html, report, "panelRotation", "Rotation", settings.PanelRotation.ToString(),
                new string[] { "-1", "0", "90", "180", "270" },
                new string[] { "board (" + board.Rotation.ToString() + ")", "0", "90", "180", "270" });
            Number(html, report, "panelOffsetX", "Column offset (-1: board, " + board.OffsetX.ToString() + ")", settings.PanelOffsetX);
            Number(html, report, "panelOffsetY", "Row offset (-1: board, " + board.OffsetY.ToString() + ")", settings.PanelOffsetY);
            Select(html, report, "panelColorOrder", "Colour order", settings.PanelColorOrder,
                new string[] { DeviceSettings.BoardValue, DeviceSettings.ColorOrderRgb, DeviceSettings.ColorOrderBgr },
                new string[] { "board (" + (board.ColorOrderBgr ? "BGR" : "RGB") + ")", "RGB", "BGR" });
            Select(html, report, "panelInversion", "Inversion", settings.PanelInversion,
                new string[] { DeviceSettings.BoardValue, DeviceSettings.InversionOn, DeviceSettings.InversionOff },
                new string[] { "board (" + (board.InvertColors ? "on" : "off") + ")", "on", "off" });
            Select(html, report, "panelMirror", "Mirror left to right", settings.PanelMirror ? "true" : "false",
                new string[] { "false", "true" }, new string[] { "no", "yes" });
            Select(html, report, "backlightActiveLevel", "Backlight on at", settings.BacklightActiveLevel,
                new string[] { DeviceSettings.BoardValue, DeviceSettings.LevelHigh, DeviceSettings.LevelLow },
                new string[] { "board (" + (board.BacklightActiveHigh ? "high" : "low") + ")", "high", "low" });
            html.Append("</fieldset>");
        }

        /// <summary>The answer to a good form: what happens next, and on which network to look for the device.</summary>
        public static string RenderSaved(DeviceSettings settings)
        {
            var html = new PageWriter(1024);
            Head(html, "Ticker: saved");
            html.Append("<h1>Saved</h1><p>Ticker restarts now and joins <b>").AppendHtml(settings.WifiSsid)
                .Append("</b>. Reconnect this phone or computer to your usual network.</p>")
                .Append("<p>If it cannot join, it comes back here: look for its access point again.</p></body></html>");
            return html.ToString();
        }

        private static void Head(PageWriter html, string title)
        {
            html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
                .AppendHtml(title).Append("</title><style>").Append(Style).Append("</style></head><body>");
        }

        // Every key has a field but the form-level one; a key the page does not know is shown at the top.
        private static bool HasField(string key)
        {
            for (int i = 0; i < DeviceSettings.Keys.Length; i++)
            {
                if (DeviceSettings.Keys[i] == key)
                {
                    return true;
                }
            }

            return false;
        }

        private static void Label(PageWriter html, string key, string label)
        {
            html.Append("<label for=\"").Append(key).Append("\">").AppendHtml(label).Append("</label>");
        }

        private static void Text(PageWriter html, SettingsReport report, string key, string label, string value, string type, int maxLength, string hint)
        {
            Label(html, key, label);
            html.Append("<input type=\"").Append(type).Append("\" id=\"").Append(key).Append("\" name=\"").Append(key)
                .Append("\" maxlength=\"").Append(maxLength).Append("\" value=\"").AppendHtml(value).Append("\">");
            if (hint != null)
            {
                html.Append("<span class=\"hint\">").AppendHtml(hint).Append("</span>");
            }

            Problem(html, report, key);
        }

        private static void Number(PageWriter html, SettingsReport report, string key, string label, int value)
        {
            // type=text, not number: a browser would refuse to send a wrong number, and the device's message (with
            // the accepted range) is the one the user should see.
            Label(html, key, label);
            html.Append("<input type=\"text\" inputmode=\"numeric\" id=\"").Append(key).Append("\" name=\"").Append(key)
                .Append("\" maxlength=\"11\" value=\"").Append(value).Append("\">");
            Problem(html, report, key);
        }

        private static void Select(PageWriter html, SettingsReport report, string key, string label, string value, string[] values, string[] names)
        {
            Label(html, key, label);
            html.Append("<select id=\"").Append(key).Append("\" name=\"").Append(key).Append("\">");
            bool found = false;
            for (int i = 0; i < values.Length; i++)
            {
                bool selected = values[i] == value;
                found |= selected;
                Option(html, values[i], names[i], selected);
            }

            if (!found && value != null)
            {
                Option(html, value, value + " (not accepted)", true); // a bad stored value stays visible
            }

            html.Append("</select>");
            Problem(html, report, key);
        }

        private static void Option(PageWriter html, string value, string name, bool selected)
        {
            html.Append("<option value=\"").AppendHtml(value).Append(selected ? "\" selected>" : "\">").AppendHtml(name).Append("</option>");
        }

        private static void Problem(PageWriter html, SettingsReport report, string key)
        {
            SettingsProblem problem = report == null ? null : report.Find(key);
            if (problem != null)
            {
                html.Append("<span class=\"err\" id=\"").Append(key).Append("-error\">").AppendHtml(problem.Message).Append("</span>");
            }
        }
    }
}
