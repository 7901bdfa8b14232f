using nanoFramework.TestFramework;
using Ticker.App;
using Ticker.Core.NanoTests.Support;
using Ticker.Data;
using Ticker.Input;
using Ticker.Led;

namespace Ticker.Core.NanoTests.App
{
    /// <summary>
    /// A morning on the desk, on the device's runtime: Wi-Fi joins, the feed goes calm, building, cascade; the
    /// trader acknowledges; a cut-off response keeps the cascade on screen; the button cycles the screens; a
    /// partial snapshot arrives. Every step is drawn as the device draws it.
    /// </summary>
    [TestClass]
    public class TickerAppScenarioTests
    {
        private const string Board = "t-display";

        [TestMethod]
        public void The_led_follows_the_alert_and_an_acknowledge_silences_it()
        {
            AppScenario s = new AppScenario(Board);
            Assert.AreEqual((int)LedState.Booting, (int)s.App.Led, "before Wi-Fi");

            s.NetworkUp(1000);
            Assert.IsTrue(s.Answer(2000, 200, DocExamples.Calm, "\"e1\""), "first poll due");
            Assert.AreEqual((int)LedState.Off, (int)s.App.Led, "calm");
            Assert.AreEqual("http://ticker.local:5080/v1/snapshot?asset=BTC", s.LastRequest.Url, "first request");

            Assert.IsTrue(s.Answer(4000, 200, DocExamples.Building, "\"e2\""), "long-poll due");
            Assert.AreEqual("\"e1\"", s.LastRequest.IfNoneMatch, "long-poll sends the ETag");
            Assert.AreEqual((int)LedState.Watch, (int)s.App.Led, "building");

            Assert.IsTrue(s.Answer(6000, 200, DocExamples.Cascade, "\"e3\""), "third poll due");
            Assert.AreEqual((int)AlertLevel.Cascade, (int)s.App.ActiveAlertLevel, "cascade level");
            Assert.AreEqual((int)LedState.Cascade, (int)s.App.Led, "cascade");
            Assert.IsTrue(s.App.IsLedOn(6000), "cascade flash on");

            s.Press(6500, UserAction.Acknowledge);
            Assert.IsTrue(s.App.IsAlertAcknowledged, "acknowledged");
            Assert.AreEqual((int)LedState.Off, (int)s.App.Led, "acknowledged cascade is dark");
        }

        [TestMethod]
        public void A_cut_off_response_keeps_the_last_good_snapshot_on_screen()
        {
            AppScenario s = new AppScenario(Board);
            s.NetworkUp(1000);
            s.Answer(2000, 200, DocExamples.Cascade, "\"e1\"");
            long seq = s.App.Data.Seq;
            int errors = s.App.ErrorCount;

            Assert.IsTrue(s.Answer(4000, 200, AppScenario.CutOffBody, "\"e2\""), "poll due");

            Assert.IsTrue(s.App.HasData, "still has data");
            Assert.AreEqual(seq, s.App.Data.Seq, "the cascade snapshot stays");
            Assert.AreEqual((int)AlertLevel.Cascade, (int)s.App.ActiveAlertLevel, "the alert stays");
            Assert.AreEqual(errors + 1, s.App.ErrorCount, "the error is counted");
            Assert.AreEqual("bad snapshot: " + SnapshotErrors.Describe(DecodeError.Truncated) + " at byte " + AppScenario.CutOffBody.Length.ToString(), s.App.LastError, "the error says why");
        }

        [TestMethod]
        public void The_button_cycles_the_screens()
        {
            AppScenario s = new AppScenario(Board);
            s.NetworkUp(1000);
            s.Answer(2000, 200, DocExamples.Calm, "\"e1\"");
            Assert.AreEqual((int)ScreenId.Gauge, (int)s.App.Screen, "first screen");

            s.Press(2500, UserAction.NextScreen);
            Assert.AreEqual((int)ScreenId.Liquidations, (int)s.App.Screen, "next");
            s.Press(3000, UserAction.PreviousScreen);
            s.Press(3500, UserAction.PreviousScreen);
            Assert.AreEqual((int)ScreenId.Status, (int)s.App.Screen, "previous wraps around");
        }

        [TestMethod]
        public void The_whole_scenario_draws_what_dotnet_draws()
        {
            AppScenario s = AppScenario.Play(Board);

            Assert.AreEqual(0, s.AnswersNotDue, "every scripted answer met a request");
            Assert.AreEqual(3L, s.App.Data.Seq, "the partial snapshot arrived last");
            Assert.AreEqual((int)ScreenId.Spot, (int)s.App.Screen, "two presses of next");
            Assert.AreEqual(Expected.AppScenarioDisplay, s.DisplayHash, "drawing fingerprint over " + s.DrawCalls.ToString() + " calls");
        }
    }
}
