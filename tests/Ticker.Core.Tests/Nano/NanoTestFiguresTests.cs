using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Ticker.App;
using Ticker.Boards;
using Ticker.Core.NanoTests.Support;
using Ticker.Core.Tests.Support;
using Ticker.Data;
using Xunit;

namespace Ticker.Core.Tests.Nano
{
    /// <summary>
    /// The figures the nano tests check on the device (tests/Ticker.Core.NanoTests/Support/Expected.cs) and the
    /// examples they carry as strings (DocExamples.cs), computed and compared here on .NET, so they cannot drift from
    /// the core or from docs/examples. When one changes on purpose, the failure message is the new text to paste.
    /// </summary>
    public class NanoTestFiguresTests
    {
        private static readonly string SupportDir = RepoPaths.Of("tests", "Ticker.Core.NanoTests", "Support");

        [Fact]
        public void The_examples_carried_as_strings_equal_docs_examples()
        {
            var files = Directory.GetFiles(RepoPaths.Of("docs", "examples"), "*.json").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(files, DocExamples.Names.OrderBy(n => n, StringComparer.Ordinal));
            foreach (string name in DocExamples.Names)
            {
                string text = File.ReadAllText(RepoPaths.Of("docs", "examples", name));
                Assert.True(text == DocExamples.Json(name), $"DocExamples.Json(\"{name}\") differs from docs/examples/{name}; its new value:\n{Literal(text)}");
            }
        }

        [Fact]
        public void The_expected_figures_are_what_the_core_gives_on_dotnet()
        {
            string current = ExpectedTables();
            string computed = ComputedTables();
            Assert.True(current == computed,
                "tests/Ticker.Core.NanoTests/Support/Expected.cs no longer matches the core. If the change is intended, " +
                "replace its tables with:\n\n" + computed);
        }

        [Fact]
        public void The_figures_differ_where_the_drawings_differ()
        {
            // A fingerprint that ignored its input would make these equal. Boards of one size draw the same screens,
            // except the status screen, which names the board.
            foreach (var board in Expected.ScreenHashes.GroupBy(h => h.BoardId))
            {
                Assert.Equal(ScreenRun.Screens.Length, board.Select(h => h.Hash).Distinct().Count());
            }

            uint small = Expected.ScreenHashes.Single(h => h.BoardId == "t-display" && h.Screen == ScreenId.Gauge).Hash;
            uint large = Expected.ScreenHashes.Single(h => h.BoardId == "m5stack-core" && h.Screen == ScreenId.Gauge).Hash;
            Assert.NotEqual(small, large);
            Assert.Equal(BoardCatalog.Count, Expected.ScreenHashes.Where(h => h.Screen == ScreenId.Status).Select(h => h.Hash).Distinct().Count());
            // The self-test names its board and panel values, so every board's differs.
            Assert.Equal(BoardCatalog.Count, Expected.SelfTestHashes.Select(h => h.Hash).Distinct().Count());
            Assert.Equal(Expected.ExampleFingerprints.Length, Expected.ExampleFingerprints.Distinct().Count());
            Assert.DoesNotContain(Expected.EmptyFingerprint, Expected.ExampleFingerprints);
        }

        [Fact]
        public void A_changed_field_or_drawing_call_changes_its_figure()
        {
            var snapshot = Decode(DocExamples.Calm);
            uint before = SnapshotFingerprint.Of(snapshot);
            snapshot.Sources[5].AgeS++;
            Assert.NotEqual(before, SnapshotFingerprint.Of(snapshot));

            var a = new DrawCallHasher(10, 10);
            var b = new DrawCallHasher(10, 10);
            a.DrawText("$3.92B", 2, 0xFFFFFF, 4, 5);
            b.DrawText("$3.91B", 2, 0xFFFFFF, 4, 5);
            Assert.NotEqual(a.Hash, b.Hash);
        }

        [Fact]
        public void The_snapshot_fingerprint_reads_every_field_of_the_snapshot()
        {
            string source = File.ReadAllText(Path.Combine(SupportDir, "SnapshotFingerprint.cs"));
            Type[] types = { typeof(Snapshot), typeof(PriceSection), typeof(RiskSection), typeof(LiqSection), typeof(LiqWindow), typeof(SpotSection), typeof(AlertSection), typeof(SourceEntry) };
            var missing = types
                .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => $"{t.Name}.{f.Name}"))
                .Where(f => !source.Contains("." + f.Split('.')[1], StringComparison.Ordinal))
                .ToArray();
            Assert.True(missing.Length == 0, "SnapshotFingerprint.Of does not read: " + string.Join(", ", missing));
        }

        private static string ComputedTables()
        {
            var text = new StringBuilder();
            text.Append("ExampleFingerprints:\n");
            foreach (string name in DocExamples.Names)
            {
                text.Append($"            0x{SnapshotFingerprint.Of(Decode(DocExamples.Json(name))):X8}, // {name}\n");
            }

            text.Append($"EmptyFingerprint = 0x{SnapshotFingerprint.Of(new Snapshot()):X8}\n");
            text.Append($"AppScenarioDisplay = 0x{AppScenario.Play("t-display").DisplayHash:X8}\n");
            text.Append("ScreenHashes:\n");
            foreach (BoardProfile board in BoardCatalog.All)
            {
                foreach (ScreenId screen in ScreenRun.Screens)
                {
                    text.Append($"            new ScreenHash(\"{board.Id}\", ScreenId.{screen}, 0x{ScreenRun.Hash(board, screen):X8}),\n");
                }
            }

            text.Append("SelfTestHashes:\n");
            foreach (BoardProfile board in BoardCatalog.All)
            {
                text.Append($"            new BoardHash(\"{board.Id}\", 0x{SelfTestRun.Hash(board):X8}),\n");
            }

            return text.ToString();
        }

        private static string ExpectedTables()
        {
            var text = new StringBuilder();
            text.Append("ExampleFingerprints:\n");
            for (int i = 0; i < DocExamples.Names.Length; i++)
            {
                uint value = i < Expected.ExampleFingerprints.Length ? Expected.ExampleFingerprints[i] : 0;
                text.Append($"            0x{value:X8}, // {DocExamples.Names[i]}\n");
            }

            text.Append($"EmptyFingerprint = 0x{Expected.EmptyFingerprint:X8}\n");
            text.Append($"AppScenarioDisplay = 0x{Expected.AppScenarioDisplay:X8}\n");
            text.Append("ScreenHashes:\n");
            foreach (ScreenHash h in Expected.ScreenHashes)
            {
                text.Append($"            new ScreenHash(\"{h.BoardId}\", ScreenId.{h.Screen}, 0x{h.Hash:X8}),\n");
            }

            text.Append("SelfTestHashes:\n");
            foreach (BoardHash h in Expected.SelfTestHashes)
            {
                text.Append($"            new BoardHash(\"{h.BoardId}\", 0x{h.Hash:X8}),\n");
            }

            return text.ToString();
        }

        private static Snapshot Decode(string json)
        {
            byte[] body = Encoding.UTF8.GetBytes(json);
            var snapshot = new Snapshot();
            var decoder = new SnapshotDecoder();
            Assert.True(decoder.Decode(body, 0, body.Length, snapshot), $"{decoder.Error} at {decoder.ErrorPosition}");
            return snapshot;
        }

        private static string Literal(string text) =>
            "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
    }
}
