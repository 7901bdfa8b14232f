using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Aggregation
{
    /// <summary>One counted liquidation as the aggregator keeps it and the database stores it: no venue or symbol, which no window needs.</summary>
    /// <param name="TimeMs">Exchange time, unix milliseconds.</param>
    /// <param name="Side">The position liquidated.</param>
    /// <param name="Usd">Notional, whole USD.</param>
    public readonly record struct StoredLiquidation(long TimeMs, PositionSide Side, long Usd);
}
