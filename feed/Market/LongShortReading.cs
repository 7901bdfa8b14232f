namespace Ticker.Feed.Market
{
    /// <summary>Long accounts / short accounts for the BTC perpetual (Binance <c>globalLongShortAccountRatio</c>).</summary>
    /// <param name="Ratio">The venue's <c>longShortRatio</c>.</param>
    /// <param name="PeriodStartMs">The row's timestamp, exchange time.</param>
    /// <param name="AtMs">When it was received, feed clock (unix ms).</param>
    public sealed record LongShortReading(decimal Ratio, long PeriodStartMs, long AtMs);
}
