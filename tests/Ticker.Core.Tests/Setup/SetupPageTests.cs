using System;
using System.Linq;
using System.Text.RegularExpressions;
using Ticker.Config;
using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Setup
{
    public class SetupPageTests
    {
        private static DeviceSettings Filled() => new()
        {
            WifiSsid = "desk \"wifi\" <5G>", WifiPassword = "correct horse", FeedUrl = "https://feed.example:8443/ticker", FeedToken = "tok-123",
            CaCertFile = "ca.pem", Asset = "ETH", PollIntervalS = 20, LongPoll = false, LedAlertLevel = 2, NightStartHour = 23,
            NightEndHour = 6, UtcOffsetMinutes = 60, NightLedLevel = 4, Brightness = 55, AutoRotateS = 30, BoardId = "wrover-kit",
            Palette = "colorblind",
        };

        [Fact]
        public void Submitting_the_page_unchanged_gives_back_the_same_settings()
        {
            var settings = Filled();
            string html = SetupPage.Render(settings, null);

            var result = SetupForm.Parse(BrowserForm.Submit(html), settings);

            Assert.True(result.IsValid);
            Assert.Equal(SettingsJson.Write(settings), SettingsJson.Write(result.Settings));
        }

        [Fact]
        public void Every_setting_has_a_field_named_by_its_key()
        {
            var names = BrowserForm.Fields(SetupPage.Render(new DeviceSettings(), null)).Select(f => f.Key).ToHashSet();

            Assert.All(DeviceSettings.Keys, k => Assert.Contains(k, names));
        }

        [Fact]
        public void The_password_is_never_sent_to_the_browser_and_values_are_escaped()
        {
            string html = SetupPage.Render(Filled(), null);

            Assert.DoesNotContain("correct horse", html, StringComparison.Ordinal);
            Assert.Contains("value=\"desk &quot;wifi&quot; &lt;5G&gt;\"", html, StringComparison.Ordinal);
            Assert.Contains("A password is stored", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Each_problem_is_shown_right_after_its_field()
        {
            var result = SetupForm.Parse("pollIntervalS=3&boardId=uno&wifiPassword=short");
            string html = SetupPage.Render(result.Settings, result.Report);

            foreach (string key in new[] { "pollIntervalS", "boardId", "wifiPassword" })
            {
                string message = result.Report.Find(key)!.Message;
                var field = Regex.Match(html, $"<(input|select) [^>]*id=\"{key}\"");
                var error = Regex.Match(html, $"<span class=\"err\" id=\"{key}-error\">(?<m>[^<]*)</span>");
                Assert.True(field.Success && error.Success, key);
                Assert.Equal(message, System.Net.WebUtility.HtmlDecode(error.Groups["m"].Value));
                var nextField = Regex.Match(html[(field.Index + 1)..], "<(input|select) ");
                Assert.True(error.Index < field.Index + 1 + nextField.Index, $"{key}: the error is not next to its field");
            }

            Assert.Contains("3 settings need attention; nothing was saved.", html, StringComparison.Ordinal);
            Assert.Contains("<option value=\"uno\" selected>uno (not accepted)</option>", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Form_level_problems_are_shown_at_the_top()
        {
            var result = SetupForm.Parse("wifiSsid=%ZZ");
            string html = SetupPage.Render(result.Settings, result.Report);

            Assert.True(html.IndexOf("form: wifiSsid: &#39;%&#39; must be followed by two hex digits", StringComparison.Ordinal) < html.IndexOf("<form", StringComparison.Ordinal));
        }

        [Fact]
        public void The_page_is_small_and_self_contained()
        {
            string html = SetupPage.Render(Filled(), null);

            // The writer starts at 7,168 characters: a page that fits never grows it (a doubling would take 28 KB of heap at once).
            Assert.True(html.Length < 7168, $"{html.Length} characters");
            Assert.DoesNotMatch("(src|href)=", html);
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.EndsWith("</html>", html, StringComparison.Ordinal);
        }

        [Fact]
        public void The_saved_page_names_the_network_escaped()
        {
            Assert.Contains("joins <b>desk &quot;wifi&quot; &lt;5G&gt;</b>", SetupPage.RenderSaved(Filled()), StringComparison.Ordinal);
        }
    }
}
