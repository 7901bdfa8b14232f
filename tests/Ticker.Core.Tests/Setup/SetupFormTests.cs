using System;
using System.Linq;
using System.Text;
using Ticker.Config;
using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Setup
{
    public class SetupFormTests
    {
        private static string Problems(SettingsReport report) =>
            string.Join("\n", Enumerable.Range(0, report.Count).Select(i => report[i].Message));

        [Fact]
        public void Fields_are_percent_decoded_as_UTF_8_onto_the_settings()
        {
            var result = SetupForm.Parse("wifiSsid=Caf%C3%A9+Wi-Fi&wifiPassword=p%26ss%3Dword%21&feedUrl=http%3A%2F%2F192.168.1.20%3A5080&pollIntervalS=30&longPoll=false&boardId=t-display");

            Assert.True(result.IsValid, Problems(result.Report));
            Assert.Equal("Café Wi-Fi", result.Settings.WifiSsid);
            Assert.Equal("p&ss=word!", result.Settings.WifiPassword);
            Assert.Equal("http://192.168.1.20:5080", result.Settings.FeedUrl);
            Assert.Equal(30, result.Settings.PollIntervalS);
            Assert.False(result.Settings.LongPoll);
            Assert.Equal("t-display", result.Settings.BoardId);
        }

        [Fact]
        public void Absent_fields_keep_the_current_values_and_the_current_settings_are_not_changed()
        {
            var current = new DeviceSettings { WifiSsid = "home", WifiPassword = "secret-pass", Brightness = 40 };

            var result = SetupForm.Parse("brightness=90", current);

            Assert.True(result.IsValid, Problems(result.Report));
            Assert.Equal(("home", "secret-pass", 90), (result.Settings.WifiSsid, result.Settings.WifiPassword, result.Settings.Brightness));
            Assert.Equal(40, current.Brightness);
        }

        [Fact]
        public void A_blank_password_keeps_the_stored_one_and_the_open_network_box_clears_it()
        {
            var current = new DeviceSettings { WifiSsid = "home", WifiPassword = "secret-pass" };

            Assert.Equal("secret-pass", SetupForm.Parse("wifiSsid=home&wifiPassword=", current).Settings.WifiPassword);
            Assert.Equal("", SetupForm.Parse("wifiSsid=home&wifiPassword=&wifiOpen=on", current).Settings.WifiPassword);
        }

        [Theory]
        [InlineData("pollIntervalS=3", "pollIntervalS", "pollIntervalS: 3 is out of range; accepted 5 to 300")]
        [InlineData("pollIntervalS=ten", "pollIntervalS", "pollIntervalS: 'ten' is not a whole number; accepted 5 to 300")]
        [InlineData("autoRotateS=1.5", "autoRotateS", "autoRotateS: '1.5' is not a whole number; accepted 0 (off) or 5 to 3600")]
        [InlineData("nightStartHour=", "nightStartHour", "nightStartHour: '' is not a whole number; accepted -1 to 23")]
        [InlineData("brightness=99999999999", "brightness", "brightness: '99999999999' is not a whole number; accepted 0 to 100")]
        [InlineData("wifiPassword=short", "wifiPassword", "wifiPassword: must be empty (open network) or 8 to 63 characters")]
        [InlineData("feedUrl=ftp%3A%2F%2Fx", "feedUrl", "feedUrl: 'ftp://x' is not an http:// or https:// URL with a host (at most 200 characters)")]
        [InlineData("boardId=uno", "boardId", "boardId: 'uno' is not a supported board; accepted t-display, wrover-kit, m5stack-core, diy-ili9341")]
        public void Each_problem_names_its_field_and_the_accepted_range(string body, string key, string message)
        {
            var result = SetupForm.Parse(body);

            Assert.False(result.IsValid);
            Assert.Equal(message, result.Report.Find(key)?.Message);
        }

        [Theory]
        [InlineData("wifiSsid=%ZZ", "wifiSsid: '%' must be followed by two hex digits")]
        [InlineData("wifiSsid=%4", "wifiSsid: '%' must be followed by two hex digits")]
        [InlineData("wifiSsid=%C3%28", "wifiSsid: not valid UTF-8 text")]
        [InlineData("wifiSsid=caf\u00e9", "wifiSsid: the form is not URL-encoded (raw byte 233)")]
        public void A_body_that_is_not_URL_encoded_UTF_8_is_reported_under_form(string body, string error)
        {
            var result = SetupForm.Parse(body);

            Assert.Equal("form: " + error, result.Report.Find(SetupForm.FormKey)?.Message);
        }

        [Fact]
        public void Sizes_are_bounded()
        {
            string tooLong = "feedToken=" + new string('a', FormDecoder.MaxValueBytes + 1);
            string tooBig = "asset=BTC&" + string.Join("&", Enumerable.Repeat("x=1", 600));

            Assert.Equal("form: feedToken: longer than 256 bytes", SetupForm.Parse(tooLong).Report.Find("form")?.Message);
            Assert.Equal($"form: the form is {tooBig.Length} bytes; at most 2048 accepted", SetupForm.Parse(tooBig).Report.Find("form")?.Message);
            Assert.True(SetupForm.Parse("feedToken=" + new string('a', 128)).IsValid);
        }

        [Fact]
        public void A_field_sent_twice_is_refused_under_its_name_and_nothing_is_applied()
        {
            var current = new DeviceSettings { Brightness = 40 };

            var result = SetupForm.Parse("brightness=10&brightness=20", current);

            Assert.False(result.IsValid);
            Assert.Equal("brightness: given twice; the form sends each field once", result.Report.Find("brightness")?.Message);
            Assert.Equal(40, current.Brightness);
        }

        [Fact]
        public void A_field_the_page_does_not_have_is_refused_by_name()
        {
            var result = SetupForm.Parse("save=1&&brightness=10&x");

            Assert.False(result.IsValid);
            Assert.Equal(
                "form: 'save' is not a field of this page\nform: 'x' is not a field of this page",
                Problems(result.Report));
        }

        [Theory]
        [InlineData("pollIntervalS=%2B10", "pollIntervalS", "pollIntervalS: '+10' is not a whole number; accepted 5 to 300")]
        [InlineData("pollIntervalS=%2010", "pollIntervalS", "pollIntervalS: ' 10' starts or ends with a space")]
        [InlineData("feedUrl=+http%3A%2F%2F127.0.0.1%3A5080", "feedUrl", "feedUrl: ' http://127.0.0.1:5080' starts or ends with a space")]
        [InlineData("asset=BTC+", "asset", "asset: 'BTC ' starts or ends with a space")]
        [InlineData("longPoll=yes", "longPoll", "longPoll: 'yes' is not true or false")]
        public void Values_with_spaces_around_or_out_of_their_choices_are_refused_by_name(string body, string key, string message)
        {
            var result = SetupForm.Parse(body);

            Assert.False(result.IsValid);
            Assert.Equal(message, result.Report.Find(key)?.Message);
        }

        [Fact]
        public void A_network_name_and_password_may_start_or_end_with_a_space()
        {
            var result = SetupForm.Parse("wifiSsid=+desk+&wifiPassword=+pass+word+");

            Assert.True(result.IsValid, Problems(result.Report));
            Assert.Equal((" desk ", " pass word "), (result.Settings.WifiSsid, result.Settings.WifiPassword));
        }

        [Fact]
        public void The_page_s_own_form_is_accepted_as_it_is_sent()
        {
            var settings = new DeviceSettings { WifiSsid = "desk", FeedUrl = "http://127.0.0.1:5080" };
            string body = "wifiSsid=desk&wifiPassword=&feedUrl=http%3A%2F%2F127.0.0.1%3A5080&feedToken=&caCertFile=&asset=BTC&pollIntervalS=10" +
                "&longPoll=true&boardId=t-display&ledAlertLevel=1&brightness=80&autoRotateS=0&palette=standard&utcOffsetMinutes=0" +
                "&nightStartHour=-1&nightEndHour=7&nightLedLevel=3";

            var result = SetupForm.Parse(body, settings);

            Assert.True(result.IsValid, Problems(result.Report));
            Assert.Equal("t-display", result.Settings.BoardId);
        }

        [Fact]
        public void The_byte_overload_reads_only_the_given_range()
        {
            byte[] body = Encoding.ASCII.GetBytes("XXbrightness=33&brightness=44");

            var result = SetupForm.Parse(body, 2, 13, new DeviceSettings());

            Assert.Equal(33, result.Settings.Brightness);
        }

        [Theory]
        [InlineData("0", 0)]
        [InlineData("-720", -720)]
        [InlineData("999999999", 999999999)]
        public void Whole_numbers_parse(string text, int expected)
        {
            Assert.True(SetupForm.TryParseInt(text, out int value));
            Assert.Equal(expected, value);
        }

        [Theory]
        [InlineData("-")]
        [InlineData("+5")]
        [InlineData("1e3")]
        [InlineData("1000000000")]
        [InlineData(" 5")]
        [InlineData("5 ")]
        public void Other_text_is_not_a_whole_number(string text)
        {
            Assert.False(SetupForm.TryParseInt(text, out _));
        }

        [Fact]
        public void Copy_copies_every_key()
        {
            var s = new DeviceSettings
            {
                WifiSsid = "a", WifiPassword = "bbbbbbbb", FeedUrl = "https://c", FeedToken = "d", CaCertFile = "e.pem", Asset = "ETH",
                PollIntervalS = 6, LongPoll = false, LedAlertLevel = 2, NightStartHour = 22, NightEndHour = 6, UtcOffsetMinutes = -60,
                NightLedLevel = 4, Brightness = 5, AutoRotateS = 7, BoardId = "t-display", Palette = "colorblind",
            };

            Assert.Equal(SettingsJson.Write(s), SettingsJson.Write(SetupForm.Copy(s)));
            Assert.NotEqual(SettingsJson.Write(new DeviceSettings()), SettingsJson.Write(s));
        }
    }
}
