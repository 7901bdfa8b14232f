using System;
using System.Collections.Generic;
using Ticker.Feed.State;

namespace Ticker.Feed.Risk
{
    /// <summary>
    /// The leverage-risk score (docs/risk-score.md): each known measure gets a 0-100 part, its percentile rank in
    /// its own 30-day history blended with its static reference range while that history is short; the score is
    /// the weighted mean of the known parts, rounded. Pure: the history is passed in.
    /// </summary>
    public static class RiskFormula
    {
        /// <summary>Samples a measure needs before its part is its percentile alone: 7 days at one per 15 minutes.</summary>
        public const int FullHistorySamples = 672;

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
        /// One measure's part: with n samples of history, (1 − w) × static + w × percentile, w = min(n, 672) / 672.
        /// Without history it is the static reading alone.
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
            return (1m - w) * staticPart + w * rank;
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
