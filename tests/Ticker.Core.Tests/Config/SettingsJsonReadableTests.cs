using Ticker.Config;
using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Config
{
    /// <summary>
    /// nanoFramework.Json (the device's reader of the settings file) unescapes string values twice (seen by running
    /// its sources on .NET: {"wifiSsid":"end\""} is read as "nd", a backslash before an ordinary character throws,
    /// control characters are cut), so the validator refuses those values with a message instead of letting the device
    /// read something else than what was written. 20,000 random settings that pass the validator were written with
    /// SettingsJson and read back by nanoFramework.Json unchanged (docs/firmware.md).
    /// </summary>
    public class SettingsJsonReadableTests
    {
        private const string Message = ": must not contain a backslash (\\) or control characters, nor end with a double quote (\"): the device's JSON reader misreads them";

        [Theory]
        [InlineData("wifiSsid", "home\"")]
        [InlineData("wifiSsid", "back\\slash")]
        [InlineData("wifiPassword", "abcdefgh\"")]
        [InlineData("wifiPassword", "tab\there!")]
        [InlineData("wifiPassword", "del\u007fete-me")]
        [InlineData("feedUrl", "http://feed/x\"")]
        [InlineData("feedToken", "token\\x")]
        [InlineData("caCertFile", "ca\".pem\"")]
        public void A_text_value_nanoFramework_Json_misreads_is_refused_and_repaired(string key, string value)
        {
            var settings = With(key, value);

            Assert.Equal(key + Message, SettingsValidator.Validate(settings).Find(key)?.Message);
            SettingsReport repaired = SettingsValidator.ValidateAndRepair(settings);
            Assert.Equal(key + Message + " (default used)", repaired.Find(key)?.Message);
            Assert.Equal(SetupForm.GetText(new DeviceSettings(), key), SetupForm.GetText(settings, key));
        }

        [Fact]
        public void Quotes_elsewhere_and_other_characters_are_fine()
        {
            Assert.True(SettingsValidator.Validate(new DeviceSettings { WifiSsid = "\"desk\" wifi \u00e9\u20ac", WifiPassword = "pa\"ss'word{}[]:,/" }).IsValid);
        }

        [Fact]
        public void The_setup_page_shows_it_under_the_field()
        {
            var result = SetupForm.Parse("wifiSsid=home&wifiPassword=secret-pass%22");

            Assert.False(result.IsValid);
            Assert.Contains("wifiPassword: must not contain a backslash", SetupPage.Render(result.Settings, result.Report), System.StringComparison.Ordinal);
        }

        private static DeviceSettings With(string key, string value)
        {
            var s = new DeviceSettings();
            switch (key)
            {
                case "wifiSsid": s.WifiSsid = value; break;
                case "wifiPassword": s.WifiPassword = value; break;
                case "feedUrl": s.FeedUrl = value; break;
                case "feedToken": s.FeedToken = value; break;
                case "caCertFile": s.CaCertFile = value; break;
            }

            return s;
        }
    }
}
