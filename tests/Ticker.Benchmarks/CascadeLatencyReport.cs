using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Ticker.Data;
using Ticker.Feed.Alerts;
using Ticker.Feed.Replay;
using Ticker.Feed.Scenarios;

namespace Ticker.Benchmarks
{
    /// <summary>
    /// <c>cascade-latency</c>: replays every shipped scenario through the feed and prints, per scenario, the onset of
    /// its bursts (from the generated liquidations), each alert transition and the delays against the targets of
    /// docs/cascade-alerts.md (<see cref="CascadeLatency"/>). Exit code 1 when a target is missed.
    /// </summary>
    public static class CascadeLatencyReport
    {
        /// <summary>The shipped scenarios, and the refresh interval each is replayed at (calm-week: 5 s, a week of 1 s ticks takes minutes).</summary>
        public static readonly (string Name, int IntervalS)[] Scenarios =
        {
            ("seed-dip", 1), ("alt-flush", 1), ("second-wave", 1), ("oct-10", 1), ("short-squeeze", 1), ("calm-day", 1), ("calm-week", 5),
        };

        /// <summary>Prints the report for the scenarios in <paramref name="scenarios"/> (null: the shipped ones); 0 when every target is met.</summary>
        public static int Run(string? scenarios)
        {
            string folder = scenarios ?? Path.Combine(AppContext.BaseDirectory, "scenarios");
            var options = new CascadeOptions();
            bool allMet = true;
            Console.WriteLine("Cascade detection latency on the shipped scenarios (default thresholds; onset = first minute at 10x the calm rate and the level's 5-minute pace)");
            Console.WriteLine();
            Console.WriteLine("| scenario | tick | onset (side, minute, USD) | first watch | warning onset → warning | cascade onset → cascade | second wave → re-raise | highest | targets |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            var details = new List<string>();
            foreach ((string name, int interval) in Scenarios)
            {
                string dir = Path.Combine(folder, name);
                ScenarioDescription description = ScenarioDescription.Load(Path.Combine(dir, name + ".scenario.json"));
                GeneratedScenario generated = ScenarioGenerator.Generate(description);
                Stopwatch watch = Stopwatch.StartNew();
                ReplayResult replayed = FastReplay.Run(Path.Combine(dir, name + ".jsonl.gz"), new[] { "--snapshot-interval", interval.ToString(CultureInfo.InvariantCulture) });
                watch.Stop();
                CascadeLatency.Measured m = CascadeLatency.Measure(name, description, generated, replayed.Alerts, options);
                allMet &= m.MeetsTargets;
                Console.WriteLine(
                    $"| {name} | {interval} s | {OnsetText(m.Watch, m.StartS)} | {Delay(m.WatchDelayS)} | {Pair(m.Warning, m.WarningDelayS, m.StartS)} | {Pair(m.Cascade, m.CascadeDelayS, m.StartS)} | "
                    + $"{(m.SecondWaveS is long w ? Clock(w - m.StartS) + " → " + Delay(m.SecondWaveDelayS) : "-")} | {Level(m.Highest)} | {(m.MeetsTargets ? "met" : "MISSED")} |");
                details.Add($"{name} ({replayed.Records:N0} records, replayed in {watch.Elapsed.TotalSeconds:0.0} s): "
                    + (m.Transitions.Count == 0 ? "no alert" : string.Join(", ", Transitions(m))));
            }

            Console.WriteLine();
            Console.WriteLine("Transitions (time from the scenario's start, level, side, headline; delay from the onset of that level where one exists):");
            foreach (string line in details)
            {
                Console.WriteLine("- " + line);
            }

            Console.WriteLine();
            Console.WriteLine($"targets: warning <= {CascadeLatency.WarningTargetS} s after its onset, cascade <= {CascadeLatency.CascadeTargetS} s, second wave re-raised <= {CascadeLatency.SecondWaveTargetS} s, no warning without a warning-paced burst: {(allMet ? "all met" : "MISSED")}");
            return allMet ? 0 : 1;
        }

        private static IEnumerable<string> Transitions(CascadeLatency.Measured m)
        {
            foreach (AlertTransition t in m.Transitions)
            {
                CascadeLatency.Onset? onset = t.Level switch
                {
                    AlertLevel.Cascade => m.Cascade,
                    AlertLevel.Warning => m.Warning,
                    AlertLevel.Watch => m.Watch,
                    _ => null,
                };
                string delay = onset is not null && t.At >= onset.AtS ? $" (+{t.At - onset.AtS} s)" : string.Empty;
                yield return $"{Clock(t.At - m.StartS)} {Level(t.Level)} {Side(t.Side)}{delay}";
            }
        }

        private static string OnsetText(CascadeLatency.Onset? onset, long startS) =>
            onset is null ? "none" : $"{Side(onset.Side)} {Clock(onset.AtS - startS)}, {Money(onset.MinuteUsd)} (calm {Money(onset.CalmPerMinuteUsd)}/min)";

        private static string Pair(CascadeLatency.Onset? onset, long? delay, long startS) =>
            onset is null ? "no onset" : $"{Clock(onset.AtS - startS)} → {Delay(delay)}";

        private static string Delay(long? seconds) => seconds is long s ? s + " s" : "never";

        private static string Clock(long seconds) => $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}";

        private static string Money(long usd) => usd >= 1_000_000 ? $"${usd / 1e6:0.#}M" : $"${usd / 1e3:0}k";

        private static string Side(AlertSide side) => side == AlertSide.Short ? "short" : side == AlertSide.Long ? "long" : "-";

        private static string Level(AlertLevel level) => level switch
        {
            AlertLevel.Cascade => "cascade",
            AlertLevel.Warning => "warning",
            AlertLevel.Watch => "watch",
            _ => "none",
        };
    }
}
