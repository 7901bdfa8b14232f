using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    /// <summary>
    /// The emulator as a user starts it, a real process: bad input ends it with exit code 2 and one line on stderr
    /// naming the problem, before anything listens or replays.
    /// </summary>
    public sealed class CommandLineProcessTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("ticker-cli-").FullName;

        public void Dispose() => Directory.Delete(_dir, true);

        [Fact]
        public void A_settings_file_with_a_duplicate_key_exits_2_naming_the_key()
        {
            string path = Path.Combine(_dir, "ticker.json");
            File.WriteAllText(path, "{\n  \"feedUrl\": \"http://127.0.0.1:1\",\n  \"feedUrl\": \"http://127.0.0.1:2\"\n}\n");

            Result r = Run("--settings", path, "--headless", "--urls", "http://127.0.0.1:0");

            Assert.Equal(2, r.ExitCode);
            Assert.Equal("error: --settings: '" + path + "', line 3: feedUrl is given twice (also on line 2; keys are case-insensitive); give each key once", r.OneErrorLine());
        }

        [Fact]
        public void A_binary_file_as_the_scenario_exits_2_in_one_line()
        {
            string path = Path.Combine(_dir, "noise.jsonl");
            byte[] noise = new byte[64 * 1024];
            new Random(10).NextBytes(noise);
            File.WriteAllBytes(path, noise);

            Result r = Run("--scenario", path, "--headless");

            Assert.Equal(2, r.ExitCode);
            Assert.StartsWith("error: --scenario " + path + ": '" + path + "' not a recording: line 1: ", r.OneErrorLine());
            Assert.DoesNotContain("warn", r.Stdout, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void A_host_name_in_urls_is_refused_instead_of_listening_everywhere()
        {
            Result r = Run("--urls", "http://nonexistent.invalid:5191", "--headless");

            Assert.Equal(2, r.ExitCode);
            Assert.StartsWith("error: --urls must be one http://<IP address or localhost>:<port> address", r.OneErrorLine());
            Assert.Contains("'nonexistent.invalid'", r.Stderr);
        }

        [Theory]
        [InlineData("--help")]
        [InlineData("-h")]
        public void Help_lists_every_option_and_command_and_exits_0(string help)
        {
            Result r = Run(help);

            Assert.Equal(0, r.ExitCode);
            Assert.Contains("ticker-emulator [command] [options]", r.Stdout);
            foreach (string name in new[] { "--urls", "--feed", "--board", "--scenario", "--speed", "--settings", "--headless", "--version", "render", "contact-sheet", "golden" })
            {
                Assert.Contains(name, r.Stdout);
            }

            Assert.Equal("", r.Stderr);
        }

        [Fact]
        public void A_commands_help_lists_its_options_and_exits_0()
        {
            Result r = Run("render", "--help");

            Assert.Equal(0, r.ExitCode);
            Assert.Contains("ticker-emulator render [options]", r.Stdout);
            Assert.Contains("--snapshot <file.json>", r.Stdout);
            Assert.Equal("", r.Stderr);
        }

        [Fact]
        public void Version_prints_the_version_and_exits_0()
        {
            Result r = Run("--version");

            Assert.Equal(0, r.ExitCode);
            Assert.Matches(@"^\d+\.\d+\.\d+", r.Stdout);
            Assert.Equal("", r.Stderr);
        }

        [Theory]
        [InlineData(new[] { "--bogus" }, "ticker-emulator: unknown option '--bogus' (see ticker-emulator --help)")]
        [InlineData(new[] { "--board" }, "ticker-emulator: Required argument missing for option: '--board' (see ticker-emulator --help)")]
        [InlineData(new[] { "render", "--board", "t-display" }, "render: Option '--screen' is required (see ticker-emulator render --help)")]
        [InlineData(new[] { "render", "--board", "t-display", "--screen", "gauge", "--snapshot", "x.json", "--out", "x.png", "--colour", "red" }, "render: unknown option '--colour' (see ticker-emulator render --help)")]
        [InlineData(new[] { "paint" }, "ticker-emulator: unexpected argument 'paint' (see ticker-emulator --help)")]
        [InlineData(new[] { "--speed", "0", "--headless" }, "error: --speed must be a number from 0.1 to 1000 (times real time); got '0'")]
        public void A_bad_command_line_exits_2_in_one_line_naming_the_problem(string[] args, string expected)
        {
            Result r = Run(args);

            Assert.Equal(2, r.ExitCode);
            Assert.Equal(expected, r.OneErrorLine());
            Assert.Equal("", r.Stdout);
        }

        [Fact]
        public void The_first_build_says_that_it_is_building_in_a_line_dotnet_run_shows()
        {
            // dotnet run hides a build's messages but shows its warnings: the project warns once, when the emulator
            // has never been built (its assembly is missing), and says nothing on later builds.
            string project = Support.RepoPaths.Of("emulator", "Ticker.Emulator.csproj");
            Result first = Dotnet("msbuild", project, "-t:TickerSayFirstBuild", "-nologo", "-p:TargetPath=" + Path.Combine(_dir, "missing.dll"));
            string built = Path.Combine(_dir, "built.dll");
            File.WriteAllBytes(built, Array.Empty<byte>());
            Result later = Dotnet("msbuild", project, "-t:TickerSayFirstBuild", "-nologo", "-p:TargetPath=" + built);

            Assert.Equal(0, first.ExitCode);
            Assert.Contains("warning TICKER002: Building the emulator, the embedded feed and the device's core for the first time: about 90 s", first.Stdout);
            Assert.Equal(0, later.ExitCode);
            Assert.DoesNotContain("TICKER002", later.Stdout);
        }

        private static Result Run(params string[] args)
        {
            string dll = Path.Combine(AppContext.BaseDirectory, "ticker-emulator.dll");
            var all = new string[args.Length + 2];
            all[0] = "exec";
            all[1] = dll;
            args.CopyTo(all, 2);
            return Dotnet(all);
        }

        private static Result Dotnet(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string a in args)
            {
                start.ArgumentList.Add(a);
            }

            using Process process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet " + string.Join(' ', args) + " did not exit within 120 s");
            }

            return new Result(process.ExitCode, stdout.Result, stderr.Result);
        }

        private sealed record Result(int ExitCode, string Stdout, string Stderr)
        {
            public string OneErrorLine()
            {
                string[] lines = Stderr.TrimEnd('\n', '\r').Split('\n');
                Assert.True(lines.Length == 1, "expected one line on stderr, got:\n" + Stderr);
                return lines[0].TrimEnd('\r');
            }
        }
    }
}
