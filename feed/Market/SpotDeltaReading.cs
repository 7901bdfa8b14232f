namespace Ticker.Feed.Market
{
    /// <summary>Taker buy minus taker sell quote volume on one venue's BTC spot pair, from klines.</summary>
    /// <param name="Venue">Exchange id.</param>
    /// <param name="Pair">The venue's symbol (<c>BTCUSDT</c>); stablecoin quotes are taken as USD.</param>
    /// <param name="DeltaUsd24h">Over the last 24 h of klines, USD (signed).</param>
    /// <param name="DeltaUsd1h">Over the last hour of klines, USD (signed).</param>
    /// <param name="AtMs">When it was received, feed clock (unix ms).</param>
    public sealed record SpotDeltaReading(string Venue, string Pair, decimal DeltaUsd24h, decimal DeltaUsd1h, long AtMs);
}
