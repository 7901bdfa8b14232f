using System.Collections.Generic;

namespace Ticker.Feed.Risk
{
    /// <summary>The score at one instant and each known measure's unrounded 0-100 part.</summary>
    /// <param name="Score">0-100, rounded half away from zero; null when fewer than <see cref="RiskFormula.MinKnown"/> measures are known.</param>
    /// <param name="Parts">The known measures' parts.</param>
    public sealed record RiskResult(decimal? Score, IReadOnlyDictionary<RiskMeasure, decimal> Parts);
}
