using System;
using System.Collections.Generic;

namespace Ticker.Feed.Alerts
{
    /// <summary>
    /// Thresholds of the cascade rule (see docs/cascade-alerts.md). A level is entered when the side's 5-minute
    /// liquidations reach BOTH its absolute floor and its multiple of the baseline (median 5-minute sum over the
    /// previous 24 h); it is left only below <see cref="ExitFraction"/> of that floor.
    /// </summary>
    /// <remarks>A record, so two option sets with the same values are equal (the feed's settings compare as values).</remarks>
    public sealed record CascadeOptions
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

        /// <summary>
        /// With the liquidated instruments' move known, cascade needs it this far against the side (percent,
        /// liquidation-weighted over the side's instruments). Default 0.5.
        /// </summary>
        public decimal ConfirmPricePct { get; init; } = 0.5m;

        /// <summary>
        /// A cascade whose floor the measure reaches this many times over needs no price confirmation: a flush that
        /// size is its own evidence, whatever the instruments' marks did. Default 4 (600 M in 5 minutes).
        /// </summary>
        public decimal ConfirmWaiverMultiple { get; init; } = 4m;

        /// <summary>
        /// The one-minute pace: warning and cascade are also entered when the last minute's liquidations, less its
        /// largest single one, times this reach the level's floor and baseline multiple. Default 5 (a minute at the
        /// pace that fills the floor in 5 minutes); 0 turns the pace off.
        /// </summary>
        public decimal PaceMultiple { get; init; } = 5m;

        /// <summary>
        /// A re-raise to a level just left is held for the cooldown only while the 5-minute total is under this
        /// multiple of that level's floor; a wave at or above it raises the level at once. Default 1.5.
        /// </summary>
        public decimal ReraiseMultiple { get; init; } = 1.5m;

        /// <summary>Throws naming the first bad setting and its range.</summary>
        public CascadeOptions Validate()
        {
            foreach (Problem problem in Problems())
            {
                throw new ArgumentOutOfRangeException(problem.Name, problem.Value, $"Feed:Cascade:{problem.Name} must be {problem.Range}; got '{problem.Value}'.");
            }

            return this;
        }

        /// <summary>Every bad setting: its name under <c>Feed:Cascade</c>, the accepted range and the value given.</summary>
        public IReadOnlyList<Problem> Problems()
        {
            var problems = new List<Problem>();
            Check(problems, WatchUsd >= 1_000_000 && WatchUsd <= 10_000_000_000, nameof(WatchUsd), "from 1000000 to 10000000000", WatchUsd);
            Check(problems, WarningUsd > WatchUsd && WarningUsd <= 10_000_000_000, nameof(WarningUsd), "above WatchUsd, at most 10000000000", WarningUsd);
            Check(problems, CascadeUsd > WarningUsd && CascadeUsd <= 10_000_000_000, nameof(CascadeUsd), "above WarningUsd, at most 10000000000", CascadeUsd);
            Check(problems, WatchRatio >= 1m && WatchRatio <= 1000m, nameof(WatchRatio), "from 1 to 1000", WatchRatio);
            Check(problems, WarningRatio >= WatchRatio && WarningRatio <= 1000m, nameof(WarningRatio), "from WatchRatio to 1000", WarningRatio);
            Check(problems, CascadeRatio >= WarningRatio && CascadeRatio <= 1000m, nameof(CascadeRatio), "from WarningRatio to 1000", CascadeRatio);
            Check(problems, ExitFraction > 0m && ExitFraction <= 1m, nameof(ExitFraction), "above 0, at most 1", ExitFraction);
            Check(problems, Cooldown >= TimeSpan.Zero && Cooldown <= TimeSpan.FromHours(6), "CooldownSeconds", "from 0 to 21600 seconds (6 hours)", Cooldown.TotalSeconds);
            Check(problems, ConfirmPricePct >= 0m && ConfirmPricePct <= 50m, nameof(ConfirmPricePct), "from 0 to 50", ConfirmPricePct);
            Check(problems, ConfirmWaiverMultiple >= 1m && ConfirmWaiverMultiple <= 1000m, nameof(ConfirmWaiverMultiple), "from 1 to 1000", ConfirmWaiverMultiple);
            Check(problems, PaceMultiple >= 0m && PaceMultiple <= 5m, nameof(PaceMultiple), "from 0 (off) to 5", PaceMultiple);
            Check(problems, ReraiseMultiple >= 1m && ReraiseMultiple <= 1000m, nameof(ReraiseMultiple), "from 1 to 1000", ReraiseMultiple);
            return problems;
        }

        private static void Check(List<Problem> problems, bool ok, string name, string range, object value)
        {
            if (!ok)
            {
                problems.Add(new Problem(name, range, value));
            }
        }

        /// <summary>One bad setting.</summary>
        /// <param name="Name">Its key under <c>Feed:Cascade</c> (the cooldown is <c>CooldownSeconds</c>).</param>
        /// <param name="Range">What it accepts.</param>
        /// <param name="Value">What it was given.</param>
        public sealed record Problem(string Name, string Range, object Value);
    }
}
