using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Aggregation
{
    /// <summary>One counted liquidation as the aggregator keeps it and the database stores it.</summary>
    /// <param name="TimeMs">Exchange time, unix milliseconds.</param>
    /// <param name="Side">The position liquidated.</param>
    /// <param name="Usd">Notional, whole USD.</param>
    /// <param name="Venue">Exchange id; null in rows written before schema 2 (then neither deduplicated nor split BTC/altcoin).</param>
    /// <param name="Symbol">The venue's instrument name; null like <paramref name="Venue"/>.</param>
    public readonly record struct StoredLiquidation(long TimeMs, PositionSide Side, long Usd, string? Venue = null, string? Symbol = null);
}
