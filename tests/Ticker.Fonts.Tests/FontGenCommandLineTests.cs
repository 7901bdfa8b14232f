using System;
using System.Diagnostics;
using System.IO;
using Ticker.FontGen;
using Ticker.Fonts.Tests.Support;
using Xunit;

namespace Ticker.Fonts.Tests
{
    /// <summary>The generator's command line and its errors, run as a process: exit 0 done, 2 bad arguments or input in one line, 1 stale fonts.</summary>
    public class FontGenCommandLineTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "ticker-fontgen-" + Guid.NewGuid().ToString("N"));

        public FontGenCommandLineTests()
        {
            Directory.CreateDirectory(_folder);
        }

        public void Dispose()
        {
            Directory.Delete(_folder, recursive: true);
        }

        [Fact]
        public void OneFontFromTheCommandLineEqualsTheCommittedOne()
        {
            var entry = ShippedFonts.Entry("DejaVuSans14");
            var output = Path.Combine(_folder, "out", "font.tinyfnt");
            var (code, stdout, _) = Run("--font", entry.FontPath, "--size", "14", "--out", output);
            Assert.Equal(0, code);
            Assert.Contains("2052 bytes, 109 glyphs, line height 16 px, cap height 10 px, digit height 10 px", stdout, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllBytes(entry.OutputPath), File.ReadAllBytes(output));
        }

        [Fact]
        public void AllWritesWhatTheManifestListsAndCheckFindsItUpToDate()
        {
            var entry = ShippedFonts.Entry("DejaVuSans11");
            var manifest = Path.Combine(_folder, "fonts.json");
            File.WriteAllText(manifest, "{ \"fonts\": [ { \"name\": \"Small\", \"font\": " + Json(entry.FontPath) +
                ", \"size\": 11, \"output\": \"res/Small.tinyfnt\" } ] }");

            var (stale, _, staleError) = Run("--all", "--check", "--manifest", manifest);
            Assert.Equal(1, stale);
            Assert.Contains(Program.RegenerateCommand, staleError, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(_folder, "res", "Small.tinyfnt")));

            Assert.Equal(0, Run("--all", "--manifest", manifest).Code);
            Assert.Equal(File.ReadAllBytes(entry.OutputPath), File.ReadAllBytes(Path.Combine(_folder, "res", "Small.tinyfnt")));
            Assert.Equal(0, Run("--all", "--check", "--manifest", manifest).Code);
        }

        [Fact]
        public void MissingFontFileIsNamed()
        {
            var missing = Path.Combine(_folder, "nope.ttf");
            var (code, _, error) = Run("--font", missing, "--size", "11", "--out", Path.Combine(_folder, "x.tinyfnt"));
            Assert.Equal(2, code);
            Assert.Contains("Font file not found: " + missing, error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("5")]
        [InlineData("97")]
        public void SizeOutOfRangeIsRefused(string size)
        {
            var (code, _, error) = Run("--font", ShippedFonts.Entry("DejaVuSans11").FontPath, "--size", size, "--out", Path.Combine(_folder, "x.tinyfnt"));
            Assert.Equal(2, code);
            Assert.Contains("Size " + size + " px is out of range: the generator makes fonts of 6 to 96 px.", error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Ticker.FontGen: --size needs a whole number of pixels, not 'eleven' (see Ticker.FontGen --help)", "--size", "eleven")]
        [InlineData("Ticker.FontGen: unknown argument '--frobnicate' (see Ticker.FontGen --help)", "--frobnicate")]
        [InlineData("Ticker.FontGen: give --font, --size and --out (or --all) (see Ticker.FontGen --help)", "--size", "11")]
        [InlineData("Ticker.FontGen: --out needs a value (see Ticker.FontGen --help)", "--out")]
        public void BadArgumentsAreOneLineNamingTheProblem(string expected, params string[] args)
        {
            var (code, _, error) = Run(args);
            Assert.Equal(2, code);
            Assert.Equal(expected, error.TrimEnd('\r', '\n'));
        }

        [Fact]
        public void HelpPrintsTheUsage()
        {
            var (code, output, error) = Run("--help");
            Assert.Equal(0, code);
            Assert.StartsWith("Usage:", output, StringComparison.Ordinal);
            Assert.Equal(string.Empty, error);
        }

        [Fact]
        public void GlyphsTheFaceLacksAreNamedByCodePoint()
        {
            var font = ShippedFonts.Entry("DejaVuSans11").FontPath;
            var e = Assert.Throws<FontGenerationException>(() => FontGenerator.Generate(font, 11, false, new[] { 'A', '\u4E00', '\uAC00' }));
            Assert.Contains("DejaVuSans.ttf has no glyph for 2 character(s)", e.Message, StringComparison.Ordinal);
            Assert.Contains("U+4E00", e.Message, StringComparison.Ordinal);
            Assert.Contains("U+AC00", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void BoldOfARegularFaceIsEmboldenedAndFlagged()
        {
            var regular = ShippedFonts.Entry("DejaVuSans11").FontPath;
            var generated = FontGenerator.Generate(regular, 11, bold: true);
            Assert.True(generated.Emboldened);
            Assert.True(generated.Font.IsBold);
            Assert.NotEqual(File.ReadAllBytes(ShippedFonts.Entry("DejaVuSans11").OutputPath), TinyFontWriter.ToBytes(generated.Font));
        }

        [Fact]
        public void MalformedManifestIsNamed()
        {
            var manifest = Path.Combine(_folder, "fonts.json");
            File.WriteAllText(manifest, "{ \"fonts\": [ { \"name\": \"X\", \"font\": \"a.ttf\", \"output\": \"x.tinyfnt\" } ] }");
            var (code, _, error) = Run("--all", "--manifest", manifest);
            Assert.Equal(2, code);
            Assert.Contains("fonts[0] needs a whole-number \"size\"", error, StringComparison.Ordinal);
        }

        private static string Json(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal) + "\"";

        // The generator as a user starts it: a real process, from the test's output folder (the project is referenced).
        private static (int Code, string Out, string Error) Run(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ticker.FontGen.dll"));
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Ticker.FontGen " + string.Join(' ', args) + " did not exit within 120 s");
            }

            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
