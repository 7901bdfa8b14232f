using System;
using System.Collections.Generic;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Replay;
using Ticker.Feed.Scenarios;

namespace Ticker.Feed.Alerts
{
    /// <summary>
    /// How fast the cascade rule answers a scenario's bursts, measured against the liquidations the generator wrote
    /// (the ground truth, not the feed's own windows). A level's <b>onset</b> is the first minute whose liquidations on
    /// one side reach both <see cref="SeveralFold"/> times the opening phase's per-minute rate (the calm baseline) and
    /// the pace that fills that level's floor in 5 minutes (a fifth of it in the minute); its <b>delay</b> is the time
    /// from that minute's start to the first refresh with the alert at that level or above on that side. A second wave
    /// (a phase labelled <c>second wave</c>) is measured from its start to the first rise above the level held then.
    /// </summary>
    public static class CascadeLatency
    {
        /// <summary>"Severalfold": a burst minute is at least this many times the calm per-minute rate.</summary>
        public const long SeveralFold = 10;

        /// <summary>The targets (docs/cascade-alerts.md): seconds from onset.</summary>
        public const long WarningTargetS = 60, CascadeTargetS = 180, SecondWaveTargetS = 120;

        /// <summary>The label of the phase a second wave starts.</summary>
        public const string SecondWaveLabel = "second wave";

        /// <summary>Measures one replayed scenario.</summary>
        public static Measured Measure(string name, ScenarioDescription description, GeneratedScenario generated, IReadOnlyList<AlertTransition> alerts, CascadeOptions options)
        {
            ArgumentNullException.ThrowIfNull(description);
            ArgumentNullException.ThrowIfNull(generated);
            ArgumentNullException.ThrowIfNull(alerts);
            ArgumentNullException.ThrowIfNull(options);
            long startMs = description.Start.ToUnixTimeMilliseconds();
            int minutes = (int)description.Duration.TotalMinutes;
            var longs = new long[minutes + 1];
            var shorts = new long[minutes + 1];
            foreach (GeneratedLiquidation e in generated.Liquidations)
            {
                int minute = (int)Math.Clamp((e.ExchangeTimeMs - startMs) / 60_000, 0, minutes);
                (e.Side == PositionSide.Long ? longs : shorts)[minute] += e.UsdNotional;
            }

            int calmMinutes = description.Phases[0].Minutes;
            Onset? watch = First(FindOnset(longs, AlertSide.Long, calmMinutes, options.WatchUsd, startMs), FindOnset(shorts, AlertSide.Short, calmMinutes, options.WatchUsd, startMs));
            AlertSide side = watch?.Side ?? AlertSide.None;
            long[] sums = side == AlertSide.Short ? shorts : longs;
            Onset? warning = watch is null ? null : FindOnset(sums, side, calmMinutes, options.WarningUsd, startMs);
            Onset? cascade = watch is null ? null : FindOnset(sums, side, calmMinutes, options.CascadeUsd, startMs);

            long? secondWaveS = null;
            long? reraiseDelay = null;
            long at = startMs;
            foreach (ScenarioPhase phase in description.Phases)
            {
                if (phase.Label == SecondWaveLabel)
                {
                    secondWaveS = at / 1000;
                    AlertLevel held = LevelAt(alerts, secondWaveS.Value - 1, side);
                    reraiseDelay = FirstAtOrAbove(alerts, secondWaveS.Value, held + 1, side) - secondWaveS;
                }

                at += phase.Minutes * 60_000L;
            }

            long maxLevel = 0;
            foreach (AlertTransition t in alerts)
            {
                maxLevel = Math.Max(maxLevel, (long)t.Level);
            }

            return new Measured(
                name,
                startMs / 1000,
                watch,
                Delay(watch, AlertLevel.Watch, alerts),
                warning,
                Delay(warning, AlertLevel.Warning, alerts),
                cascade,
                Delay(cascade, AlertLevel.Cascade, alerts),
                secondWaveS,
                reraiseDelay,
                (AlertLevel)maxLevel,
                alerts);
        }

        private static Onset? FindOnset(long[] perMinute, AlertSide side, int calmMinutes, long floorUsd, long startMs)
        {
            long calm = 0;
            for (int m = 0; m < calmMinutes && m < perMinute.Length; m++)
            {
                calm += perMinute[m];
            }

            long calmRate = calm / Math.Max(1, calmMinutes);
            long threshold = Math.Max(SeveralFold * calmRate, floorUsd / 5);
            for (int m = 0; m < perMinute.Length; m++)
            {
                if (perMinute[m] >= threshold)
                {
                    return new Onset(side, startMs / 1000 + m * 60L, perMinute[m], calmRate);
                }
            }

            return null;
        }

        private static Onset? First(Onset? a, Onset? b) => a is null ? b : b is null ? a : (b.AtS < a.AtS ? b : a);

        private static long? Delay(Onset? onset, AlertLevel level, IReadOnlyList<AlertTransition> alerts) =>
            onset is null ? null : FirstAtOrAbove(alerts, onset.AtS, level, onset.Side) - onset.AtS;

        /// <summary>The first instant at or after <paramref name="fromS"/> with the alert at <paramref name="level"/> or above on the side; null if never.</summary>
        private static long? FirstAtOrAbove(IReadOnlyList<AlertTransition> alerts, long fromS, AlertLevel level, AlertSide side)
        {
            if (LevelAt(alerts, fromS, side) >= level)
            {
                return fromS;
            }

            foreach (AlertTransition t in alerts)
            {
                if (t.At > fromS && t.Level >= level && t.Side == side)
                {
                    return t.At;
                }
            }

            return null;
        }

        private static AlertLevel LevelAt(IReadOnlyList<AlertTransition> alerts, long atS, AlertSide side)
        {
            AlertLevel level = AlertLevel.None;
            foreach (AlertTransition t in alerts)
            {
                if (t.At > atS)
                {
                    break;
                }

                level = t.Side == side ? t.Level : AlertLevel.None;
            }

            return level;
        }

        /// <summary>One level's onset: the side, the minute's start (unix s), its USD and the calm per-minute rate it was compared with.</summary>
        public sealed record Onset(AlertSide Side, long AtS, long MinuteUsd, long CalmPerMinuteUsd);

        /// <summary>One scenario's figures; delays in seconds, null when the level was never reached.</summary>
        public sealed record Measured(
            string Scenario,
            long StartS,
            Onset? Watch,
            long? WatchDelayS,
            Onset? Warning,
            long? WarningDelayS,
            Onset? Cascade,
            long? CascadeDelayS,
            long? SecondWaveS,
            long? SecondWaveDelayS,
            AlertLevel Highest,
            IReadOnlyList<AlertTransition> Transitions)
        {
            /// <summary>Every target met: warning and cascade onsets answered in time, a second wave re-raised in time, and no warning without a warning-paced burst.</summary>
            public bool MeetsTargets =>
                (Warning is null ? Highest < AlertLevel.Warning : WarningDelayS is long w && w <= WarningTargetS)
                && (Cascade is null || (CascadeDelayS is long c && c <= CascadeTargetS))
                && (SecondWaveS is null || (SecondWaveDelayS is long s && s <= SecondWaveTargetS));
        }
    }
}
