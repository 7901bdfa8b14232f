using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// One liquidation the generator wrote into a venue's message, with its USD notional computed from the units
    /// written (Binance z x ap, Bybit v x p, OKX sz x ctVal x bkPx), rounded once to whole USD half away from zero:
    /// the ground truth replay tests sum on their own.
    /// </summary>
    public sealed record GeneratedLiquidation(string Venue, string Symbol, bool IsBtc, PositionSide Side, long UsdNotional, long ExchangeTimeMs, long ReceivedMs);
}
