using System;
using System.Collections.Generic;
using System.Threading;

namespace Ticker.Feed.State
{
    /// <summary>
    /// A short history of the BTC price, sampled from <see cref="MarketState.Price"/> on each snapshot refresh, so
    /// the cascade detector can confirm a burst by the price move over the same 5 minutes.
    /// </summary>
    public sealed class PriceHistory : IResettableState
    {
        /// <summary>How long samples are kept: the 5-minute window plus room for the tolerance.</summary>
        public static readonly TimeSpan Keep = TimeSpan.FromMinutes(10);

        /// <summary>
        /// How much older than the window's start the base sample may be. With a price updated every minute or so,
        /// the sample just before the start is at most this old; an older one (a price source that paused) makes
        /// the change unknown rather than measured over a longer, different window.
        /// </summary>
        public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(2);

        private readonly Lock _gate = new();
        private readonly Queue<(long AtMs, decimal Usd)> _samples = new();

        /// <summary>Samples held.</summary>
        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _samples.Count;
                }
            }
        }

        /// <summary>Forgets every sample (a new replay pass).</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _samples.Clear();
            }
        }

        /// <summary>Records the price at <paramref name="nowMs"/>; an unknown or non-positive price records nothing.</summary>
        public void Record(long nowMs, decimal? usd)
        {
            lock (_gate)
            {
                if (usd is decimal price && price > 0m)
                {
                    _samples.Enqueue((nowMs, price));
                }

                long oldest = nowMs - (long)Keep.TotalMilliseconds;
                while (_samples.Count > 0 && _samples.Peek().AtMs < oldest)
                {
                    _samples.Dequeue();
                }
            }
        }

        /// <summary>
        /// The change, percent, from the last price at or before <paramref name="nowMs"/> − <paramref name="window"/>
        /// to the latest price; null when either is missing or the base is older than <see cref="Tolerance"/> allows.
        /// </summary>
        public decimal? ChangePct(long nowMs, TimeSpan window)
        {
            long start = nowMs - (long)window.TotalMilliseconds;
            lock (_gate)
            {
                decimal? basePrice = null;
                long baseAt = long.MinValue;
                decimal? latest = null;
                foreach ((long at, decimal usd) in _samples)
                {
                    if (at > nowMs)
                    {
                        break;
                    }

                    if (at <= start)
                    {
                        basePrice = usd;
                        baseAt = at;
                    }

                    latest = usd;
                }

                if (basePrice is not decimal from || latest is not decimal to || start - baseAt > (long)Tolerance.TotalMilliseconds)
                {
                    return null;
                }

                return decimal.Round(100m * (to - from) / from, 4, MidpointRounding.AwayFromZero);
            }
        }
    }
}
