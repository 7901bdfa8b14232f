using System;
using System.IO;
using System.Linq;
using Ticker.App;
using Ticker.Boards;
using Ticker.Drawing;
using Ticker.Emulator;
using Xunit;

namespace Ticker.Rendering.Tests
{
    /// <summary>The committed golden images, and the emulator's command line.</summary>
    public class GoldenAndCliTests
    {
        public static TheoryData<string> GoldenNames()
        {
            var data = new TheoryData<string>();
            foreach (GoldenImages.Case c in GoldenImages.Cases(Repo.ExamplesFolder))
            {
                data.Add(c.FileName);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(GoldenNames))]
        public void Renders_match_the_committed_golden_images_pixel_for_pixel(string fileName)
        {
            // Regenerate after an intended change with: dotnet run --project emulator -- golden
            GoldenImages.Case c = GoldenImages.Cases(Repo.ExamplesFolder).Single(g => g.FileName == fileName);
            string path = Path.Combine(Repo.Root, GoldenImages.RelativeFolder, fileName);
            Assert.True(File.Exists(path), path + " is missing: run dotnet run --project emulator -- golden");
            int[] golden = PngExport.Decode(File.ReadAllBytes(path), out int w, out int h);
            Rgb565Surface frame = GoldenImages.Render(c, Repo.Fonts);
            Assert.Equal((frame.Width, frame.Height), (w, h));
            int[] actual = frame.Pixels.Select(p => Rgb565.ToRgb(p)).ToArray();
            int differ = Enumerable.Range(0, actual.Length).Count(i => actual[i] != golden[i]);
            Assert.True(differ == 0, $"{differ} pixels differ from {fileName}; if intended, run dotnet run --project emulator -- golden");
        }

        [Fact]
        public void Render_command_writes_the_screen_as_a_png()
        {
            string dir = Directory.CreateTempSubdirectory("ticker-render").FullName;
            try
            {
                string png = Path.Combine(dir, "out.png");
                string snapshot = Path.Combine(Repo.ExamplesFolder, "snapshot-cascade.json");
                var output = new StringWriter();
                int rc = Emulator.Program.Run(new[] { "render", "--board", "t-display", "--screen", "liquidations", "--snapshot", snapshot, "--out", png, "--stale" }, output);
                Assert.Equal(0, rc);
                int[] pixels = PngExport.Decode(File.ReadAllBytes(png), out int w, out int h);
                BoardProfile board = BoardCatalog.Find("t-display");
                Assert.Equal((board.Width, board.Height), (w, h));
                Rgb565Surface expected = ScreenRenderer.Render(board, ScreenId.Liquidations, File.ReadAllBytes(snapshot), true, Repo.Fonts);
                Assert.Equal(expected.Pixels.Select(p => Rgb565.ToRgb(p)).ToArray(), pixels);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Theory]
        [InlineData("render", "--board", "nope", "--screen", "gauge", "--snapshot", "x.json", "--out", "x.png")]
        [InlineData("render", "--board", "t-display", "--screen", "radar", "--snapshot", "x.json", "--out", "x.png")]
        [InlineData("render", "--board", "t-display", "--screen", "gauge", "--snapshot", "/no/such/file.json", "--out", "x.png")]
        [InlineData("render", "--board", "t-display", "--screen", "gauge", "--out", "x.png")]
        [InlineData("render", "--board", "t-display", "--screen", "gauge", "--snapshot", "x.json", "--out", "x.png", "--colour", "red")]
        [InlineData("explode")]
        [InlineData("--board", "nope")]
        [InlineData("--speed", "0")]
        [InlineData("--urls", "ftp://127.0.0.1:1")]
        [InlineData("--scenario", "no-such-story")]
        [InlineData("--feed", "http://127.0.0.1:1", "--speed", "2")]
        [InlineData("--frobnicate")]
        public void Bad_arguments_exit_with_2(params string[] args)
        {
            Assert.Equal(Emulator.Program.UsageError, Emulator.Program.Main(args));
        }

        [Fact]
        public void A_file_that_is_not_a_snapshot_exits_with_2()
        {
            string file = Path.GetTempFileName();
            try
            {
                File.WriteAllText(file, "{\"v\":1,\"price\":");
                Assert.Equal(Emulator.Program.UsageError, Emulator.Program.Main(new[] { "render", "--board", "t-display", "--screen", "gauge", "--snapshot", file, "--out", file + ".png" }));
                Assert.False(File.Exists(file + ".png"));
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}

namespace Ticker.Rendering.Tests
{
    /// <summary>The contact sheet: every board x screen per example, each cell the exact device render under its label.</summary>
    public class ContactSheetTests
    {
        [Fact]
        public void Each_cell_is_the_device_render_below_a_label()
        {
            byte[] calm = Repo.Example("snapshot-calm");
            var boards = BoardCatalog.All;
            Rgb565Surface sheet = ContactSheetBuilder.Build(boards, new[] { ("snapshot-calm", calm) }, Repo.Fonts);
            int cellWidth = boards.Max(b => b.Width);
            int labelHeight = Repo.Fonts.Get(FontIds.Small).Metrics.Height + 2;
            Assert.Equal(ContactSheetBuilder.Gap + (Screens.Count * (cellWidth + ContactSheetBuilder.Gap)), sheet.Width);
            Assert.Equal(ContactSheetBuilder.Gap + boards.Sum(b => labelHeight + b.Height + ContactSheetBuilder.Gap), sheet.Height);

            // Second board, market screen.
            BoardProfile board = boards[1];
            int x = ContactSheetBuilder.Gap + ((int)ScreenId.Market * (cellWidth + ContactSheetBuilder.Gap));
            int y = ContactSheetBuilder.Gap + labelHeight + boards[0].Height + ContactSheetBuilder.Gap + labelHeight;
            Rgb565Surface frame = ScreenRenderer.Render(board, ScreenId.Market, calm, false, Repo.Fonts);
            for (int row = 0; row < frame.Height; row++)
            {
                for (int col = 0; col < frame.Width; col++)
                {
                    Assert.True(frame.GetPixel(col, row) == sheet.GetPixel(x + col, y + row), $"({col},{row})");
                }
            }

            ushort label = (ushort)Rgb565.From(ContactSheetBuilder.LabelColor);
            bool labelled = Enumerable.Range(0, labelHeight).Any(r => Enumerable.Range(0, cellWidth).Any(c => sheet.GetPixel(x + c, y - labelHeight + r) == label));
            Assert.True(labelled, "no label text above the cell");
        }
    }
}
