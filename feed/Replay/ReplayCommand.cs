using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Ticker.Feed.Cli;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Replay
{
    /// <summary>
    /// <c>replay &lt;file&gt; --out &lt;snapshot.json&gt; [--alerts-out &lt;alerts.json&gt;] [--snapshot-interval N] [--stale-after N]</c>:
    /// a fast replay that writes the final snapshot body and the alert history. Progress and warnings (bad lines, a
    /// recording out of time order: one line each) go to stderr, one summary line to stdout. Exit 0 when done, 2
    /// with a one-line reason for a bad option or recording.
    /// </summary>
    public static class ReplayCommand
    {
        /// <summary>The feed switches that shape a fast replay's result; the rest of the feed's do not apply.</summary>
        private static readonly string[] FeedSwitches = { "--snapshot-interval", "--stale-after" };

        /// <summary>Runs <c>replay</c> with <paramref name="args"/> (the words after it).</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
        {
            ArgumentNullException.ThrowIfNull(args);
            return FeedCommandLine.RunAsync(args.Prepend("replay").ToArray(), output, errors).GetAwaiter().GetResult();
        }

        /// <summary>The <c>replay</c> command of the feed's command line.</summary>
        public static Command Create(TextWriter output, TextWriter errors)
        {
            var recording = new Argument<string>("recording")
            {
                Description = "A .jsonl or .jsonl.gz recording, a scenario folder, or a shipped scenario's name (seed-dip, calm-day, short-squeeze)",
            };
            var snapshotOut = new Option<string>("--out") { Description = "Where to write the final GET /v1/snapshot body", HelpName = "snapshot.json", Required = true };
            var alertsOut = new Option<string>("--alerts-out") { Description = "Where to write the GET /v1/alerts?since=0 body", HelpName = "alerts.json" };
            var feedOptions = FeedSwitches.Select(name => new Option<string>(name)
            {
                Description = FeedSettingsReader.SwitchHelp[name] + " (" + FeedSettingsReader.Switches[name] + ")",
                HelpName = "value",
            }).ToArray();
            FeedCommandLine.RefuseOptionLike(recording);
            var command = new Command("replay", "Replays a recording as fast as possible through the feed's own code and writes the final snapshot and the alert history.")
            {
                recording,
                snapshotOut,
                alertsOut,
            };
            foreach (Option<string> option in feedOptions)
            {
                command.Options.Add(option);
            }

            command.SetAction(parsed =>
            {
                var feedArgs = new List<string>();
                foreach (Option<string> option in feedOptions)
                {
                    if (parsed.GetValue(option) is string value)
                    {
                        feedArgs.Add(option.Name);
                        feedArgs.Add(value);
                    }
                }

                return Replay(parsed.GetValue(recording)!, parsed.GetValue(snapshotOut)!, parsed.GetValue(alertsOut), feedArgs, output, errors);
            });
            return command;
        }

        private static int Replay(string file, string snapshotOut, string? alertsOut, List<string> feedArgs, TextWriter output, TextWriter errors)
        {
            if (ReplayFile.Locate(file) is null)
            {
                return Fail(errors, $"replay: recording '{file}' not found.");
            }

            var watch = Stopwatch.StartNew();
            long lastReport = 0;
            ReplayResult result;
            try
            {
                result = FastReplay.Run(
                    file,
                    feedArgs,
                    onOpened: opened =>
                    {
                        foreach (string? problem in new[] { opened.BadLinesSummary, opened.OutOfOrderSummary })
                        {
                            if (problem is not null)
                            {
                                errors.WriteLine("replay: warning: " + problem);
                            }
                        }
                    },
                    onProgress: (records, nowMs) =>
                    {
                        if (watch.ElapsedMilliseconds - lastReport >= 1000)
                        {
                            lastReport = watch.ElapsedMilliseconds;
                            errors.WriteLine($"replay: {records} records, simulated {DateTimeOffset.FromUnixTimeMilliseconds(nowMs):yyyy-MM-dd HH:mm:ss}Z");
                        }
                    });
            }
            catch (ReplayException error)
            {
                return Fail(errors, "replay: " + error.Message);
            }
            catch (FeedSettingsException error)
            {
                return Fail(errors, "replay: " + string.Join(" ", error.Problems));
            }

            try
            {
                File.WriteAllBytes(snapshotOut, result.Snapshot);
                if (alertsOut is not null)
                {
                    File.WriteAllText(alertsOut, result.AlertsJson, new UTF8Encoding(false));
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return Fail(errors, $"replay: cannot write the output: {error.Message}");
            }

            TimeSpan simulated = TimeSpan.FromMilliseconds(result.EndMs - result.StartMs);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"replayed {result.Records} records ({result.BadLines} bad lines), {(int)simulated.TotalHours}h{simulated.Minutes:00}m{simulated.Seconds:00}s simulated in {result.Ticks} ticks, {watch.Elapsed.TotalSeconds:0.0} s; seq {result.Seq}, {result.Snapshot.Length} bytes, {result.Alerts.Count} alert transitions -> {snapshotOut}{(alertsOut is null ? string.Empty : ", " + alertsOut)}"));
            return FeedCommandLine.ExitOk;
        }

        private static int Fail(TextWriter errors, string reason)
        {
            errors.WriteLine(reason);
            return FeedCommandLine.ExitBadInput;
        }
    }
}
