using Ticker.App;
using Ticker.Config;
using Ticker.Data;
using Ticker.Input;
using Ticker.Led;
using Xunit;

namespace Ticker.Core.Tests.App
{
    /// <summary>The self-test in the app: no polling, the LED and sounds step through their patterns, gestures are echoed.</summary>
    public class SelfTestTests
    {
        private static TickerApp SelfTesting(string board = "m5stack-core", string sound = "cascade")
        {
            var app = new TickerApp(new DeviceSettings { WifiSsid = "desk", BoardId = board, Sound = sound }, 0, 1);
            app.StartSelfTest(100);
            return app;
        }

        [Fact]
        public void The_led_shows_every_pattern_in_turn_and_the_alert_steps_play_their_sound()
        {
            TickerApp app = SelfTesting();
            Assert.Equal(AppMode.SelfTest, app.Mode);
            var seen = new System.Collections.Generic.List<LedState>();
            var sounds = new System.Collections.Generic.List<string>();
            int soundSeq = app.SoundSeq;
            for (long t = 100; t < 100 + (SelfTest.StepCount * SelfTest.LedStepMs); t += 1000)
            {
                app.OnNetwork(t, true, -60);
                app.Tick(t, Value.Missing);
                if (seen.Count == 0 || seen[^1] != app.Led)
                {
                    seen.Add(app.Led);
                }

                if (app.SoundSeq != soundSeq)
                {
                    soundSeq = app.SoundSeq;
                    sounds.Add(app.Sound!.Name);
                }

                Assert.False(app.IsRequestDue(t));
            }

            Assert.Equal(new[] { LedState.Booting, LedState.Setup, LedState.WifiDown, LedState.FeedStale, LedState.Watch, LedState.Warning, LedState.Cascade, LedState.Off }, seen);
            Assert.Equal(new[] { "Warning", "Cascade" }, sounds);
            Assert.Equal(AppMode.SelfTest, app.Mode);
        }

        [Fact]
        public void Sound_off_keeps_the_self_test_silent()
        {
            TickerApp app = SelfTesting(sound: "off");
            for (long t = 100; t < 40_100; t += 1000)
            {
                app.Tick(t, Value.Missing);
            }

            Assert.Equal(0, app.SoundSeq);
        }

        [Fact]
        public void Gestures_are_echoed_per_button_and_never_acted_on()
        {
            TickerApp app = SelfTesting();
            int version = app.ViewVersion;
            app.OnGesture(200, 2, Gesture.ShortPress, UserAction.Acknowledge);
            app.OnGesture(300, 2, Gesture.LongPress, UserAction.Acknowledge);
            app.OnGesture(400, 0, Gesture.VeryLongPress, UserAction.EnterSetup);
            app.OnGesture(500, 7, Gesture.ShortPress, UserAction.NextScreen);

            Assert.Equal(Gesture.LongPress, app.SelfTest!.LastGesture(2));
            Assert.Equal(2, app.SelfTest.GestureCount(2));
            Assert.Equal(Gesture.VeryLongPress, app.SelfTest.LastGesture(0));
            Assert.Equal(Gesture.None, app.SelfTest.LastGesture(1));
            Assert.Equal(version + 3, app.ViewVersion);
            Assert.Equal(AppMode.SelfTest, app.Mode);
            Assert.False(app.SetupRequested);
            Assert.Equal(ScreenId.Gauge, app.Screen);
        }

        [Fact]
        public void Outside_the_self_test_a_gesture_is_its_action()
        {
            var app = new TickerApp(new DeviceSettings { WifiSsid = "desk" }, 0, 1);
            app.OnNetwork(10, true, -60);
            app.OnGesture(20, 1, Gesture.ShortPress, UserAction.NextScreen);
            Assert.Equal(ScreenId.Liquidations, app.Screen);
            Assert.Null(app.SelfTest);
        }
    }
}
