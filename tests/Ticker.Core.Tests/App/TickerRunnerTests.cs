using System;
using System.Collections.Generic;
using Ticker.App;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Input;
using Ticker.Platform;
using Xunit;

namespace Ticker.Core.Tests.App
{
    /// <summary>The shared loop body against fake platform parts: what the device and the emulator both run.</summary>
    public class TickerRunnerTests
    {
        private sealed class FakePlatform : IClock, INetwork, IHttpFetcher, ILed, IDisplay, ISystemControl, ILog
        {
            public long Now;
            public bool Connected = true;
            public readonly Queue<HttpResult> Answers = new();
            public readonly List<string> Requests = new();
            public readonly List<bool> LedWrites = new();
            public readonly List<string> Logs = new();
            public int DisplayUpdates;
            public int Reboots;
            public long FetchTakesMs;

            public long UptimeMs => Now;
            public bool IsConnected => Connected;
            public int SignalDbm => Connected ? -61 : 0;

            // The wall clock is never set here: the runner must cope before SNTP has answered.
            public bool TryGetUnixTime(out long unixSeconds)
            {
                unixSeconds = 0;
                return false;
            }

            public void Fetch(HttpRequest request, HttpResult result)
            {
                Requests.Add(request.Url);
                var answer = Answers.Count > 0 ? Answers.Dequeue() : Feed.NetworkError("nothing queued");
                result.Status = answer.Status;
                result.Body = answer.Body;
                result.BodyLength = answer.BodyLength;
                result.ETag = answer.ETag;
                result.RetryAfterS = answer.RetryAfterS;
                result.Error = answer.Error;
                Now += FetchTakesMs;
            }

            public void Set(bool on) => LedWrites.Add(on);
            public void Update(TickerApp app, long nowMs) => DisplayUpdates++;
            public long FreeMemoryBytes() => 92_160;
            public void Reboot() => Reboots++;
            public void Write(LogLevel level, string message) => Logs.Add(message);
        }

        private static (TickerRunner Runner, FakePlatform Platform, ButtonEdgeQueue Buttons, BoardProfile Board) Make()
        {
            var board = BoardCatalog.Find("t-display")!;
            var settings = new DeviceSettings { WifiSsid = "desk", BoardId = board.Id };
            var platform = new FakePlatform();
            var buttons = new ButtonEdgeQueue(16);
            var app = new TickerApp(settings, 0, 99);
            var runner = new TickerRunner(app, board, platform, platform, platform, buttons, platform, platform, platform, platform);
            return (runner, platform, buttons, board);
        }

        private static int IndexOf(BoardProfile board, ButtonRole role) => Array.FindIndex(board.Buttons, b => b.Role == role);

        [Fact]
        public void A_step_polls_the_feed_drives_the_led_and_the_display()
        {
            var (runner, platform, _, _) = Make();
            platform.Answers.Enqueue(Feed.Ok(Feed.Snapshot(1, level: 3, side: "long", startedAt: 50)));

            runner.Step();

            Assert.Equal(new[] { "http://ticker.local:5080/v1/snapshot?asset=BTC" }, platform.Requests);
            Assert.Equal(1, runner.App.Data!.Seq);
            Assert.Equal(new[] { true }, platform.LedWrites);
            Assert.Equal(1, platform.DisplayUpdates);
            Assert.Equal(92_160, runner.App.FreeMemoryBytes);

            // Cascade is 4 Hz: dark 125 ms later, and the LED pin is written only when it changes.
            platform.Answers.Enqueue(Feed.NotModified());
            platform.Now = 125;
            runner.Step();
            platform.Now = 130;
            runner.Step();
            Assert.Equal(new[] { true, false }, platform.LedWrites);
        }

        [Fact]
        public void Button_edges_become_gestures_and_actions()
        {
            var (runner, platform, buttons, board) = Make();
            int next = IndexOf(board, ButtonRole.Next);
            Assert.True(next >= 0, "the t-display profile has a Next button");

            // A bouncy press (edges 2-5 ms apart), held 200 ms, then released.
            buttons.Add(next, true, 1_000);
            buttons.Add(next, false, 1_003);
            buttons.Add(next, true, 1_005);
            buttons.Add(next, false, 1_205);
            platform.Now = 1_300;
            runner.Step();

            Assert.Equal(ScreenId.Liquidations, runner.App.Screen);
        }

        [Fact]
        public void A_held_button_acknowledges_the_alert_after_one_second()
        {
            var (runner, platform, buttons, board) = Make();
            platform.Answers.Enqueue(Feed.Ok(Feed.Snapshot(1, level: 2, side: "long", startedAt: 50)));
            runner.Step();
            Assert.False(runner.App.IsAlertAcknowledged);

            buttons.Add(IndexOf(board, ButtonRole.Next), true, 100);
            platform.Answers.Enqueue(Feed.NotModified());
            platform.Now = 1_099;
            runner.Step();
            Assert.False(runner.App.IsAlertAcknowledged);

            platform.Answers.Enqueue(Feed.NotModified());
            platform.Now = 1_100;
            runner.Step();
            Assert.True(runner.App.IsAlertAcknowledged);
            Assert.Equal(ScreenId.Gauge, runner.App.Screen);
        }

