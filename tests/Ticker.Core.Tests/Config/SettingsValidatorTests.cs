using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ticker.Config;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Config
{
    public class SettingsValidatorTests
    {
        private static readonly JsonSerializerOptions FileOptions = new() { PropertyNameCaseInsensitive = true };

        [Fact]
        public void Defaults_are_valid()
        {
            var report = SettingsValidator.Validate(new DeviceSettings());
            Assert.True(report.IsValid, string.Join("\n", Enumerable.Range(0, report.Count).Select(i => report[i].Message)));
        }

        [Theory]
        [InlineData("pollIntervalS", "{\"pollIntervalS\": 4}", "pollIntervalS: 4 is out of range; accepted 5 to 300")]
        [InlineData("pollIntervalS", "{\"pollIntervalS\": 301}", "pollIntervalS: 301 is out of range; accepted 5 to 300")]
        [InlineData("ledAlertLevel", "{\"ledAlertLevel\": 0}", "ledAlertLevel: 0 is out of range; accepted 1 to 3")]
        [InlineData("nightStartHour", "{\"nightStartHour\": 24}", "nightStartHour: 24 is out of range; accepted -1 to 23")]
        [InlineData("nightEndHour", "{\"nightEndHour\": -1}", "nightEndHour: -1 is out of range; accepted 0 to 23")]
        [InlineData("utcOffsetMinutes", "{\"utcOffsetMinutes\": 900}", "utcOffsetMinutes: 900 is out of range; accepted -720 to 840")]
        [InlineData("nightLedLevel", "{\"nightLedLevel\": 5}", "nightLedLevel: 5 is out of range; accepted 1 to 4")]
        [InlineData("brightness", "{\"brightness\": 101}", "brightness: 101 is out of range; accepted 0 to 100")]
        [InlineData("autoRotateS", "{\"autoRotateS\": 3}", "autoRotateS: 3 is out of range; accepted 0 (off) or 5 to 3600")]
        [InlineData("wifiSsid", "{\"wifiSsid\": \"123456789012345678901234567890123\"}", "wifiSsid: must be at most 32 characters")]
        [InlineData("wifiPassword", "{\"wifiPassword\": \"short\"}", "wifiPassword: must be empty (open network) or 8 to 63 characters")]
        [InlineData("feedUrl", "{\"feedUrl\": \"ticker.local:5080\"}", "feedUrl: 'ticker.local:5080' is not an http:// or https:// URL")]
        [InlineData("feedToken", "{\"feedToken\": \"has space\"}", "feedToken: must be at most 128 visible ASCII characters")]
        [InlineData("asset", "{\"asset\": \"btc\"}", "asset: 'btc' is not an asset symbol; accepted 2 to 10 capital letters or digits")]
        [InlineData("boardId", "{\"boardId\": \"tdisplay\"}", "boardId: 'tdisplay' is not a supported board; accepted t-display, ")]
        [InlineData("palette", "{\"palette\": \"dark\"}", "palette: 'dark' is not a palette; accepted standard, colorblind")]
        [InlineData("wifiSsid", "{\"wifiSsid\": null}", "wifiSsid: must be at most 32 characters")]
        public void A_bad_value_is_named_with_its_accepted_range(string key, string json, string messageStart)
        {
            var settings = JsonSerializer.Deserialize<DeviceSettings>(json, FileOptions)!;
            var report = SettingsValidator.Validate(settings);

            var problem = Assert.Single(Enumerable.Range(0, report.Count).Select(i => report[i]));
            Assert.Equal(key, problem.Key);
            Assert.StartsWith(messageStart, problem.Message, StringComparison.Ordinal);
            Assert.Same(problem, report.Find(key));
        }

        [Fact]
        public void Repair_puts_defaults_back_for_bad_values_only_and_says_so()
        {
            var settings = JsonSerializer.Deserialize<DeviceSettings>(
                "{\"wifiSsid\":\"desk\",\"pollIntervalS\":2,\"brightness\":55,\"boardId\":\"nope\",\"feedUrl\":\"http://10.0.0.5:5080\"}", FileOptions)!;

            var report = SettingsValidator.ValidateAndRepair(settings);

            Assert.Equal(2, report.Count);
            Assert.Equal("pollIntervalS: 2 is out of range; accepted 5 to 300 (default 10 used)", report.Find("pollIntervalS")!.Message);
            Assert.EndsWith("(default used)", report.Find("boardId")!.Message, StringComparison.Ordinal);
            Assert.Equal(10, settings.PollIntervalS);
            Assert.Equal(DeviceSettings.DefaultBoardId, settings.BoardId);
            Assert.Equal(55, settings.Brightness);
            Assert.Equal("desk", settings.WifiSsid);
            Assert.Equal("http://10.0.0.5:5080", settings.FeedUrl);
            Assert.True(SettingsValidator.Validate(settings).IsValid);
        }

        [Fact]
        public void Keys_match_the_properties_one_to_one()
        {
            var properties = typeof(DeviceSettings).GetProperties()
                .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1))
                .OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(properties, DeviceSettings.Keys.OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void The_documented_example_file_is_valid_and_every_key_is_documented()
        {
            string doc = File.ReadAllText(RepoPaths.Of("docs", "settings.md"));
            foreach (string key in DeviceSettings.Keys)
            {
                Assert.Contains("`" + key + "`", doc, StringComparison.Ordinal);
            }

            int start = doc.IndexOf("```json", StringComparison.Ordinal) + 7;
            int end = doc.IndexOf("```", start, StringComparison.Ordinal);
            var example = JsonSerializer.Deserialize<DeviceSettings>(doc.Substring(start, end - start), FileOptions)!;
            Assert.True(SettingsValidator.Validate(example).IsValid);
            Assert.Equal("desk-wifi", example.WifiSsid);
        }

        [Fact]
        public void Every_range_in_the_docs_matches_the_validator()
        {
            // The docs' table gives "min to max" for numeric keys; feed each bound and one past it to the validator.
            string doc = File.ReadAllText(RepoPaths.Of("docs", "settings.md"));
            var rows = doc.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal));
            int checkedRanges = 0;
            foreach (string row in rows)
            {
                var cells = row.Split('|').Select(c => c.Trim()).ToArray();
                string key = cells[1].Trim('`');
                var match = System.Text.RegularExpressions.Regex.Match(cells[3], @"^(-?\d+) to (-?\d+)$");
                if (!match.Success)
                {
                    continue;
                }

                int min = int.Parse(match.Groups[1].Value), max = int.Parse(match.Groups[2].Value);
                Assert.True(IsValidNumber(key, min), $"{key} = {min}");
                Assert.True(IsValidNumber(key, max), $"{key} = {max}");
                Assert.False(IsValidNumber(key, min - 1), $"{key} = {min - 1}");
                Assert.False(IsValidNumber(key, max + 1), $"{key} = {max + 1}");
                checkedRanges++;
            }

            Assert.True(checkedRanges >= 7, $"only {checkedRanges} ranges found in docs/settings.md");
        }

        private static bool IsValidNumber(string key, int value)
        {
            var settings = JsonSerializer.Deserialize<DeviceSettings>("{\"" + key + "\":" + value + "}", FileOptions)!;
            return SettingsValidator.Validate(settings).Find(key) == null;
        }
    }
}
