using System;
using System.Collections.Generic;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Sources;
using Ticker.Feed.State;

namespace Ticker.Feed.Snapshots
{
    /// <summary>
    /// Everything a snapshot says, before it is written: one reading per section, null for a section the feed has
    /// no data for (the snapshot omits it: missing is not zero).
    /// </summary>
    /// <param name="Price">The <c>price</c> section.</param>
    /// <param name="Risk">The <c>risk</c> section.</param>
    /// <param name="Liq">The <c>liq</c> section.</param>
    /// <param name="Spot">The <c>spot</c> section.</param>
    /// <param name="Alert">The <c>alert</c> section.</param>
    /// <param name="Sources">The <c>sources</c> entries, in the feed's stable order.</param>
    public sealed record SnapshotContent(
        PriceReading? Price = null,
        RiskReading? Risk = null,
        LiquidationTotals? Liq = null,
        SpotReading? Spot = null,
        AlertReading? Alert = null,
        IReadOnlyList<SourceStatus>? Sources = null)
    {
        /// <summary>A snapshot that knows nothing yet (v, seq, asOf, asset and waitMax only).</summary>
        public static SnapshotContent Empty { get; } = new(Sources: Array.Empty<SourceStatus>());
    }
}
