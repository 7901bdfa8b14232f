namespace Ticker.Feed.Market
{
    /// <summary>Taker buy minus taker sell quote volume on Binance spot BTCUSDT, from klines.</summary>
    /// <param name="DeltaUsd24h">Over the last 24 h of klines, USD (signed).</param>
    /// <param name="DeltaUsd1h">Over the last hour of klines, USD (signed).</param>
    /// <param name="AtMs">When it was received, feed clock (unix ms).</param>
    public sealed record SpotDeltaReading(decimal DeltaUsd24h, decimal DeltaUsd1h, long AtMs);
}
