using System.IO;
using System.Linq;
using System.Text;
using Ticker.Data;
using Ticker.Feed.Alerts;
using Ticker.Feed.Replay;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Replay
{
    public sealed class FastReplayTests
    {
        [Fact]
        public void The_same_recording_gives_the_same_bytes()
        {
            using var scenario = new SmallScenario();
            ReplayResult first = FastReplay.Run(scenario.RecordingPath);
            ReplayResult second = FastReplay.Run(scenario.RecordingPath);

            Assert.Equal(first.Snapshot, second.Snapshot);
            Assert.Equal(first.AlertsJson, second.AlertsJson);
            Assert.Contains(first.Alerts, a => a.Level == AlertLevel.Cascade && a.Side == AlertSide.Long);
            Device.Decode(first.Snapshot);
        }

        [Fact]
        public void The_refresher_ticks_once_per_simulated_second_and_the_last_tick_covers_the_last_record()
        {
            using var scenario = new SmallScenario();
            ReplayResult result = FastReplay.Run(scenario.RecordingPath);
            long lastRecordMs = RecordingReader.FromFile(scenario.RecordingPath).Read().Max(r => r.TimeMs);

            Assert.Equal(scenario.Generated.Records, result.Records);
            Assert.Equal(0, result.EndMs % 1000);
            Assert.InRange(result.EndMs, lastRecordMs, lastRecordMs + 999);
            // One tick per whole second after the first record's, up to and including the final one.
            Assert.Equal((result.EndMs / 1000) - (result.StartMs / 1000), result.Ticks);
            Assert.Equal(result.EndMs / 1000, Device.Decode(result.Snapshot).AsOf);
        }

        [Fact]
        public void Replaying_with_record_writes_the_recording_back_byte_for_byte()
        {
            // The generator writes exactly what the recorder writes, and replay hands FeedInput exactly what was
            // recorded at exactly its time: so the recorder tapping a replay reproduces the recording.
            using var scenario = new SmallScenario();
            string copy = Path.Combine(scenario.Folder, "copy.jsonl");

            FastReplay.Run(scenario.RecordingPath, new[] { "--record", copy });

            byte[] recorded = File.ReadAllBytes(copy);
            Assert.Equal(scenario.Generated.Recording.Length, recorded.Length);
            Assert.Equal(scenario.Generated.Recording, recorded);
        }

        [Fact]
        public void A_bad_line_is_skipped_and_the_rest_replays()
        {
            using var scenario = new SmallScenario();
            string[] lines = File.ReadAllLines(scenario.RecordingPath);
            string broken = Path.Combine(scenario.Folder, "broken.jsonl");
            File.WriteAllLines(broken, lines.Take(10).Append("{\"t\":12,\"src\":\"nowhere\",\"data\":1}").Append("not json").Concat(lines.Skip(10)));

            ReplayResult clean = FastReplay.Run(scenario.RecordingPath);
            ReplayResult result = FastReplay.Run(broken);

            Assert.Equal(2, result.BadLines);
            Assert.Equal(clean.Records, result.Records);
            Assert.Equal(clean.Snapshot, result.Snapshot);
        }

        [Fact]
        public void The_command_writes_the_snapshot_and_alerts_and_a_summary_line()
        {
            using var scenario = new SmallScenario();
            string snapshot = Path.Combine(scenario.Folder, "snapshot.json");
            string alerts = Path.Combine(scenario.Folder, "alerts.json");
            var output = new StringWriter();
            var errors = new StringWriter();

            int code = ReplayCommand.Run(new[] { scenario.RecordingPath, "--out", snapshot, "--alerts-out", alerts }, output, errors);

            Assert.Equal(0, code);
            ReplayResult expected = FastReplay.Run(scenario.RecordingPath);
            Assert.Equal(expected.Snapshot, File.ReadAllBytes(snapshot));
            Assert.Equal(expected.AlertsJson, File.ReadAllText(alerts, Encoding.UTF8));
            Assert.StartsWith("{\"transitions\":[{\"at\":", expected.AlertsJson);
            string summary = Assert.Single(output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains($"replayed {expected.Records} records", summary);
        }

        [Theory]
        [InlineData(new[] { "missing.jsonl", "--out", "x.json" }, "recording 'missing.jsonl' not found")]
        [InlineData(new[] { "RECORDING", "--alerts-out", "a.json" }, "replay: Option '--out' is required")]
        [InlineData(new[] { "RECORDING", "--out", "x.json", "--speed", "3" }, "replay: unknown option '--speed' (see Ticker.Feed replay --help)")]
        [InlineData(new[] { "--bogus", "--out", "x.json" }, "replay: unknown option '--bogus'")]
        [InlineData(new[] { "RECORDING", "--out" }, "replay: Required argument missing for option: '--out'")]
        [InlineData(new[] { "RECORDING", "--out", "x.json", "--snapshot-interval", "0" }, "Feed:SnapshotIntervalSeconds (--snapshot-interval) must be an integer from 1 to 60")]
        public void A_bad_option_exits_2_with_one_line_naming_it(string[] args, string reason)
        {
            using var scenario = new SmallScenario();
            var errors = new StringWriter();
            string[] resolved = args.Select(a => a == "RECORDING" ? scenario.RecordingPath : a).ToArray();

            int code = ReplayCommand.Run(resolved, new StringWriter(), errors);

            Assert.Equal(2, code);
            string line = Assert.Single(errors.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(reason, line);
        }
    }
}
