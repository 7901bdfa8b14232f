using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Cli
{
    /// <summary>
    /// The feed's command line at the process level, as a user meets it: the built feed is run, and its exit code,
    /// its stdout and stderr lines and the files it leaves are checked. Bad input is one line on stderr, exit code 2,
    /// and nothing created: no database in the default location, no directory, no server.
    /// </summary>
    public sealed class FeedCommandLineTests : IDisposable
    {
        private readonly FeedProcess _feed = new();

        public void Dispose() => _feed.Dispose();

        [Theory]
        [InlineData("--help")]
        [InlineData("-h")]
        public async Task Help_prints_the_usage_and_exits_0_creating_nothing(string help)
        {
            FeedRun run = await _feed.RunAsync(help);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Empty(run.Errors);
            Assert.Contains("Usage:", run.Output);
            Assert.Contains(run.Output, line => line.Contains("Ticker.Feed [command] [options]", StringComparison.Ordinal));
            foreach (string option in new[] { "--urls <url>", "--db <value>", "--replay <value>", "--live <true|false>", "--version", "replay", "scenario" })
            {
                Assert.Contains(run.Output, line => line.TrimStart().StartsWith(option, StringComparison.Ordinal));
            }

            Assert.Empty(_feed.Files());
        }

        [Fact]
        public async Task Version_prints_the_version_and_exits_0_creating_nothing()
        {
            FeedRun run = await _feed.RunAsync("--version");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.StartsWith("0.2.0", Assert.Single(run.Output), StringComparison.Ordinal);
            Assert.Empty(run.Errors);
            Assert.Empty(_feed.Files());
        }

        [Theory]
        [InlineData("replay")]
        [InlineData("scenario")]
        public async Task Each_command_has_its_help(string command)
        {
            FeedRun run = await _feed.RunAsync(command, "--help");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains(run.Output, line => line.Contains($"Ticker.Feed {command} <", StringComparison.Ordinal));
            Assert.Contains(run.Output, line => line.TrimStart().StartsWith("--out <", StringComparison.Ordinal));
            Assert.Empty(run.Errors);
        }

        [Theory]
        [InlineData(new[] { "--bogus", "--db", "none" }, "Ticker.Feed: unknown option '--bogus' (see Ticker.Feed --help)")]
        [InlineData(new[] { "--bogus" }, "Ticker.Feed: unknown option '--bogus' (see Ticker.Feed --help)")]
        [InlineData(new[] { "--live", "--bogus", "7" }, "Ticker.Feed: unknown option '--bogus' (see Ticker.Feed --help)")]
        [InlineData(new[] { "stray" }, "Ticker.Feed: unexpected argument 'stray' (see Ticker.Feed --help)")]
        [InlineData(new[] { "--db" }, "Ticker.Feed: Required argument missing for option: '--db' (see Ticker.Feed --help)")]
        [InlineData(new[] { "--db", "a.db", "--db", "b.db" }, "Ticker.Feed: Option '--db' expects a single argument but 2 were provided (see Ticker.Feed --help)")]
        [InlineData(new[] { "--wait-max", "45" }, "Feed:LongPoll:WaitMaxSeconds (--wait-max) must be an integer from 0 to 30 (0 turns long-polling off); got '45'.")]
        [InlineData(new[] { "--cascade-pace-multiple", "6" }, "Feed:Cascade:PaceMultiple (--cascade-pace-multiple) must be a number from 0 to 5; got '6'.")]
        [InlineData(new[] { "--urls", "http://127.0.0.1:99999" }, "urls (--urls) must be http://<IP address, localhost, * or +>:<port 0-65535> (several separated by ';'); got 'http://127.0.0.1:99999'.")]
        [InlineData(new[] { "--urls", "notaurl" }, "urls (--urls) must be http://<IP address, localhost, * or +>:<port 0-65535> (several separated by ';'); got 'notaurl'.")]
        [InlineData(new[] { "--urls", "http://nonexistent.invalid:5191" }, "urls (--urls) must be http://<IP address, localhost, * or +>:<port 0-65535> (several separated by ';'); got 'http://nonexistent.invalid:5191'.")]
        [InlineData(new[] { "replay" }, "replay: Option '--out' is required (see Ticker.Feed replay --help)")]
        [InlineData(new[] { "replay", "--out", "x.json" }, "replay: Required argument missing for command: 'replay' (see Ticker.Feed replay --help)")]
        [InlineData(new[] { "--db", "--bogus" }, "Ticker.Feed: unknown option '--bogus' (see Ticker.Feed --help)")]
        [InlineData(new[] { "replay", "--bogus", "--out", "x.json" }, "replay: unknown option '--bogus' (see Ticker.Feed replay --help)")]
        [InlineData(new[] { "replay", "seed-dip", "--out", "x.json", "--speed", "3" }, "replay: unknown option '--speed' (see Ticker.Feed replay --help)")]
        [InlineData(new[] { "replay", "no-such-scenario", "--out", "x.json" }, "replay: recording 'no-such-scenario' not found.")]
        [InlineData(new[] { "scenario", "short-squeeze" }, "scenario: Option '--out' is required (see Ticker.Feed scenario --help)")]
        [InlineData(new[] { "scenario", "--bogus", "x", "--out", "y.jsonl" }, "scenario: unknown option '--bogus' (see Ticker.Feed scenario --help)")]
        [InlineData(new[] { "scenario", "no-such-scenario", "--out", "y.jsonl" }, "scenario: description 'no-such-scenario' not found (a .scenario.json file, a folder holding <name>.scenario.json, or seed-dip, calm-day, short-squeeze).")]
        public async Task A_bad_command_line_exits_2_with_one_line_and_creates_nothing(string[] args, string line)
        {
            FeedRun run = await _feed.RunAsync(args);

            AssertRefused(run, line);
        }

        [Fact]
        public async Task A_port_in_use_exits_2_with_one_line()
        {
            using var holder = new TcpListener(IPAddress.Loopback, 0);
            holder.Start();
            int port = ((IPEndPoint)holder.LocalEndpoint).Port;

            FeedRun run = await _feed.RunAsync("--urls", $"http://127.0.0.1:{port}");

            AssertRefused(run, $"urls (--urls): cannot listen on http://127.0.0.1:{port}: the port is in use by another program: stop it or choose another port.");
        }

        [Fact]
        public async Task Replaying_a_binary_file_is_one_line_not_a_warning_per_line()
        {
            string noise = _feed.InWork("noise.jsonl");
            var bytes = new byte[300_000];
            new Random(11).NextBytes(bytes);
            File.WriteAllBytes(noise, bytes);

            FeedRun served = await _feed.RunAsync("--replay", "noise.jsonl");
            FeedRun fast = await _feed.RunAsync("replay", "noise.jsonl", "--out", "x.json");

            Assert.StartsWith("Feed:Replay:Path (--replay): 'noise.jsonl' is not a recording: none of its first 100 lines is one (line 1: ", Refused(served), StringComparison.Ordinal);
            Assert.StartsWith("replay: 'noise.jsonl' is not a recording: none of its first 100 lines is one (line 1: ", Refused(fast), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Replaying_an_empty_file_is_one_line()
        {
            File.WriteAllBytes(_feed.InWork("empty.jsonl"), Array.Empty<byte>());

            AssertRefused(await _feed.RunAsync("--replay", "empty.jsonl"), "Feed:Replay:Path (--replay): 'empty.jsonl' is empty: it holds no record.");
            AssertRefused(await _feed.RunAsync("replay", "empty.jsonl", "--out", "x.json"), "replay: 'empty.jsonl' is empty: it holds no record.");
        }

        [Fact]
        public async Task A_database_in_a_directory_that_does_not_exist_is_refused_and_the_directory_not_created()
        {
            string missing = Path.Combine(_feed.WorkingDirectory, "no-such-dir");

            FeedRun run = await _feed.RunAsync("--db", "no-such-dir/feed.db", "--urls", "http://127.0.0.1:0");

            AssertRefused(run, $"Feed:Storage:Path (--db) must be a file in an existing directory (only the default location is created); '{missing}' does not exist; got 'no-such-dir/feed.db'.");
            Assert.False(Directory.Exists(missing));
        }

        [Fact]
        public async Task A_database_in_a_directory_nobody_can_write_to_names_the_place_not_a_file_left_alone()
        {
            // /proc refuses new files even to root, where a chmod-ed folder would not (the tests run on Linux).
            Assert.True(Directory.Exists("/proc/self"), "needs Linux's /proc");

            FeedRun run = await _feed.RunAsync("--db", "/proc/feed.db", "--urls", "http://127.0.0.1:0");

            string line = Refused(run);
            Assert.StartsWith("Feed:Storage:Path (--db): cannot create '/proc/feed.db': ", line, StringComparison.Ordinal);
            Assert.EndsWith("Give a file in a directory this user can write to, or run with --db none to keep everything in memory.", line, StringComparison.Ordinal);
            Assert.DoesNotContain("left as it is", line, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_good_start_creates_the_default_database_where_the_refusals_above_did_not()
        {
            using (ListeningFeed listening = await _feed.StartListeningAsync("--urls", "http://127.0.0.1:0"))
            {
                using var client = new HttpClient { BaseAddress = listening.Address };
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
                Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PostAsync("/metrics", null)).StatusCode);
            }

            Assert.True(File.Exists(Path.Combine(_feed.DefaultDatabaseFolder, "feed.db")));
        }

        [Fact]
        public async Task A_recording_that_goes_back_in_time_is_replayed_with_one_warning_line()
        {
            using var scenario = new SmallScenario();
            string[] lines = File.ReadAllLines(scenario.RecordingPath);
            // A later hour's records first, as a wrong concatenation would have them: everything after goes back.
            File.WriteAllLines(_feed.InWork("shuffled.jsonl"), lines.Skip(lines.Length / 2).Concat(lines.Take(lines.Length / 2)));

            FeedRun run = await _feed.RunAsync("replay", "shuffled.jsonl", "--out", "snapshot.json");

            Assert.True(run.ExitCode == 0, run.ToString());
            string warning = Assert.Single(run.Errors, line => line.Contains("warning", StringComparison.Ordinal));
            Assert.All(run.Errors.Where(line => line != warning), progress => Assert.Contains(" records, simulated ", progress, StringComparison.Ordinal));
            Assert.StartsWith("replay: warning: shuffled.jsonl: ", warning, StringComparison.Ordinal);
            Assert.Contains(" go back in time (first at line ", warning, StringComparison.Ordinal);
            Assert.StartsWith("replayed ", Assert.Single(run.Output), StringComparison.Ordinal);
            Assert.True(File.Exists(_feed.InWork("snapshot.json")));
        }

        [Theory]
        [InlineData("short-squeeze")]
        [InlineData("SHIPPED/short-squeeze")]
        [InlineData("SHIPPED/short-squeeze/short-squeeze.scenario.json")]
        public async Task Scenario_takes_a_shipped_name_a_folder_or_a_file_and_writes_relative_to_the_current_directory(string description)
        {
            description = description.Replace("SHIPPED", Path.Combine(AppContext.BaseDirectory, "scenarios"), StringComparison.Ordinal);

            FeedRun run = await _feed.RunAsync("scenario", description, "--out", "x");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.StartsWith("wrote ", Assert.Single(run.Output), StringComparison.Ordinal);
            Assert.Empty(run.Errors);
            Assert.True(File.Exists(_feed.InWork("x")));
            Assert.True(File.Exists(_feed.InWork("x.markers.json")));
        }

        // Exit code 2, exactly one line on stderr (returned), nothing on stdout, and no file or folder left behind.
        private string Refused(FeedRun run)
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.True(run.Errors.Length == 1, run.ToString());
            Assert.Empty(run.Output);
            Assert.DoesNotContain(_feed.Files(), path => !path.StartsWith(_feed.WorkingDirectory, StringComparison.Ordinal));
            Assert.False(Directory.Exists(_feed.DefaultDatabaseFolder));
            return run.Errors[0];
        }

        private void AssertRefused(FeedRun run, string line) => Assert.Equal(line, Refused(run));
    }
}
