using System;
using System.IO;
using Ticker.Feed.Replay;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Replay
{
    public sealed class ReplayFileTests
    {
        [Fact]
        public void A_recording_is_found_as_a_file_a_folder_or_a_shipped_name_with_its_markers()
        {
            using var scenario = new SmallScenario();
            string folder = Path.Combine(scenario.Folder, SmallScenario.Name);
            Directory.CreateDirectory(folder);
            File.Copy(scenario.RecordingPath, Path.Combine(folder, SmallScenario.Name + ".jsonl"));

            ReplayFile byFile = ReplayFile.Open(scenario.RecordingPath);
            ReplayFile byFolder = ReplayFile.Open(folder);
            ReplayFile shipped = ReplayFile.Open("calm-day");

            Assert.Equal(SmallScenario.Name, byFile.Name);
            Assert.Equal(scenario.Generated.Markers, byFile.Markers);
            Assert.Equal(scenario.Generated.Records, byFile.Records);
            Assert.Equal(SmallScenario.Name, byFolder.Name);
            Assert.Empty(byFolder.Markers);
            Assert.Equal("calm-day", shipped.Name);
            Assert.Equal(3, shipped.Markers.Count);
            Assert.InRange(shipped.DurationMs, (8 * 3_600_000) - 1_000, 8 * 3_600_000);
        }

        [Fact]
        public void A_path_that_is_nothing_or_holds_no_record_is_refused_with_its_name()
        {
            using var scenario = new SmallScenario();
            string empty = Path.Combine(scenario.Folder, "empty.jsonl");
            File.WriteAllText(empty, "garbage\n\n");

            Assert.Null(ReplayFile.Locate("no-such-scenario"));
            Assert.Contains("no-such.jsonl", Assert.Throws<ReplayException>(() => ReplayFile.Open("no-such.jsonl")).Message);
            ReplayException error = Assert.Throws<ReplayException>(() => ReplayFile.Open(empty));
            Assert.EndsWith("holds no record (1 bad line; line 1: not JSON: 'g' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.).", error.Message);
        }

        [Fact]
        public void A_binary_file_is_refused_in_one_line_after_a_bounded_look()
        {
            using var scenario = new SmallScenario();
            string binary = Path.Combine(scenario.Folder, "noise.jsonl");
            var bytes = new byte[200_000];
            new Random(7).NextBytes(bytes);
            bytes[0] = (byte)'#';
            File.WriteAllBytes(binary, bytes);
            int seen = 0;

            ReplayException error = Assert.Throws<ReplayException>(() => ReplayFile.Open(binary, _ => seen++));

            Assert.StartsWith($"'{binary}' is not a recording: none of its first {ReplayFile.NotARecordingAfter} lines is one (line 1: not JSON: ", error.Message);
            Assert.DoesNotContain('\n', error.Message);
            Assert.Equal(ReplayFile.NotARecordingAfter, seen);
        }

        [Fact]
        public void Bad_lines_are_summed_up_in_one_line_quoting_the_first_few()
        {
            using var scenario = new SmallScenario();
            string file = Path.Combine(scenario.Folder, "some-bad.jsonl");
            File.WriteAllLines(file, new[]
            {
                Record(10_000), "nope", Record(11_000), "{\"t\":-1,\"src\":\"rest\",\"data\":1}", "[1]", "{}", Record(12_000),
            });

            ReplayFile opened = ReplayFile.Open(file);

            Assert.Equal(3, opened.Records);
            Assert.Equal(4, opened.BadLines);
            Assert.Null(opened.OutOfOrderSummary);
            string summary = opened.BadLinesSummary!;
            Assert.StartsWith($"{file}: 4 bad lines skipped (line 2: not JSON: ", summary);
            Assert.Contains("; line 4: \"t\" must be the receive time", summary);
            Assert.Contains("; line 5: not a JSON object; ...)", summary);
            Assert.DoesNotContain("line 6", summary);
        }

        [Fact]
        public void Records_going_back_in_time_are_counted_with_the_first_line_and_the_largest_step_while_jitter_is_not()
        {
            using var scenario = new SmallScenario();
            string file = Path.Combine(scenario.Folder, "shuffled.jsonl");
            // 19,500 after 20,000 is the recorder's own jitter (several connections stamp before they write).
            File.WriteAllLines(file, new[] { Record(10_000), Record(20_000), Record(19_500), Record(5_000), Record(30_000), Record(1_000) });

            ReplayFile opened = ReplayFile.Open(file);

            Assert.Equal(2, opened.OutOfOrderRecords);
            Assert.Equal(4, opened.FirstOutOfOrderLine);
            Assert.Equal(29_000, opened.LargestStepBackMs);
            Assert.Equal(10_000, opened.StartMs);
            Assert.Equal(30_000, opened.EndMs);
            Assert.Equal(
                $"{file}: 2 records go back in time (first at line 4, at most 29 s back); each is replayed at the time already reached, so the result differs from what a feed saw live: sort the lines by \"t\" to replay it as recorded",
                opened.OutOfOrderSummary);
            Assert.Null(opened.BadLinesSummary);
        }

        private static string Record(long t) => $"{{\"t\":{t},\"src\":\"okx-public-ws\",\"data\":\"pong\"}}";
    }
}
