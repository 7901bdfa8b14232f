using System;
using System.IO;
using Ticker.Feed.Scenarios;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>
    /// A 12-minute scenario for tests that replay many times: 8 calm minutes, then a 4-minute burst of $400M of
    /// longs (a long cascade). Written to a temporary folder with its markers sidecar, deleted on dispose.
    /// </summary>
    internal sealed class SmallScenario : IDisposable
    {
        public const string Name = "small-burst";

        public SmallScenario(ulong seed = 7)
        {
            Description = Describe(seed);
            Generated = ScenarioGenerator.Generate(Description);
            Folder = Path.Combine(Path.GetTempPath(), "ticker-replay-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Folder);
            RecordingPath = Path.Combine(Folder, Name + ".jsonl");
            File.WriteAllBytes(RecordingPath, Generated.Recording);
            File.WriteAllBytes(Path.Combine(Folder, Name + ".markers.json"), Generated.MarkersJson);
        }

        public ScenarioDescription Description { get; }

        public GeneratedScenario Generated { get; }

        public string Folder { get; }

        public string RecordingPath { get; }

        public static ScenarioDescription Describe(ulong seed) => new()
        {
            Name = Name,
            Seed = seed,
            Start = new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero),
            Initial = new MarketValues
            {
                PriceUsd = 97_000, FundingPct8h = 0.01, OiUsd = 30e9, LongShortRatio = 1.1, TakerBuySell = 1,
                SpotUsdPerHour = 1.5e9, BinanceSpotSharePct = 60, SpotTakerDeltaPct = 0,
            },
            Phases = new[]
            {
                new ScenarioPhase
                {
                    Label = "calm", Minutes = 8,
                    Liquidations = new PhaseLiquidations { LongUsd = 1e6, ShortUsd = 1e6, MeanEventUsd = 20_000 },
                },
                new ScenarioPhase
                {
                    Label = "burst", Minutes = 4, End = new MarketValues { PriceUsd = 94_000 },
                    Liquidations = new PhaseLiquidations { LongUsd = 4e8, ShortUsd = 2e6, BtcShare = 0.3, MeanEventUsd = 400_000 },
                },
            },
        };

        public void Dispose()
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a stopping feed: the temp folder is cleaned by the OS later.
            }
        }
    }
}
