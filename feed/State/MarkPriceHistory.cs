using System;
using System.Collections.Generic;
using System.Threading;

namespace Ticker.Feed.State
{
    /// <summary>
    /// A short history of every Binance USD-M perpetual's mark price (the <c>!markPrice@arr@1s</c> stream carries all
    /// of them), per base asset, so the cascade rule can confirm a burst by the price move of the very instruments
    /// being liquidated. One sample per asset per <see cref="SampleEvery"/> at most, kept for <see cref="PriceHistory.Keep"/>.
    /// </summary>
    public sealed class MarkPriceHistory : IResettableState
    {
        /// <summary>The spacing of samples: fine enough for a 5-minute change, small enough for hundreds of symbols.</summary>
        public static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(10);

        private readonly Lock _gate = new();
        private readonly Dictionary<string, (PriceHistory History, long LastMs)> _byBase = new(StringComparer.Ordinal);

        /// <summary>Assets with samples.</summary>
        public int Assets
        {
            get
            {
                lock (_gate)
                {
                    return _byBase.Count;
                }
            }
        }

        /// <summary>Records <paramref name="baseAsset"/>'s mark price at <paramref name="nowMs"/>, unless its last sample is more recent than <see cref="SampleEvery"/>.</summary>
        public void Record(string baseAsset, long nowMs, decimal markPrice)
        {
            ArgumentNullException.ThrowIfNull(baseAsset);
            lock (_gate)
            {
                if (!_byBase.TryGetValue(baseAsset, out (PriceHistory History, long LastMs) entry))
                {
                    entry = (new PriceHistory(), long.MinValue);
                }
                else if (nowMs - entry.LastMs < (long)SampleEvery.TotalMilliseconds)
                {
                    return;
                }

                entry.History.Record(nowMs, markPrice);
                _byBase[baseAsset] = (entry.History, nowMs);
            }
        }

        /// <summary>The asset's mark price change over <paramref name="window"/> to <paramref name="nowMs"/>, percent (<see cref="PriceHistory.ChangePct"/>); null when unknown.</summary>
        public decimal? ChangePct(string baseAsset, long nowMs, TimeSpan window)
        {
            PriceHistory? history;
            lock (_gate)
            {
                history = _byBase.TryGetValue(baseAsset, out (PriceHistory History, long LastMs) entry) ? entry.History : null;
            }

            return history?.ChangePct(nowMs, window);
        }

        /// <summary>Forgets every sample (a new replay pass).</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _byBase.Clear();
            }
        }
    }
}
