namespace Ticker.Feed.Liquidations
{
    /// <summary>
    /// One liquidation, normalised across venues: which exchange, which instrument (the venue's own symbol), which
    /// position side was liquidated, its notional in whole US dollars and the exchange's own timestamp.
    /// </summary>
    /// <remarks>
    /// Windows are cut on <see cref="ExchangeTimeMs"/>, not on arrival time, so a batch that arrives late (Bybit batches
    /// every 500 ms, OKX does not keep time order, a REST backfill comes hours later) lands in the right minute.
    /// Stablecoin-quoted notionals (USDT, USDC) are taken as USD: the spread is far below what the screen shows.
    /// </remarks>
    /// <param name="Venue">Exchange id, lowercase (<c>binance</c>, <c>bybit</c>, <c>okx</c>).</param>
    /// <param name="Symbol">The venue's instrument name, as sent (<c>BTCUSDT</c>, <c>BTC-USDT-SWAP</c>).</param>
    /// <param name="SideLiquidated">The position that was force-closed.</param>
    /// <param name="UsdNotional">Notional in whole US dollars, rounded half away from zero; always positive.</param>
    /// <param name="ExchangeTimeMs">The venue's event time, unix milliseconds.</param>
    public readonly record struct LiquidationEvent(
        string Venue,
        string Symbol,
        PositionSide SideLiquidated,
        long UsdNotional,
        long ExchangeTimeMs);
}
