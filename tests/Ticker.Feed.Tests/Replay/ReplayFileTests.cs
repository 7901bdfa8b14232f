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
            Assert.Contains("holds no record (1 bad lines)", error.Message);
        }
    }
}
