using System.Collections.Generic;
using Ticker.App;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Data;
using Ticker.Input;
using Ticker.Platform;
using Ticker.Sound;
using Xunit;

namespace Ticker.Core.Tests.App
{
    /// <summary>The app's sound decisions through snapshots and buttons, and the runner handing them to a speaker.</summary>
    public class AlertSoundAppTests
    {
        private const long Start = 1_763_989_000;

        private sealed class RecordingSpeaker : ISpeaker
        {
            public readonly List<string> Calls = new();

            public void Play(SoundPattern pattern) => Calls.Add("play " + pattern.Name);

            public void Stop() => Calls.Add("stop");
        }

        private static TickerApp Running(string sound = "cascade")
        {
            var app = new TickerApp(new DeviceSettings { WifiSsid = "desk", Sound = sound }, 0, 1);
            app.OnNetwork(1_000, true, -60);
            return app;
        }

        private static void Answer(TickerApp app, long nowMs, string json)
        {
            app.BeginRequest(nowMs);
            app.OnResponse(nowMs, Feed.Ok(json));
            app.Tick(nowMs, Value.Missing);
        }

        [Fact]
        public void Escalation_sounds_and_acknowledging_stops_it_for_good()
        {
            var app = Running("warning");
            Answer(app, 1_000, Feed.Snapshot(1));
            Assert.Equal(0, app.SoundSeq);

            Answer(app, 2_000, Feed.Snapshot(2, level: 2, side: "long", startedAt: Start));
            Assert.Equal((1, "Warning"), (app.SoundSeq, app.Sound!.Name));

            Answer(app, 3_000, Feed.Snapshot(3, level: 3, side: "long", startedAt: Start));
            Assert.Equal((2, "Cascade"), (app.SoundSeq, app.Sound!.Name));

            app.OnUserAction(3_100, UserAction.Acknowledge);
            Assert.Equal(3, app.SoundSeq);
            Assert.Null(app.Sound);

            // The same cascade keeps arriving: silence.
            Answer(app, 4_000, Feed.Snapshot(4, level: 3, side: "long", startedAt: Start));
            Answer(app, 5_000, Feed.Snapshot(5, level: 2, side: "long", startedAt: Start));
            Answer(app, 6_000, Feed.Snapshot(6, level: 3, side: "long", startedAt: Start));
            Assert.Equal(3, app.SoundSeq);
        }

        [Fact]
        public void The_default_setting_sounds_cascades_only()
        {
            var app = Running();
            Answer(app, 1_000, Feed.Snapshot(1, level: 2, side: "long", startedAt: Start));
            Assert.Equal(0, app.SoundSeq);
            Answer(app, 2_000, Feed.Snapshot(2, level: 3, side: "long", startedAt: Start));
            Assert.Equal("Cascade", app.Sound!.Name);
        }

        [Fact]
        public void Nothing_sounds_in_night_mode()
        {
            // Night 23-07 UTC; the snapshots' clock says 02:00.
            var app = new TickerApp(new DeviceSettings { WifiSsid = "desk", Sound = "warning", NightStartHour = 23, NightEndHour = 7 }, 0, 1);
            app.OnNetwork(1_000, true, -60);
            app.Tick(1_000, 1_763_949_600);
            Assert.True(app.IsNight);
            app.BeginRequest(1_000);
            app.OnResponse(1_000, Feed.Ok(Feed.Snapshot(1, level: 3, side: "long", startedAt: Start)));
            Assert.Equal(0, app.SoundSeq);
        }

        [Fact]
        public void The_runner_plays_and_stops_the_speaker_once_per_decision()
        {
            var board = BoardCatalog.Find("m5stack-core")!;
            var app = Running();
            var speaker = new RecordingSpeaker();
            var clock = new StepClock();
            var runner = new TickerRunner(app, board, clock, new Net(), new Http(Feed.Snapshot(1, level: 3, side: "long", startedAt: Start)),
                new ButtonEdgeQueue(4), new NoLed(), new NoDisplay(), new NoSystem(), new NoLog()) { Speaker = speaker };

            runner.Step();
            clock.Now = 40;
            runner.Step();
            Assert.Equal(new[] { "play Cascade" }, speaker.Calls);

            app.OnUserAction(50, UserAction.Acknowledge);
            clock.Now = 80;
            runner.Step();
            Assert.Equal(new[] { "play Cascade", "stop" }, speaker.Calls);
        }

        private sealed class StepClock : IClock
        {
            public long Now;

            public long UptimeMs => Now;

            public bool TryGetUnixTime(out long unixSeconds)
            {
                unixSeconds = 0;
                return false;
            }
        }

        private sealed class Net : INetwork
        {
            public bool IsConnected => true;

            public int SignalDbm => -60;
        }

        private sealed class Http : IHttpFetcher
        {
            private readonly string _json;

            public Http(string json) => _json = json;

            public void Fetch(HttpRequest request, HttpResult result)
            {
                HttpResult ok = Feed.Ok(_json);
                result.Status = ok.Status;
                result.Body = ok.Body;
                result.BodyLength = ok.BodyLength;
                result.ETag = ok.ETag;
            }
        }

        private sealed class NoLed : ILed
        {
            public void Set(bool on)
            {
            }
        }

        private sealed class NoDisplay : IDisplay
        {
            public void Update(TickerApp app, long nowMs)
            {
            }
        }

        private sealed class NoSystem : ISystemControl
        {
            public long FreeMemoryBytes() => 1;

            public void Reboot()
            {
            }
        }

        private sealed class NoLog : ILog
        {
            public void Write(LogLevel level, string message)
            {
            }
        }
    }
}
