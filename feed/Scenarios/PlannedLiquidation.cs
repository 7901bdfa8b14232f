using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Scenarios
{
    /// <summary>A liquidation the planner decided on, before it is written in a venue's units.</summary>
    internal sealed record PlannedLiquidation(string Venue, Instrument Instrument, PositionSide Side, double Usd, long ExchangeTimeMs);
}
