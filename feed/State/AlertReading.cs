using Ticker.Data;

namespace Ticker.Feed.State
{
    /// <summary>
    /// The snapshot's <c>alert</c>: the liquidation-cascade alert as the cascade monitor sets it.
    /// Uses the device's own <see cref="AlertLevel"/> and <see cref="AlertSide"/>, so the two cannot disagree on values.
    /// </summary>
    /// <param name="Level">0 none … 3 cascade.</param>
    /// <param name="Side">Which positions are being liquidated; <see cref="AlertSide.None"/> = unknown.</param>
    /// <param name="StartedAt">When the alert began, unix seconds.</param>
    /// <param name="M5Usd">USD liquidated on the alert's side over the last 5 minutes.</param>
    /// <param name="PriceChgPct">Price change since <paramref name="StartedAt"/>, percent.</param>
    /// <param name="Headline">Banner text; cut to 24 characters when written.</param>
    /// <param name="EventUsd">USD liquidated on the side since the start of the 5-minute window that raised the alert (the event's running total).</param>
    public sealed record AlertReading(
        AlertLevel Level,
        AlertSide Side = AlertSide.None,
        long? StartedAt = null,
        long? M5Usd = null,
        decimal? PriceChgPct = null,
        string? Headline = null,
        long? EventUsd = null);
}
