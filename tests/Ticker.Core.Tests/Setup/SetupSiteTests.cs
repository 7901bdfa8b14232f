using System;
using System.Text;
using System.Text.Json;
using Ticker.Config;
using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Setup
{
    public class SetupSiteTests
    {
        private static readonly DeviceSettings Current = new() { WifiSsid = "", BoardId = "t-display" };

        private static SetupResponse Post(SetupSite site, string path, string body)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            return site.Handle("POST", path, bytes, bytes.Length);
        }

        [Theory]
        [InlineData("/")]
        [InlineData("/generate_204")]
        [InlineData("/hotspot-detect.html?x=1")]
        public void Any_GET_shows_the_form_so_captive_portal_probes_land_on_it(string path)
        {
            var response = new SetupSite(Current, null).Handle("GET", path, null, 0);

            Assert.Equal(200, response.Status);
            Assert.Contains("<form method=\"post\" action=\"/save\">", response.Html, StringComparison.Ordinal);
            Assert.False(response.SaveAndReboot);
        }

        [Fact]
        public void The_first_page_shows_what_was_wrong_with_the_settings_file()
        {
            var broken = new DeviceSettings { PollIntervalS = 1 };
            var report = SettingsValidator.ValidateAndRepair(broken);

            string html = new SetupSite(broken, report).Handle("GET", "/", null, 0).Html;

            Assert.Contains("pollIntervalS: 1 is out of range; accepted 5 to 300 (default 10 used)", html, StringComparison.Ordinal);
        }

        [Fact]
        public void A_good_form_returns_the_settings_file_and_asks_for_a_restart()
        {
            var response = Post(new SetupSite(Current, null), "/save", "wifiSsid=home&wifiPassword=12345678&feedUrl=http%3A%2F%2F10.0.0.2%3A5080&boardId=t-display&ledAlertLevel=3");

            Assert.Equal(200, response.Status);
            Assert.True(response.SaveAndReboot);
            Assert.Contains("joins <b>home</b>", response.Html, StringComparison.Ordinal);
            var saved = JsonSerializer.Deserialize<DeviceSettings>(response.SettingsJson!, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
            Assert.Equal(("home", "12345678", "http://10.0.0.2:5080", 3), (saved.WifiSsid, saved.WifiPassword, saved.FeedUrl, saved.LedAlertLevel));
            Assert.True(SettingsValidator.Validate(saved).IsValid);
        }

        [Fact]
        public void A_bad_form_is_shown_again_with_its_problems_and_nothing_is_saved()
        {
            var response = Post(new SetupSite(Current, null), "/save", "wifiSsid=home&pollIntervalS=2");

            Assert.Equal(400, response.Status);
            Assert.False(response.SaveAndReboot);
            Assert.Null(response.SettingsJson);
            Assert.Contains("pollIntervalS: 2 is out of range; accepted 5 to 300", response.Html, StringComparison.Ordinal);
            Assert.Contains("value=\"home\"", response.Html, StringComparison.Ordinal);
        }

        [Fact]
        public void A_body_declared_larger_than_the_limit_is_refused_without_being_read()
        {
            var response = new SetupSite(Current, null).Handle("POST", "/save", new byte[16], 100000);

            Assert.Equal(400, response.Status);
            Assert.Contains("the form is 100000 bytes; at most 2048 accepted", response.Html, StringComparison.Ordinal);
        }

        [Fact]
        public void A_declared_length_past_the_bytes_received_reads_only_what_arrived()
        {
            byte[] body = Encoding.ASCII.GetBytes("wifiSsid=home");

            var response = new SetupSite(Current, null).Handle("POST", "/save", body, 200);

            Assert.True(response.SaveAndReboot);
        }

        [Fact]
        public void Other_paths_and_methods_are_refused()
        {
            var site = new SetupSite(Current, null);

            Assert.Equal(404, Post(site, "/other", "wifiSsid=x").Status);
            Assert.Equal(404, site.Handle("GET", "/favicon.ico", null, 0).Status);
            Assert.Equal(405, site.Handle("PUT", "/save", null, 0).Status);
        }
    }
}
