using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Replay
{
    /// <summary>
    /// <c>replay &lt;file&gt; --out &lt;snapshot.json&gt; [--alerts-out &lt;alerts.json&gt;] [--snapshot-interval N] [--stale-after N]</c>:
    /// a fast replay that writes the final snapshot body and the alert history. Progress goes to stderr, one summary
    /// line to stdout. Exit 0 when done, 2 with a one-line reason for a bad option or recording.
    /// </summary>
    public static class ReplayCommand
    {
        public const string Usage = "usage: replay <recording.jsonl[.gz] | scenario folder | shipped scenario name> --out <snapshot.json> [--alerts-out <alerts.json>] [--snapshot-interval 1-60] [--stale-after 5-86400]";

        private static readonly string[] FeedSwitches = { "--snapshot-interval", "--stale-after" };

        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
        {
            ArgumentNullException.ThrowIfNull(args);
            string? file = null;
            string? snapshotOut = null;
            string? alertsOut = null;
            var feedArgs = new List<string>();
            for (int i = 0; i < args.Count; i++)
            {
                string arg = args[i];
                if (!arg.StartsWith("--", StringComparison.Ordinal))
                {
                    if (file is not null)
                    {
                        return Fail(errors, $"replay: one recording only; '{arg}' is a second one.");
                    }

                    file = arg;
                    continue;
                }

                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return Fail(errors, $"replay: {arg} needs a value.");
                }

                string value = args[++i];
                switch (arg)
                {
                    case "--out":
                        snapshotOut = value;
                        break;
                    case "--alerts-out":
                        alertsOut = value;
                        break;
                    case var known when Array.IndexOf(FeedSwitches, known) >= 0:
                        feedArgs.Add(arg);
                        feedArgs.Add(value);
                        break;
                    default:
                        return Fail(errors, $"replay: unknown option {arg}; {Usage}");
                }
            }

            if (file is null)
            {
                return Fail(errors, $"replay: the recording is missing; {Usage}");
            }

            if (snapshotOut is null)
            {
                return Fail(errors, $"replay: --out <snapshot.json> is required; {Usage}");
            }

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
                    bad => errors.WriteLine($"replay: {file} line {bad.Line} skipped: {bad.Reason}"),
                    (records, nowMs) =>
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
                return Fail(errors, "replay: " + string.Join("; ", error.Problems));
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
            return 0;
        }

        private static int Fail(TextWriter errors, string reason)
        {
            errors.WriteLine(reason);
            return 2;
        }
    }
}
