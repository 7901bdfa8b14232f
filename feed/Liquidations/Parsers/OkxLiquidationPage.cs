namespace Ticker.Feed.Liquidations.Parsers
{
    /// <summary>
    /// What one page of OKX's REST liquidation orders held: its kind, its rows (details, counted whether they gave an
    /// event or not: a full page means there may be more) and the oldest row's time, unix ms (<see cref="long.MaxValue"/>
    /// when none had one), from which the next page is asked for.
    /// </summary>
    public readonly record struct OkxLiquidationPage(FrameKind Kind, int Rows, long OldestMs);
}
