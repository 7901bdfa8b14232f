using Ticker.Data;

namespace Ticker.Feed.Alerts
{
    /// <summary>One change of the cascade alert: from then on the alert had this level and side.</summary>
    /// <param name="At">When the alert changed, unix seconds.</param>
    /// <param name="Level">The level it changed to (the device's enum: the two cannot disagree on values).</param>
    /// <param name="Side">Which positions were being liquidated; <see cref="AlertSide.None"/> when unknown or level 0.</param>
    /// <param name="Headline">The banner text at that moment, if any.</param>
    /// <param name="M5Usd">USD liquidated on the side over the 5 minutes to <paramref name="At"/>, when the detector knew it.</param>
    /// <param name="PriceChgPct">The price change the detector saw, percent, when a price was known.</param>
    public sealed record AlertTransition(long At, AlertLevel Level, AlertSide Side, string? Headline, long? M5Usd = null, decimal? PriceChgPct = null);
}
