using System.Collections.Generic;

namespace Ticker.Feed.Aggregation
{
    /// <summary>
    /// Liquidation totals at one instant (<c>asOf</c>), as the snapshot's <c>liq</c> section carries them. A null
    /// window or hourly item is unknown (the feed was not listening for all of it), never zero.
    /// </summary>
    /// <param name="Venues">Venues counted: those live at asOf, in <see cref="VenueOrder"/>. Every window counts these venues only, over the span all of them covered.</param>
    /// <param name="LowerBound">True when a counted venue publishes sampled or partial liquidations, or a window is partial.</param>
    /// <param name="M5">The 5 minutes ending at asOf.</param>
    /// <param name="H1">The hour ending at asOf.</param>
    /// <param name="H4">The 4 hours ending at asOf.</param>
    /// <param name="H24">The 24 hours ending at asOf.</param>
    /// <param name="HourlyLongM">
    /// Up to 24 one-hour bars of longs, oldest first, whole millions of USD, without the leading hours the feed did not
    /// cover: the last bar is always the hour to asOf (item i of n covers asOf-(n-i)h .. asOf-(n-i-1)h); null when no hour is known.
    /// </param>
    /// <param name="HourlyShortM">The same for shorts.</param>
    /// <param name="H1Btc">The part of <paramref name="H1"/> on BTC perpetuals (the rest is altcoins); null when unknown.</param>
    /// <param name="H24Btc">The same for <paramref name="H24"/>.</param>
    /// <param name="M5CoveredS">Seconds of <paramref name="M5"/> the venues covered, when less than its span (a partial window); null when whole.</param>
    /// <param name="H1CoveredS">The same for <paramref name="H1"/>.</param>
    /// <param name="H4CoveredS">The same for <paramref name="H4"/>.</param>
    /// <param name="H24CoveredS">The same for <paramref name="H24"/>.</param>
    public sealed record LiquidationTotals(
        IReadOnlyList<string> Venues,
        bool LowerBound,
        SideTotals? M5,
        SideTotals? H1,
        SideTotals? H4,
        SideTotals? H24,
        IReadOnlyList<long?>? HourlyLongM,
        IReadOnlyList<long?>? HourlyShortM,
        SideTotals? H1Btc = null,
        SideTotals? H24Btc = null,
        long? M5CoveredS = null,
        long? H1CoveredS = null,
        long? H4CoveredS = null,
        long? H24CoveredS = null);
}
