using System.Linq;
using System.Text.Json;
using Ticker.Config;
using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Setup
{
    public class SettingsJsonTests
    {
        [Fact]
        public void Writes_every_key_and_reads_back_with_the_emulators_reader()
        {
            var settings = new DeviceSettings
            {
                WifiSsid = "quote \" backslash \\ tab \t café", WifiPassword = "p\u0001assword", LongPoll = false, UtcOffsetMinutes = -330,
                NightStartHour = -1, BoardId = "diy-ili9341",
            };

            string json = SettingsJson.Write(settings);
            using var doc = JsonDocument.Parse(json);
            var back = JsonSerializer.Deserialize<DeviceSettings>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

            Assert.Equal(DeviceSettings.Keys, doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.Equal(settings.WifiSsid, back.WifiSsid);
            Assert.Equal(settings.WifiPassword, back.WifiPassword);
            Assert.Equal((false, -330, -1, "diy-ili9341"), (back.LongPoll, back.UtcOffsetMinutes, back.NightStartHour, back.BoardId));
            Assert.Contains("\"p\\u0001assword\"", json, System.StringComparison.Ordinal);
        }
    }
}
