using System;
using System.IO;
using Ticker.Config;
using Ticker.Emulator.Device;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    /// <summary>The device's settings file read by the emulator: mapped here, checked by the core's validator.</summary>
    public sealed class SettingsFileTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("ticker-settings-").FullName;

        public void Dispose() => Directory.Delete(_dir, true);

        private string Write(string json)
        {
            string path = Path.Combine(_dir, "ticker.json");
            File.WriteAllText(path, json);
            return path;
        }

        [Fact]
        public void Keys_are_case_insensitive_and_absent_keys_keep_their_defaults()
        {
            var file = new SettingsFile(Write("{\"BOARDID\":\"t-display\",\"ledAlertLevel\":3,\"longPoll\":false}"));
            DeviceSettings settings = file.Load(out string? error)!;
            Assert.Null(error);
            Assert.Empty(file.Problems);
            Assert.Equal("t-display", settings.BoardId);
            Assert.Equal(3, settings.LedAlertLevel);
            Assert.False(settings.LongPoll);
            Assert.Equal(new DeviceSettings().PollIntervalS, settings.PollIntervalS);
        }

        [Fact]
        public void Bad_values_are_reported_as_the_device_reports_them_and_replaced_by_defaults()
        {
            string path = Write("{\"pollIntervalS\":3,\"boardId\":\"cardboard\",\"brightness\":\"max\",\"colour\":\"red\"}");
            var output = new StringWriter();
            DeviceSettings settings = EmulatorRuntime.ReadSettings(RunOptions.Parse(new[] { "--settings", path }), output);

            string[] lines = output.ToString().TrimEnd().Split(Environment.NewLine);
            Assert.Equal(new[]
            {
                "settings: brightness: 'max' is not a whole number (default used)",
                "settings: colour: not a setting; known keys " + string.Join(", ", DeviceSettings.Keys),
                "settings: pollIntervalS: 3 is out of range; accepted 5 to 300 (default 10 used)",
                "settings: boardId: 'cardboard' is not a supported board; accepted t-display, wrover-kit, m5stack-core, diy-ili9341 (default used)",
            }, lines);
            Assert.Equal(10, settings.PollIntervalS);
            Assert.Equal(DeviceSettings.DefaultBoardId, settings.BoardId);
            Assert.Equal(80, settings.Brightness);
        }

        [Fact]
        public void The_board_option_wins_over_the_file_and_the_emulator_always_has_a_network()
        {
            string path = Write("{\"boardId\":\"t-display\"}");
            DeviceSettings settings = EmulatorRuntime.ReadSettings(RunOptions.Parse(new[] { "--settings", path, "--board", "wrover-kit" }), new StringWriter());
            Assert.Equal("wrover-kit", settings.BoardId);
            Assert.NotEqual("", settings.WifiSsid);
        }

        [Fact]
        public void A_missing_file_or_one_that_is_not_json_stops_with_the_reason()
        {
            UsageException missing = Assert.Throws<UsageException>(() =>
                EmulatorRuntime.ReadSettings(RunOptions.Parse(new[] { "--settings", Path.Combine(_dir, "none.json") }), new StringWriter()));
            Assert.StartsWith("--settings: cannot read '", missing.Message);

            string path = Write("pollIntervalS = 10");
            UsageException notJson = Assert.Throws<UsageException>(() =>
                EmulatorRuntime.ReadSettings(RunOptions.Parse(new[] { "--settings", path }), new StringWriter()));
            Assert.Equal("--settings: '" + path + "', not a JSON object; the settings file is one object ({ \"key\": value, ... })", notJson.Message);
        }

        [Theory]
        [InlineData("{\n  \"feedUrl\": \"http://127.0.0.1:1\",\n  \"FEEDURL\": \"http://127.0.0.1:2\"\n}", "line 3: feedUrl ('FEEDURL') is given twice (also on line 2; keys are case-insensitive); give each key once")]
        [InlineData("{\"brightness\": 70, // bright\n}", "line 1: a comment; the settings file is plain JSON, without comments")]
        [InlineData("{\"brightness\": 70,\n}", "line 2: a comma before '}'; JSON allows no trailing comma")]
        public void A_file_the_device_refuses_stops_the_emulator_with_the_core_s_reason(string json, string reason)
        {
            string path = Write(json);
            var file = new SettingsFile(path);

            Assert.Null(file.Load(out string? error));
            Assert.Equal("'" + path + "', " + reason, error);
            Assert.Equal(reason, Ticker.Config.SettingsFileCheck.Check(File.ReadAllBytes(path), (int)new FileInfo(path).Length));
        }

        [Fact]
        public void Saved_settings_read_back_the_same()
        {
            string path = Path.Combine(_dir, "saved.json");
            var file = new SettingsFile(path);
            Assert.True(file.Save(new DeviceSettings { BoardId = "diy-ili9341", PollIntervalS = 30, Palette = DeviceSettings.PaletteColorBlind }, out _));
            DeviceSettings back = file.Load(out _)!;
            Assert.Empty(file.Problems);
            Assert.Equal(("diy-ili9341", 30, "colorblind"), (back.BoardId, back.PollIntervalS, back.Palette));
        }
    }
}
