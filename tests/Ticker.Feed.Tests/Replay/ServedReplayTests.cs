using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Ticker.Feed.Hosting;
using Ticker.Feed.Http;
using Ticker.Feed.Replay;
using Ticker.Feed.Settings;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Replay
{
    /// <summary>
    /// <c>--replay</c> served by a real Kestrel on 127.0.0.1 port 0. The fake clock is the WALL clock here (HTTP
    /// timeouts, rate limits and the replay's pacing); the market runs on the replay clock, moved by the replay.
    /// Tests wait on the replay's observer and on POST /v1/replay, which answers once the replay has taken the change in.
    /// </summary>
    public sealed class ServedReplayTests
    {
        /// <summary>Wait bound for the replay's own work (never a synchronisation: the observer says when it is done).</summary>
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

        [Fact]
        public async Task Without_loop_the_end_state_stays_served_and_equals_the_fast_replay()
        {
            using var scenario = new SmallScenario();
            var watcher = new ReplayWatcher();
            await using RunningFeed feed = await Start(scenario, watcher, "--speed", "60");

            JsonElement status = await Status(feed);
            Assert.Equal(SmallScenario.Name, status.GetProperty("file").GetString());
            Assert.Equal(60, status.GetProperty("speed").GetDouble());
            Assert.False(status.GetProperty("paused").GetBoolean());
            Assert.False(status.GetProperty("loop").GetBoolean());
            Assert.Equal(1, status.GetProperty("pass").GetInt32());
            long duration = status.GetProperty("durationMs").GetInt64();
            Assert.InRange(duration, 11 * 60_000, 12 * 60_000);
            Assert.Equal(
                new[] { (0L, "calm"), (480_000L, "burst") },
                status.GetProperty("markers").EnumerateArray().Select(m => (m.GetProperty("atMs").GetInt64(), m.GetProperty("label").GetString()!)));

            await Control(feed, "{\"speed\":60}");
            feed.Clock.Advance(TimeSpan.FromSeconds(13));
            await watcher.Ended(1).WaitAsync(Bound);

            ReplayResult fast = FastReplay.Run(scenario.RecordingPath);
            using HttpResponseMessage snapshot = await feed.Client.GetAsync("/v1/snapshot?asset=BTC");
            Assert.Equal(fast.Snapshot, await snapshot.Content.ReadAsByteArrayAsync());
            Assert.Equal(fast.AlertsJson, await feed.Client.GetStringAsync("/v1/alerts?since=0"));

            // Hours later, still the final state.
            feed.Clock.Advance(TimeSpan.FromHours(2));
            using HttpResponseMessage later = await feed.Client.SendAsync(feed.Get("/v1/snapshot?asset=BTC", ifNoneMatch: snapshot.Headers.ETag!.Tag));
            Assert.Equal(HttpStatusCode.NotModified, later.StatusCode);
            status = await Status(feed);
            Assert.True(status.GetProperty("ended").GetBoolean());
            Assert.Equal(duration, status.GetProperty("positionMs").GetInt64());
        }

        [Fact]
        public async Task Pause_speed_and_restart_through_the_control_api()
        {
            using var scenario = new SmallScenario();
            var watcher = new ReplayWatcher();
            await using RunningFeed feed = await Start(scenario, watcher, "--speed", "60");

            JsonElement paused = await Control(feed, "{\"paused\":true}");
            Assert.True(paused.GetProperty("paused").GetBoolean());
            Assert.Equal(0, paused.GetProperty("positionMs").GetInt64());
            feed.Clock.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal(0, (await Status(feed)).GetProperty("positionMs").GetInt64());

            JsonElement resumed = await Control(feed, "{\"paused\":false,\"speed\":120}");
            Assert.False(resumed.GetProperty("paused").GetBoolean());
            Assert.Equal(120, resumed.GetProperty("speed").GetDouble());
            feed.Clock.Advance(TimeSpan.FromSeconds(2));
            // POST answers once the replay has caught up with the clock: 2 s x 120 = 4 simulated minutes.
            Assert.Equal(240_000, (await Control(feed, "{\"speed\":120}")).GetProperty("positionMs").GetInt64());
            long seqBefore = await Seq(feed);

            JsonElement restarted = await Control(feed, "{\"restart\":true}");
            Assert.Equal(2, restarted.GetProperty("pass").GetInt32());
            Assert.Equal(0, restarted.GetProperty("positionMs").GetInt64());
            Assert.True(await Seq(feed) > seqBefore, "seq keeps increasing across passes");
            Assert.Equal("{\"transitions\":[]}", await feed.Client.GetStringAsync("/v1/alerts?since=0"));
        }

        [Fact]
        public async Task A_long_poll_times_out_on_the_wall_clock_even_while_the_market_clock_stands_still()
        {
            using var scenario = new SmallScenario();
            await using RunningFeed feed = await Start(scenario, new ReplayWatcher(), "--speed", "60");
            await Control(feed, "{\"paused\":true}");
            using HttpResponseMessage first = await feed.Client.GetAsync("/v1/snapshot?asset=BTC");

            // Paused, the replay (and so the market clock) does not move: only the wall clock can end this wait.
            var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            feed.Service<LongPollGate>().WaitingChanged += waiting =>
            {
                if (waiting == 1)
                {
                    held.TrySetResult();
                }
            };
            Task<HttpResponseMessage> poll = feed.Client.SendAsync(feed.Get("/v1/snapshot?asset=BTC&wait=5", ifNoneMatch: first.Headers.ETag!.Tag));
            await held.Task.WaitAsync(Bound);

            feed.Clock.Advance(TimeSpan.FromSeconds(5));
            using HttpResponseMessage answer = await poll.WaitAsync(Bound);
            Assert.Equal(HttpStatusCode.NotModified, answer.StatusCode);
            Assert.Equal(0, (await Status(feed)).GetProperty("positionMs").GetInt64());
        }

        [Theory]
        [InlineData("{\"speed\":5000}", "speed", "must be a number from 0.1 to 1000")]
        [InlineData("{\"speed\":\"fast\"}", "speed", "must be a number from 0.1 to 1000")]
        [InlineData("{\"paused\":\"yes\"}", "paused", "must be true or false")]
        [InlineData("{\"restart\":false}", "restart", "must be true")]
        [InlineData("{\"rewind\":true}", "rewind", "is not a replay control")]
        [InlineData("[1]", "body", "must be a JSON object")]
        [InlineData("speed=2", "body", "must be a JSON object")]
        public async Task A_bad_control_gets_400_naming_the_field_and_its_range(string body, string field, string reason)
        {
            using var scenario = new SmallScenario();
            await using RunningFeed feed = await Start(scenario, new ReplayWatcher(), "--speed", "60");

            using HttpResponseMessage response = await feed.Client.PostAsync("/v1/replay", new StringContent(body, Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            JsonElement invalid = Assert.Single(problem.RootElement.GetProperty("invalid-params").EnumerateArray());
            Assert.Equal(field, invalid.GetProperty("name").GetString());
            Assert.Contains(reason, invalid.GetProperty("reason").GetString());
            Assert.Equal(60, (await Status(feed)).GetProperty("speed").GetDouble());
        }

        [Fact]
        public async Task With_loop_the_next_pass_starts_from_a_clean_market_and_seq_keeps_increasing()
        {
            using var scenario = new SmallScenario();
            var watcher = new ReplayWatcher();
            await using RunningFeed feed = await Start(scenario, watcher, "--speed", "60", "--loop");

            await Control(feed, "{\"speed\":60}");
            feed.Clock.Advance(TimeSpan.FromSeconds(13));
            ReplayStatus ended = await watcher.Ended(1).WaitAsync(Bound);
            ReplayStatus second = await watcher.Started(2).WaitAsync(Bound);

            Assert.True(ended.Loop);
            Assert.Equal(2, second.Pass);
            ReplayResult fast = FastReplay.Run(scenario.RecordingPath);
            Assert.True(await Seq(feed) > fast.Seq, "the new pass's snapshot has a higher seq than the last one");
            // Nothing of the first pass is left: no liquidations, price or spot volumes until the new pass brings them.
            string snapshot = await feed.Client.GetStringAsync("/v1/snapshot?asset=BTC");
            Assert.DoesNotContain("\"liq\"", snapshot);
            Assert.DoesNotContain("\"price\"", snapshot);
            Assert.DoesNotContain("\"spot\"", snapshot);
        }

        [Fact]
        public async Task Restarted_during_a_replay_with_a_database_it_resumes_and_the_totals_come_back()
        {
            using var scenario = new SmallScenario();
            string database = Path.Combine(scenario.Folder, "replay.db");
            long seqBefore;
            await using (RunningFeed first = await Start(scenario, new ReplayWatcher(), "--speed", "60", "--db", database))
            {
                await Control(first, "{\"speed\":60}");
                first.Clock.Advance(TimeSpan.FromSeconds(10));
                // 10 s at 60x: 10 minutes in, in the middle of the burst.
                Assert.Equal(600_000, (await Control(first, "{\"speed\":60}")).GetProperty("positionMs").GetInt64());
                seqBefore = await Seq(first);
            }

            var watcher = new ReplayWatcher();
            await using RunningFeed second = await Start(scenario, watcher, "--speed", "60", "--db", database);
            JsonElement resumed = await Status(second);
            Assert.InRange(resumed.GetProperty("positionMs").GetInt64(), 599_000, 600_000);
            Assert.True(await Seq(second) >= seqBefore, "seq does not go back");

            await Control(second, "{\"speed\":60}");
            second.Clock.Advance(TimeSpan.FromSeconds(10));
            await watcher.Ended(1).WaitAsync(Bound);

            // The same windows as a replay that never stopped: nothing lost, nothing counted twice.
            ReplayResult uninterrupted = FastReplay.Run(scenario.RecordingPath);
            using JsonDocument expected = JsonDocument.Parse(uninterrupted.Snapshot);
            using JsonDocument actual = JsonDocument.Parse(await second.Client.GetStringAsync("/v1/snapshot?asset=BTC"));
            // coveredS too: the database keeps each venue's own spans, so a restored venue covers from its own first
            // frame, and the replay resumed within the gap allowance, so the restart is no gap.
            Assert.Equal(expected.RootElement.GetProperty("liq").GetRawText(), actual.RootElement.GetProperty("liq").GetRawText());
            Assert.InRange(actual.RootElement.GetProperty("liq").GetProperty("h24").GetProperty("coveredS").GetInt64(), 60, 86_399);
        }

        [Fact]
        public async Task A_feed_without_replay_answers_404_on_the_control_api()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();

            using HttpResponseMessage get = await feed.Client.GetAsync("/v1/replay");
            using HttpResponseMessage post = await feed.Client.PostAsync("/v1/replay", new StringContent("{\"paused\":true}"));

            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
        }

        [Theory]
        [InlineData(new[] { "--replay", "no-such-recording.jsonl" }, "Feed:Replay:Path (--replay) must be an existing recording")]
        [InlineData(new[] { "--replay", "seed-dip", "--speed", "0" }, "Feed:Replay:Speed (--speed) must be a number from 0.1 to 1000")]
        [InlineData(new[] { "--replay", "seed-dip", "--live" }, "cannot be used together")]
        public void Bad_replay_options_stop_the_feed_naming_the_option(string[] args, string message)
        {
            FeedSettingsException error = Assert.Throws<FeedSettingsException>(() => FeedHost.Build(args));
            Assert.Contains(error.Problems, p => p.Contains(message, StringComparison.Ordinal));
        }

        private static Task<RunningFeed> Start(SmallScenario scenario, ReplayWatcher watcher, params string[] args) =>
            RunningFeed.StartAsync(new[] { "--replay", scenario.RecordingPath, "--rate-burst", "1000" }.Concat(args).ToArray(), services => services.AddSingleton<IReplayObserver>(watcher));

        private static async Task<JsonElement> Status(RunningFeed feed)
        {
            using JsonDocument document = JsonDocument.Parse(await feed.Client.GetStringAsync("/v1/replay"));
            return document.RootElement.Clone();
        }

        private static async Task<JsonElement> Control(RunningFeed feed, string body)
        {
            using HttpResponseMessage response = await feed.Client.PostAsync("/v1/replay", new StringContent(body, Encoding.UTF8, "application/json"));
            string text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, text);
            using JsonDocument document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }

        private static async Task<long> Seq(RunningFeed feed)
        {
            using JsonDocument document = JsonDocument.Parse(await feed.Client.GetStringAsync("/v1/snapshot?asset=BTC"));
            return document.RootElement.GetProperty("seq").GetInt64();
        }
    }
}
