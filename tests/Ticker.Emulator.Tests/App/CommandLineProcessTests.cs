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

        [Fact]
        public void Help_prints_the_usage_and_exits_0()
        {
            Result r = Run("--help");

            Assert.Equal(0, r.ExitCode);
            Assert.StartsWith("usage: [--urls", r.Stdout);
            Assert.Equal("", r.Stderr);
        }

        private static Result Run(params string[] args)
        {
            string dll = Path.Combine(AppContext.BaseDirectory, "ticker-emulator.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(dll);
            foreach (string a in args)
            {
                start.ArgumentList.Add(a);
            }

            using Process process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("ticker-emulator " + string.Join(' ', args) + " did not exit within 60 s");
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