        [Fact]
        public void Errors_are_logged_once_each()
        {
            var (runner, platform, _, _) = Make();
            platform.Answers.Enqueue(Feed.Status(500));
            runner.Step();
            runner.Step();
            Assert.Equal(new[] { "feed answered HTTP 500" }, platform.Logs);
        }

        [Fact]
        public void A_failure_that_goes_on_is_logged_once_and_again_after_the_feed_recovered()
        {
            var (runner, platform, _, _) = Make();
            foreach (HttpResult answer in new[]
            {
                Feed.NetworkError("cannot connect"), Feed.NetworkError("cannot connect"), Feed.NetworkError("cannot connect"),
                Feed.Status(429), Feed.NetworkError("cannot connect"),
                Feed.Ok(Feed.Snapshot(7)), Feed.NetworkError("cannot connect"), Feed.NetworkError("cannot connect"),
            })
            {
                platform.Answers.Enqueue(answer);
            }

            while (platform.Answers.Count > 0)
            {
                runner.Step();
                platform.Now += 400_000;
            }

            Assert.Equal(8, platform.Requests.Count);
            const string Down = "cannot connect (feed ticker.local:5080)";
            Assert.Equal(new[] { Down, "feed busy (HTTP 429)", Down, Down }, platform.Logs);
        }

        [Fact]
        public void The_runner_reboots_the_device_after_ten_minutes_without_wifi()
        {
            var (runner, platform, _, _) = Make();
            platform.Connected = false;
            runner.Step();
            platform.Now = TickerApp.RebootAfterWifiLossMs - 1;
            runner.Step();
            Assert.Equal(0, platform.Reboots);
            platform.Now = TickerApp.RebootAfterWifiLossMs;
            runner.Step();
            Assert.Equal(1, platform.Reboots);
        }

        [Fact]
        public void Response_time_is_read_after_the_fetch()
        {
            // A long-poll held for 20 s: the answer is dated when it came, so staleness counts from then.
            var (runner, platform, _, _) = Make();
            platform.Answers.Enqueue(Feed.Ok(Feed.Snapshot(1)));
            platform.FetchTakesMs = 20_000;
            runner.Step();
            Assert.Equal(0, runner.App.DataAgeS(20_000));
        }

        /// <summary>A background fetcher the test finishes by hand: <see cref="Answer"/> is what TryComplete hands over.</summary>
        private sealed class ManualFetcher : IBackgroundFetcher
        {
            public readonly List<string> Started = new();
            public HttpResult? Answer;

            public void Start(HttpRequest request) => Started.Add(request.Url + (request.IfNoneMatch == null ? "" : " if-none-match " + request.IfNoneMatch));

            public bool TryComplete(HttpResult result)
            {
                if (Answer == null)
                {
                    return false;
                }

                result.Status = Answer.Status;
                result.Body = Answer.Body;
                result.BodyLength = Answer.BodyLength;
                result.ETag = Answer.ETag;
                result.RetryAfterS = Answer.RetryAfterS;
                result.Error = Answer.Error;
                Answer = null;
                return true;
            }
        }

        [Fact]
        public void With_a_background_fetcher_buttons_and_the_led_stay_live_while_a_long_poll_is_held()
        {
            var board = BoardCatalog.Find("t-display")!;
            var platform = new FakePlatform();
            var buttons = new ButtonEdgeQueue(16);
            var fetcher = new ManualFetcher();
            var app = new TickerApp(new DeviceSettings { WifiSsid = "desk", BoardId = board.Id }, 0, 99);
            var runner = new TickerRunner(app, board, platform, platform, fetcher, buttons, platform, platform, platform, platform);

            runner.Step();
            Assert.True(runner.IsFetching);
            Assert.Single(fetcher.Started);
            fetcher.Answer = Feed.Ok(Feed.Snapshot(1, level: 3, side: "long", startedAt: 50));
            platform.Now = 10;
            runner.Step();
            Assert.False(runner.IsFetching);
            Assert.Equal(1, runner.App.Data!.Seq);

            // The long-poll that follows is held: no answer for many turns, yet a press changes the screen and the
            // cascade pattern keeps blinking, and no second request is started.
            platform.Now = 20;
            runner.Step();
            Assert.True(runner.IsFetching);
            buttons.Add(IndexOf(board, ButtonRole.Next), true, 30);
            buttons.Add(IndexOf(board, ButtonRole.Next), false, 130);
            for (long t = 140; t <= 640; t += 10)
            {
                platform.Now = t;
                runner.Step();
            }

            Assert.Equal(ScreenId.Liquidations, runner.App.Screen);
            Assert.Equal(2, fetcher.Started.Count);
            Assert.EndsWith("&wait=25 if-none-match \"e1\"", fetcher.Started[1]);
            Assert.True(platform.LedWrites.Count >= 4, "the 4 Hz cascade blink went on: " + platform.LedWrites.Count + " writes");

            fetcher.Answer = Feed.NotModified();
            platform.Now = 25_000;
            runner.Step();
            Assert.False(runner.IsFetching);
            Assert.Equal(0, runner.App.ErrorCount);
        }
    }
}
