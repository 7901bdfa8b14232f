using System.Collections.Generic;

namespace Ticker.Feed.Backfill
{
    /// <summary>What one start-up backfill did.</summary>
    /// <param name="Families">Families asked for.</param>
    /// <param name="Pages">Pages read (good answers).</param>
    /// <param name="Added">Liquidations counted.</param>
    /// <param name="Known">Liquidations the stream had already delivered (or outside what the feed keeps): not counted again.</param>
    /// <param name="CoveredSinceMs">Where the venue's coverage was widened back to (unix ms), or null when it was not.</param>
    /// <param name="Failures">One line per family that failed: the family and why.</param>
    public sealed record BackfillReport(int Families, int Pages, int Added, int Known, long? CoveredSinceMs, IReadOnlyList<string> Failures);
}
