using System;

namespace Ticker.Feed.Alerts
{
    /// <summary>
    /// Thresholds of the cascade rule (see docs/cascade-alerts.md). A level is entered when the side's 5-minute
    /// liquidations reach BOTH its absolute floor and its multiple of the baseline (median 5-minute sum over the
    /// previous 24 h); it is left only below <see cref="ExitFraction"/> of that floor.
    /// </summary>
    public sealed class CascadeOptions
    {
        /// <summary>Watch floor, USD per 5 min. Default 10 M (a calm market does 1-5 M per hour).</summary>
        public long WatchUsd { get; init; } = 10_000_000;

        /// <summary>Warning floor, USD per 5 min. Default 50 M.</summary>
        public long WarningUsd { get; init; } = 50_000_000;

        /// <summary>Cascade floor, USD per 5 min. Default 150 M (a 400 M burst is well above).</summary>
        public long CascadeUsd { get; init; } = 150_000_000;

        /// <summary>Multiple of the baseline needed for watch. Default 5.</summary>
        public decimal WatchRatio { get; init; } = 5m;

        /// <summary>Multiple of the baseline needed for warning. Default 10.</summary>
        public decimal WarningRatio { get; init; } = 10m;

        /// <summary>Multiple of the baseline needed for cascade. Default 20.</summary>
        public decimal CascadeRatio { get; init; } = 20m;

        /// <summary>A level is kept while the measure stays at or above this fraction of its floor. Default 0.6.</summary>
        public decimal ExitFraction { get; init; } = 0.6m;

        /// <summary>Minimum time at a level before dropping, and before re-raising a level just left. Default 10 min.</summary>
        public TimeSpan Cooldown { get; init; } = TimeSpan.FromMinutes(10);

        /// <summary>With a price known, warning and above need the price to move this far against the side (percent). Default 0.5.</summary>
        public decimal ConfirmPricePct { get; init; } = 0.5m;

        /// <summary>Throws naming the first bad setting and its range.</summary>
        public CascadeOptions Validate()
        {
            Check(WatchUsd >= 1_000_000 && WatchUsd <= 10_000_000_000, nameof(WatchUsd), "from 1,000,000 to 10,000,000,000", WatchUsd);
            Check(WarningUsd > WatchUsd && WarningUsd <= 10_000_000_000, nameof(WarningUsd), "above WatchUsd, at most 10,000,000,000", WarningUsd);
            Check(CascadeUsd > WarningUsd && CascadeUsd <= 10_000_000_000, nameof(CascadeUsd), "above WarningUsd, at most 10,000,000,000", CascadeUsd);
            Check(WatchRatio >= 1m && WatchRatio <= 1000m, nameof(WatchRatio), "from 1 to 1000", WatchRatio);
            Check(WarningRatio >= WatchRatio && WarningRatio <= 1000m, nameof(WarningRatio), "from WatchRatio to 1000", WarningRatio);
            Check(CascadeRatio >= WarningRatio && CascadeRatio <= 1000m, nameof(CascadeRatio), "from WarningRatio to 1000", CascadeRatio);
            Check(ExitFraction > 0m && ExitFraction <= 1m, nameof(ExitFraction), "above 0, at most 1", ExitFraction);
            Check(Cooldown >= TimeSpan.Zero && Cooldown <= TimeSpan.FromHours(6), nameof(Cooldown), "from 0 to 6 hours", Cooldown);
            Check(ConfirmPricePct >= 0m && ConfirmPricePct <= 50m, nameof(ConfirmPricePct), "from 0 to 50", ConfirmPricePct);
            return this;
        }

        private static void Check(bool ok, string name, string range, object value)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(name, value, $"Feed:Cascade:{name} must be {range}; got '{value}'.");
            }
        }
    }
}
