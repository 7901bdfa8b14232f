using Ticker.Config;
using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Config
{
    /// <summary>
    /// nanoFramework.Json (the device's reader of the settings file) cuts string values that end in a double quote
    /// (seen: nanoFramework.Json's StringConverter, run on .NET, reads {"wifiSsid":"end\""} as "nd"), so the validator
    /// refuses them with a message instead of letting the device join a network that was never typed.
    /// </summary>
    public class SettingsTrailingQuoteTests
    {
        [Theory]
        [InlineData("wifiSsid")]
        [InlineData("wifiPassword")]
        [InlineData("feedUrl")]
        [InlineData("feedToken")]
        [InlineData("caCertFile")]
        public void A_text_setting_ending_in_a_double_quote_is_refused_and_repaired(string key)
        {
            var settings = With(key, key == "feedUrl" ? "http://feed/x\"" : "abcdefgh\"");

            Assert.Equal(key + ": must not end with a double quote (\"): the device's JSON reader misreads it", SettingsValidator.Validate(settings).Find(key)?.Message);
            SettingsReport repaired = SettingsValidator.ValidateAndRepair(settings);
            Assert.EndsWith("(default used)", repaired.Find(key)!.Message, System.StringComparison.Ordinal);
            Assert.Equal(SetupForm.GetText(new DeviceSettings(), key), SetupForm.GetText(settings, key));
        }

        [Fact]
        public void Quotes_elsewhere_are_fine()
        {
            Assert.True(SettingsValidator.Validate(new DeviceSettings { WifiSsid = "\"desk\" wifi", WifiPassword = "pa\"ss\"word!" }).IsValid);
        }

        [Fact]
        public void The_setup_page_shows_it_under_the_field()
        {
            var result = SetupForm.Parse("wifiSsid=home&wifiPassword=secret-pass%22");

            Assert.False(result.IsValid);
            Assert.Contains("wifiPassword: must not end with a double quote", SetupPage.Render(result.Settings, result.Report), System.StringComparison.Ordinal);
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
