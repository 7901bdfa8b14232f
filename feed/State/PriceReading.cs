namespace Ticker.Feed.State
{
    /// <summary>The snapshot's <c>price</c>: what a price source last said. Null members are unknown.</summary>
    /// <param name="Usd">Last BTC/USD price, dollars.</param>
    /// <param name="Chg24hPct">Change over 24 h, percent.</param>
    public sealed record PriceReading(decimal? Usd, decimal? Chg24hPct = null);
}
