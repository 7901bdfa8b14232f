namespace Ticker.Feed.Aggregation
{
    /// <summary>USD liquidated over one window, by the side of the positions closed; whole dollars.</summary>
    public readonly record struct SideTotals(long LongUsd, long ShortUsd);
}
