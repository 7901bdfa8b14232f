using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Numerics;
using Ticker.Benchmarks.AlertLatency;
using Ticker.Feed.Cli;

namespace Ticker.Benchmarks
{
    /// <summary>
    /// The benchmarks' command line (System.CommandLine, parsed and reported as the feed's is): one command per
    /// benchmark, each with --help. A bad command line or value is one line on stderr and exit code 2; a benchmark
    /// exits 0 when its target is met (or it has none) and 1 when not.
    /// </summary>
    public static class Program
    {
        private const string Name = "Ticker.Benchmarks";

        public static int Main(string[] args)
        {
            var root = new Command(Name, "Prints the speed and memory figures the issues set targets for. Run with -c Release for real figures; see README.md.")
            {
                Options = { new HelpOption() },
            };
            root.Subcommands.Add(Plain("decoder", "SnapshotDecoder on each docs example: reads per byte, bytes allocated, ns per decode.", DecoderBenchmark.Run));
            root.Subcommands.Add(Plain("render", "The host renderer: ms per striped frame and per PNG, each board x screen.", RenderBenchmark.Run));
            root.Subcommands.Add(Plain("screens", "Redraw economy per board: draw calls, pixels flushed, bytes allocated.", ScreenBenchmark.Run));
            root.Subcommands.Add(Plain("replay", "Fast replay of the shipped scenarios: records/s, simulated s/s, us per tick, bytes allocated.", ReplayBenchmark.Run));
            root.Subcommands.Add(Plain(
                "feed-load",
                "The feed on loopback: requests/s for 200 and 304 snapshots, the same from nginx serving a static file and from nginx's cache in front of the feed, memory with 5,000 long-polls held.",
                () => FeedLoadBenchmark.RunAsync().GetAwaiter().GetResult()));
            root.Subcommands.Add(FeedSoak());
            root.Subcommands.Add(CascadeLatency());
            root.Subcommands.Add(AlertLatencyCommand());
            return FeedCommandLine.InvokeAsync(root, args, Console.Out, Console.Error).GetAwaiter().GetResult();
        }

        private static Command Plain(string name, string description, Func<int> run)
        {
            var command = new Command(name, description);
            command.SetAction(_ => run());
            return command;
        }

        private static Command FeedSoak()
        {
            Option<int> devices = Ranged("--devices", 1, 240, 40, "Emulated devices long-polling");
            Option<double> days = Ranged<double>("--days", 0.01, 30, 1, "Simulated days");
            Option<double> speed = Ranged<double>("--speed", 1, 1000, 720, "Replay speed, times real time");
            Option<double> abandon = Ranged<double>("--abandon", 0, 0.5, 0.05, "Share of long-polls hung up mid-wait");
            Option<int> seed = Seed("The devices' random seed");
            var command = new Command("feed-soak", "Simulated days of devices long-polling a replaying feed: answers by kind, places held, resident memory.")
            {
                Options = { devices, days, speed, abandon, seed },
            };
            command.SetAction(parsed => FeedSoakBenchmark.RunAsync(new FeedSoakBenchmark.Options(
                parsed.GetValue(devices), parsed.GetValue(days), parsed.GetValue(speed), parsed.GetValue(abandon), parsed.GetValue(seed))));
            return command;
        }

        private static Command CascadeLatency()
        {
            var folder = new Argument<string>("scenarios")
            {
                Description = "A folder of scenario folders [the shipped ones]",
                Arity = ArgumentArity.ZeroOrOne,
            };
            FeedCommandLine.RefuseOptionLike(folder);
            var command = new Command("cascade-latency", "Per shipped scenario: burst onsets, alert transitions and their delays against the targets.")
            {
                Arguments = { folder },
            };
            command.SetAction(parsed => CascadeLatencyReport.Run(parsed.GetValue(folder)));
            return command;
        }

        private static Command AlertLatencyCommand()
        {
            Option<int> trials = Ranged("--trials", 1, 1000, AlertLatencyBenchmark.DefaultTrials, "Trials (a verdict needs at least " + AlertLatencyBenchmark.MinimumTrialsForVerdict + ")");
            Option<int> seed = Seed("The bursts' random seed");
            var noLongPoll = new Option<bool>("--no-long-poll") { Description = "The device polls every 10 s instead, to show what long-polling buys" };
            var command = new Command("alert-latency", "A fake exchange burst to the emulated device's cascade LED, through a live feed: p50, p95.")
            {
                Options = { trials, seed, noLongPoll },
            };
            command.SetAction(parsed => AlertLatencyBenchmark.RunAsync(parsed.GetValue(trials), parsed.GetValue(seed), !parsed.GetValue(noLongPoll)));
            return command;
        }

        private static Option<int> Seed(string description) => new("--seed")
        {
            Description = description + ", a whole number",
            DefaultValueFactory = _ => 1,
            HelpName = "n",
        };

        // A number option with its default and range, checked by the parser: a value out of range is a parse error.
        private static Option<T> Ranged<T>(string name, T min, T max, T fallback, string description)
            where T : struct, INumber<T>
        {
            string range = min.ToString(null, CultureInfo.InvariantCulture) + "-" + max.ToString(null, CultureInfo.InvariantCulture);
            var option = new Option<T>(name)
            {
                Description = description + ": " + range,
                DefaultValueFactory = _ => fallback,
                HelpName = "n",
            };
            option.Validators.Add(result =>
            {
                // A value that is not a number is the parser's own error; only a number out of range is added here.
                string? text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (text is not null && T.TryParse(text, CultureInfo.InvariantCulture, out T value) && (value < min || value > max))
                {
                    result.AddError($"{name} must be {range}; got '{text}'");
                }
            });
            return option;
        }
    }
}
