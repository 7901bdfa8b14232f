using Ticker.Config;
using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Setup
{
    /// <summary>The setup page's panel fields, the sound choice and its self-test button, through the core's site.</summary>
    public class PanelAndSelfTestSetupTests
    {
        [Fact]
        public void The_self_test_button_asks_for_a_restart_and_saves_nothing()
        {
            var site = new SetupSite(new DeviceSettings { WifiSsid = "desk" }, null);
            SetupResponse answer = site.Handle("POST", SetupPage.SelfTestPath, new byte[0], 0);

            Assert.Equal(200, answer.Status);
            Assert.True(answer.SelfTestRequested);
            Assert.False(answer.SaveAndReboot);
            Assert.Contains("<h1>Self-test</h1>", answer.Html, System.StringComparison.Ordinal);
            Assert.False(site.Handle("POST", SetupPage.SavePath, new byte[0], 0).SelfTestRequested);
        }

        [Fact]
        public void The_page_offers_each_panel_value_with_the_boards_default_named()
        {
            string html = SetupPage.Render(new DeviceSettings { BoardId = "t-display" }, null);
            Assert.Contains("<option value=\"-1\" selected>board (90)</option>", html, System.StringComparison.Ordinal);
            Assert.Contains("Column offset (-1: board, 40)", html, System.StringComparison.Ordinal);
            Assert.Contains("<option value=\"board\" selected>board (BGR)</option>", html, System.StringComparison.Ordinal);
            Assert.Contains("<option value=\"cascade\" selected>cascades only</option>", html, System.StringComparison.Ordinal);
            Assert.Contains("action=\"/selftest\"", html, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Panel_fields_are_read_checked_and_written_to_the_settings_file()
        {
            SetupSubmission ok = SetupForm.Parse("boardId=t-display&panelRotation=270&panelOffsetY=52&panelColorOrder=rgb&panelMirror=true&backlightActiveLevel=low&sound=warning");
            Assert.True(ok.IsValid);
            Assert.Equal((270, 52, "rgb", true, "low", "warning"),
                (ok.Settings.PanelRotation, ok.Settings.PanelOffsetY, ok.Settings.PanelColorOrder, ok.Settings.PanelMirror, ok.Settings.BacklightActiveLevel, ok.Settings.Sound));
            string json = SettingsJson.Write(ok.Settings);
            Assert.Contains("\"panelMirror\": true", json, System.StringComparison.Ordinal);
            Assert.Contains("\"panelRotation\": 270", json, System.StringComparison.Ordinal);
            Assert.True(SetupForm.Copy(ok.Settings).PanelMirror);

            SetupSubmission bad = SetupForm.Parse("boardId=t-display&panelRotation=up&panelOffsetX=90");
            Assert.Equal("panelRotation: 'up' is not a whole number; accepted -1 (the board's 90), 90 or 270", bad.Report.Find("panelRotation")!.Message);
            Assert.Equal("panelOffsetX: 90 is out of range; accepted -1 to 80", bad.Report.Find("panelOffsetX")!.Message);
        }
    }
}
