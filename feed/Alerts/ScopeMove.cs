using System;
using System.Collections.Generic;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Liquidations;
using Ticker.Feed.State;

namespace Ticker.Feed.Alerts
{
    /// <summary>
    /// The price move in the liquidations' own scope: per side, the mark-price change of each base asset over the
    /// window, weighted by the USD of that side liquidated on it. An altcoin flush is confirmed by the altcoins'
    /// fall, a BTC flush by BTC's; BTC alone never vetoes a market-wide flush.
    /// </summary>
    /// <remarks>
    /// Known only when the assets with a known move carry at least <see cref="MinCoverage"/> of the side's
    /// liquidated USD (the move is then averaged over those); otherwise null, and the rule runs on liquidations
    /// alone, as without any price. BTC's move falls back to the snapshot's price history when Binance's marks are missing.
    /// </remarks>
    public static class ScopeMove
    {
        /// <summary>The share of the side's liquidated USD whose assets' moves must be known.</summary>
        public const decimal MinCoverage = 0.5m;

        /// <summary>The move per side, percent; each null when unknown.</summary>
        public static (decimal? LongPct, decimal? ShortPct) Of(
            IReadOnlyDictionary<string, SideTotals>? byBase, MarkPriceHistory marks, PriceHistory btcFallback, long nowMs, TimeSpan window)
        {
            ArgumentNullException.ThrowIfNull(marks);
            ArgumentNullException.ThrowIfNull(btcFallback);
            if (byBase is null)
            {
                return (null, null);
            }

            decimal longWeighted = 0m, shortWeighted = 0m;
            long longKnown = 0, shortKnown = 0, longAll = 0, shortAll = 0;
            foreach (KeyValuePair<string, SideTotals> asset in byBase)
            {
                longAll += asset.Value.LongUsd;
                shortAll += asset.Value.ShortUsd;
                decimal? move = marks.ChangePct(asset.Key, nowMs, window)
                    ?? (asset.Key == BaseAsset.Btc ? btcFallback.ChangePct(nowMs, window) : null);
                if (move is decimal pct)
                {
                    longWeighted += pct * asset.Value.LongUsd;
                    shortWeighted += pct * asset.Value.ShortUsd;
                    longKnown += asset.Value.LongUsd;
                    shortKnown += asset.Value.ShortUsd;
                }
            }

            return (Weighted(longWeighted, longKnown, longAll), Weighted(shortWeighted, shortKnown, shortAll));
        }

        private static decimal? Weighted(decimal weighted, long known, long all) =>
            all > 0 && known >= all * MinCoverage ? decimal.Round(weighted / known, 4, MidpointRounding.AwayFromZero) : null;
    }
}
