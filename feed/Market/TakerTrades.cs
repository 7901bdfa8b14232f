using System;
using System.Collections.Generic;
using System.Threading;

namespace Ticker.Feed.Market
{
    /// <summary>
    /// Taker trades of a venue with no taker-ratio endpoint (Bybit), summed into fixed buckets from its trade stream.
    /// A bucket counts as complete only when the stream was heard from before the bucket began and a later trade
    /// has been seen, so a bucket that opened while disconnected is never passed off as the whole bucket.
    /// </summary>
    public sealed class TakerTrades
    {
        /// <summary>Buckets kept: one hour of 5-minute buckets.</summary>
        public const int Kept = 12;

        private readonly Lock _gate = new();
        private readonly SortedDictionary<long, (decimal Buy, decimal Sell)> _buckets = new();
        private long _coveredFromMs = long.MaxValue;
        private long _lastTradeMs;

        public TakerTrades(string venue, TimeSpan bucket)
        {
            Venue = venue ?? throw new ArgumentNullException(nameof(venue));
            BucketMs = (long)bucket.TotalMilliseconds;
        }

        public string Venue { get; }

        public long BucketMs { get; }

        /// <summary>Adds one trade; <paramref name="takerBought"/> is the taker's side (Bybit <c>S</c> = Buy).</summary>
        public void Add(long tradeMs, bool takerBought, decimal sizeBase)
        {
            long start = tradeMs - (tradeMs % BucketMs);
            lock (_gate)
            {
                if (_coveredFromMs == long.MaxValue)
                {
                    _coveredFromMs = tradeMs;
                }

                _lastTradeMs = Math.Max(_lastTradeMs, tradeMs);
                _buckets.TryGetValue(start, out (decimal Buy, decimal Sell) sums);
                _buckets[start] = takerBought ? (sums.Buy + sizeBase, sums.Sell) : (sums.Buy, sums.Sell + sizeBase);
                while (_buckets.Count > Kept)
                {
                    using SortedDictionary<long, (decimal Buy, decimal Sell)>.Enumerator first = _buckets.GetEnumerator();
                    first.MoveNext();
                    _buckets.Remove(first.Current.Key);
                }
            }
        }

        /// <summary>Forgets every bucket (a new replay pass).</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _buckets.Clear();
                _coveredFromMs = long.MaxValue;
                _lastTradeMs = 0;
            }
        }

        /// <summary>The trades since the stream was (re)connected start a new coverage: earlier buckets stay, but none spanning the gap counts.</summary>
        public void MarkGap()
        {
            lock (_gate)
            {
                _coveredFromMs = long.MaxValue;
            }
        }

        /// <summary>The complete bucket starting at <paramref name="startMs"/>, or null.</summary>
        public TakerBucket? Complete(long startMs)
        {
            lock (_gate)
            {
                if (_coveredFromMs > startMs || _lastTradeMs < startMs + BucketMs || !_buckets.TryGetValue(startMs, out (decimal Buy, decimal Sell) sums))
                {
                    return null;
                }

                return new TakerBucket(Venue, startMs, BucketMs, sums.Buy, sums.Sell);
            }
        }

        /// <summary>The newest complete bucket, or null.</summary>
        public TakerBucket? LatestComplete()
        {
            long latestStart;
            lock (_gate)
            {
                if (_lastTradeMs == 0)
                {
                    return null;
                }

                latestStart = _lastTradeMs - (_lastTradeMs % BucketMs) - BucketMs;
            }

            return Complete(latestStart);
        }
    }
}
