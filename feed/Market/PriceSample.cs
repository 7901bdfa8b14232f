namespace Ticker.Feed.Market
{
    /// <summary>A BTC price in USD and, when the source gives it, its change over 24 h.</summary>
    /// <param name="Usd">Price, USD.</param>
    /// <param name="Chg24hPct">24 h change, percent; null when unknown.</param>
    /// <param name="AtMs">When it was received, feed clock (unix ms).</param>
    public sealed record PriceSample(decimal Usd, decimal? Chg24hPct, long AtMs);
}
