using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using Ticker.Data;
using Ticker.Feed.Replay;
using Ticker.Feed.Scenarios;
using Ticker.Feed.Tests.Support;

namespace Ticker.Feed.Tests.Replay
{
    /// <summary>
    /// The shipped scenarios (feed/scenarios/&lt;name&gt;/), each regenerated from its description once and replayed
    /// fast from its committed recording once per test run, shared by the tests that look at them (replays take seconds).
    /// </summary>
    public sealed class ShippedScenarios
    {
        /// <summary>The scenarios with the feed's full streams (REST polls included): their final snapshots carry every section.</summary>
        public static readonly string[] Names = { "seed-dip", "calm-day", "short-squeeze" };

        /// <summary>The cascade scenarios (docs/cascade-alerts.md); calm-week thins its streams (no REST polls) to stay small.</summary>
        public static readonly string[] CascadeNames = { "alt-flush", "second-wave", "oct-10", "calm-week" };

        /// <summary>The refresh interval a scenario is replayed at: 1 s, but 5 s for the week (a week of 1 s ticks takes minutes).</summary>
        public static int IntervalOf(string name) => name == "calm-week" ? 5 : 1;

        private readonly ConcurrentDictionary<string, Lazy<Run>> _runs = new(StringComparer.Ordinal);

        public static string Folder(string name) => RepoPaths.Of("feed", "scenarios", name);

        public static string DescriptionPath(string name) => Path.Combine(Folder(name), name + ".scenario.json");

        public static string RecordingPath(string name) => Path.Combine(Folder(name), name + ".jsonl.gz");

        public static string MarkersPath(string name) => Path.Combine(Folder(name), name + ".markers.json");

        public Run Of(string name) => _runs.GetOrAdd(name, n => new Lazy<Run>(() => Load(n))).Value;

        private static Run Load(string name)
        {
            ScenarioDescription description = ScenarioDescription.Load(DescriptionPath(name));
            GeneratedScenario generated = ScenarioGenerator.Generate(description);
            var taker = new List<(long AtMs, decimal? TakerBuySell)>();
            ReplayResult replayed = FastReplay.Run(
                RecordingPath(name), new[] { "--snapshot-interval", IntervalOf(name).ToString(System.Globalization.CultureInfo.InvariantCulture) }, onTick: (ms, market) => taker.Add((ms, market.Leverage?.TakerBuySell)));
            return new Run(description, generated, replayed, Device.Decode(replayed.Snapshot), taker);
        }

        /// <summary>One scenario: its description, what the generator makes of it (the ground truth), its committed recording replayed, and the final snapshot as the device reads it.</summary>
        /// <param name="Taker">The taker buy/sell the feed's leverage inputs held after each tick.</param>
        public sealed record Run(ScenarioDescription Description, GeneratedScenario Generated, ReplayResult Replayed, Snapshot Decoded, IReadOnlyList<(long AtMs, decimal? TakerBuySell)> Taker)
        {
            /// <summary>When the phase with this label starts, unix ms.</summary>
            public long MarkerMs(string label)
            {
                foreach (ReplayMarker marker in Generated.Markers)
                {
                    if (marker.Label == label)
                    {
                        return Description.Start.ToUnixTimeMilliseconds() + marker.AtMs;
                    }
                }

                throw new ArgumentException($"No marker '{label}'.", nameof(label));
            }
        }
    }
}
