using System;
using System.Collections.Generic;
using Ticker.Feed.State;

namespace Ticker.Feed.Risk
{
    /// <summary>
    /// The leverage-risk score (docs/risk-score.md): each known measure gets a 0-100 part, its place in its static
    /// (absolute) reference range, nudged by at most <see cref="MaxNudge"/> points by its percentile rank in its own
    /// 30-day history; the score is the weighted mean of the known parts, rounded. Pure: the history is passed in.
    /// </summary>
    /// <remarks>
    /// The absolute range is the anchor: history only says whether a reading is high or low for the month, never
    /// how much leverage there is. A mild day after a calm month stays mild, a crowded reading after a crowded month
    /// stays crowded, and a reading at the calm end reads at most <see cref="MaxNudge"/> whatever the history.
    /// </remarks>
    public static class RiskFormula
    {
        /// <summary>Samples a measure needs before its history's nudge is full: 7 days at one per 15 minutes.</summary>
        public const int FullHistorySamples = 672;

        /// <summary>
        /// The most the history moves a part, either way, in points of 0-100: enough to tell an unusual day from a
        /// usual one, too little to move a reading out of its absolute band (calm 0-20 stays below 35).
        /// </summary>
        public const decimal MaxNudge = 15m;

        /// <summary>Fewest known measures that make a score; below it the score is unknown (the parts are still published).</summary>
        public const int MinKnown = 3;

        /// <summary>The six measures, their weights (summing to 100) and static reference ranges.</summary>
        public static IReadOnlyList<RiskReference> References { get; } = new[]
        {
            new RiskReference(RiskMeasure.Funding, 25m, 0m, 0.09m),
            new RiskReference(RiskMeasure.OiToMarketCap, 20m, 1m, 3m),
            new RiskReference(RiskMeasure.OiChange, 10m, 0m, 10m),
            new RiskReference(RiskMeasure.Taker, 15m, 0m, 2.302585m),
            new RiskReference(RiskMeasure.LongShort, 10m, 0m, 1.098612m),
            new RiskReference(RiskMeasure.Liquidations, 20m, 0m, 1m),
        };

        /// <summary>
        /// One measure's part: static + w × 15 × (percentile − 50) / 50, clamped to 0-100, with
        /// w = min(n, 672) / 672 for n samples of history. Without history it is the static reading alone; a value
        /// in the middle of its history (or tied with all of it, as at a venue's funding clamp) is not moved.
        /// Never lower for a higher value: both the static reading and the percentile rise with it.
        /// </summary>
        /// <param name="reference">The measure's weight and range.</param>
        /// <param name="value">Its value now.</param>
        /// <param name="history">The history; only samples taken before <paramref name="nowMs"/> count.</param>
        /// <param name="nowMs">The instant scored.</param>
        public static decimal Part(RiskReference reference, decimal value, RiskHistory history, long nowMs = long.MaxValue)
        {
            ArgumentNullException.ThrowIfNull(reference);
            ArgumentNullException.ThrowIfNull(history);
            decimal staticPart = reference.StaticPart(value);
            (decimal? ranked, int count) = history.PercentileRank(reference.Measure, value, nowMs);
            if (ranked is not decimal rank)
            {
                return staticPart;
            }

            decimal w = Math.Min(count, FullHistorySamples) / (decimal)FullHistorySamples;
            decimal part = staticPart + w * MaxNudge * (rank - 50m) / 50m;
            return part < 0m ? 0m : part > 100m ? 100m : part;
        }

        /// <summary>The score and parts for <paramref name="measures"/> at <paramref name="nowMs"/>; null when no measure is known.</summary>
        public static RiskResult? Evaluate(RiskMeasures measures, RiskHistory history, long nowMs = long.MaxValue)
        {
            ArgumentNullException.ThrowIfNull(measures);
            var parts = new Dictionary<RiskMeasure, decimal>();
            decimal weighted = 0m;
            decimal weights = 0m;
            foreach (RiskReference reference in References)
            {
                if (measures[reference.Measure] is decimal value)
                {
                    decimal part = Part(reference, value, history, nowMs);
                    parts[reference.Measure] = part;
                    weighted += reference.Weight * part;
                    weights += reference.Weight;
                }
            }

            if (parts.Count == 0)
            {
                return null;
            }

            // Missing measures are left out and the known weights renormalised: unknown is not calm.
            decimal? score = parts.Count >= MinKnown ? Whole(weighted / weights) : null;
            return new RiskResult(score, parts);
        }

        /// <summary>The contract's <c>parts</c>: open interest is the weighted mean of its two measures.</summary>
        public static RiskParts Published(IReadOnlyDictionary<RiskMeasure, decimal> parts)
        {
            ArgumentNullException.ThrowIfNull(parts);
            return new RiskParts(
                Funding: Get(parts, RiskMeasure.Funding),
                Oi: Mean(parts, RiskMeasure.OiToMarketCap, RiskMeasure.OiChange),
                Taker: Get(parts, RiskMeasure.Taker),
                LongShort: Get(parts, RiskMeasure.LongShort),
                Liq: Get(parts, RiskMeasure.Liquidations));
        }

        private static decimal? Get(IReadOnlyDictionary<RiskMeasure, decimal> parts, RiskMeasure measure) =>
            parts.TryGetValue(measure, out decimal part) ? Whole(part) : null;

        private static decimal? Mean(IReadOnlyDictionary<RiskMeasure, decimal> parts, RiskMeasure first, RiskMeasure second)
        {
            decimal weighted = 0m;
            decimal weights = 0m;
            foreach (RiskReference reference in References)
            {
                if ((reference.Measure == first || reference.Measure == second) && parts.TryGetValue(reference.Measure, out decimal part))
                {
                    weighted += reference.Weight * part;
                    weights += reference.Weight;
                }
            }

            return weights == 0m ? null : Whole(weighted / weights);
        }

        private static decimal Whole(decimal value) => decimal.Round(value, 0, MidpointRounding.AwayFromZero);
    }
}
