using System;
using System.Collections.Generic;
using System.Threading;
using Ticker.Feed.Liquidations;
using Ticker.Feed.State;

namespace Ticker.Feed.Aggregation
{
    /// <summary>
    /// Keeps the last 24 hours (plus a margin) of liquidations in one-minute buckets per side, and answers the
    /// snapshot's windows: m5, h1, h4 and h24 hold the events whose EXCHANGE time is in (asOf - window, asOf], and
    /// the 24 hourly bars cut the last day the same way.
    /// </summary>
    /// <remarks>
    /// Missing is not zero: a window that starts before the feed began listening (its coverage) is reported as
    /// unknown, not as the partial sum, and with no venue listened to over the last day there are no totals at
    /// all. Persistence and a REST backfill (not built yet) will widen the coverage with
    /// <see cref="MarkCoveredSince"/>. Thread-safe: connectors add while the snapshot refresher reads.
    /// </remarks>
    public sealed class LiquidationAggregator : IResettableState
    {
        /// <summary>Kept beyond 24 hours, so late events and a slow refresher still find their minute.</summary>
        public static readonly TimeSpan RetentionMargin = TimeSpan.FromMinutes(15);

        /// <summary>How long events are kept: the longest window plus <see cref="RetentionMargin"/>.</summary>
        public static readonly TimeSpan Retention = TimeSpan.FromHours(24) + RetentionMargin;

        /// <summary>How far ahead of the feed's clock an exchange time may be (clock skew) before it is refused.</summary>
        public static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(5);

        private const long HourMs = 3_600_000;
        private const int HourlyBars = 24;

        private readonly TimeProvider _time;
        private readonly Lock _gate = new();
        private readonly Dictionary<long, MinuteBucket> _buckets = new();
        private readonly Dictionary<string, long> _venueSeenMs = new(StringComparer.Ordinal);
        private long _coveredSinceMs = long.MaxValue;
        private long _prunedAtMinute = long.MinValue;
        private List<StoredLiquidation>? _unsaved;
        private long _version;

        public LiquidationAggregator(TimeProvider time)
        {
            _time = time ?? throw new ArgumentNullException(nameof(time));
        }

        /// <summary>Changes whenever an event is counted, restored or forgotten, or the coverage changes: a cache of a window can check it.</summary>
        public long Version => Interlocked.Read(ref _version);

        /// <summary>Minute buckets held (for health and tests).</summary>
        public int BucketCount
        {
            get
            {
                lock (_gate)
                {
                    return _buckets.Count;
                }
            }
        }

        /// <summary>Counts one event in its exchange-time minute, unless it is outside what the feed keeps.</summary>
        public AddResult Add(in LiquidationEvent liquidation)
        {
            if (liquidation.UsdNotional <= 0)
            {
                return AddResult.Invalid;
            }

            long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            if (liquidation.ExchangeTimeMs < nowMs - (long)Retention.TotalMilliseconds)
            {
                return AddResult.TooOld;
            }

            if (liquidation.ExchangeTimeMs > nowMs + (long)MaxAhead.TotalMilliseconds)
            {
                return AddResult.TooNew;
            }

            long minute = liquidation.ExchangeTimeMs / MinuteBucket.Ms;
            lock (_gate)
            {
                PruneLocked(nowMs);
                if (!_buckets.TryGetValue(minute, out MinuteBucket? bucket))
                {
                    bucket = new MinuteBucket(minute);
                    _buckets.Add(minute, bucket);
                }

                if (!bucket.Add(liquidation.SideLiquidated, liquidation.UsdNotional, liquidation.ExchangeTimeMs, liquidation.Venue, liquidation.Symbol, BaseAsset.Of(liquidation.Venue, liquidation.Symbol)))
                {
                    return AddResult.Duplicate;
                }

                _version++;

                _unsaved?.Add(new StoredLiquidation(liquidation.ExchangeTimeMs, liquidation.SideLiquidated, liquidation.UsdNotional, liquidation.Venue, liquidation.Symbol));
            }

            return AddResult.Added;
        }

        /// <summary>When the coverage began (unix ms), or null when nothing has been listened to yet.</summary>
        public long? CoveredSinceMs
        {
            get
            {
                lock (_gate)
                {
                    return _coveredSinceMs == long.MaxValue ? null : _coveredSinceMs;
                }
            }
        }

        /// <summary>Each venue and when it was last heard from (unix ms).</summary>
        public IReadOnlyDictionary<string, long> VenuesSeen()
        {
            lock (_gate)
            {
                return new Dictionary<string, long>(_venueSeenMs, StringComparer.Ordinal);
            }
        }

        /// <summary>
        /// Puts back what a previous run kept (the database): its events, its coverage start and when each venue was
        /// last heard. Events past the retention are ignored; rows with their venue and symbol are deduplicated like
        /// live events, older rows (schema 1) are not, so restore once, at start.
        /// </summary>
        public void Restore(IEnumerable<StoredLiquidation> events, long? coveredSinceMs, IReadOnlyDictionary<string, long> venuesSeen)
        {
            ArgumentNullException.ThrowIfNull(events);
            ArgumentNullException.ThrowIfNull(venuesSeen);
            long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            long oldest = nowMs - (long)Retention.TotalMilliseconds;
            lock (_gate)
            {
                foreach (StoredLiquidation stored in events)
                {
                    if (stored.TimeMs < oldest || stored.Usd <= 0)
                    {
                        continue;
                    }

                    long minute = stored.TimeMs / MinuteBucket.Ms;
                    if (!_buckets.TryGetValue(minute, out MinuteBucket? bucket))
                    {
                        bucket = new MinuteBucket(minute);
                        _buckets.Add(minute, bucket);
                    }

                    string? baseAsset = stored.Venue is null || stored.Symbol is null ? null : BaseAsset.Of(stored.Venue, stored.Symbol);
                    bucket.Add(stored.Side, stored.Usd, stored.TimeMs, stored.Venue, stored.Symbol, baseAsset);
                }

                if (coveredSinceMs is long since)
                {
                    _coveredSinceMs = Math.Min(_coveredSinceMs, since);
                }

                _version++;
                foreach (KeyValuePair<string, long> venue in venuesSeen)
                {
                    _venueSeenMs[venue.Key] = _venueSeenMs.TryGetValue(venue.Key, out long seen) ? Math.Max(seen, venue.Value) : venue.Value;
                }
            }
        }

        /// <summary>From now on, keep each event added until <see cref="TakeUnsaved"/> (called by the persistence).</summary>
        public void TrackUnsaved()
        {
            lock (_gate)
            {
                _unsaved ??= new List<StoredLiquidation>();
            }
        }

        /// <summary>The events added since the last call (empty unless <see cref="TrackUnsaved"/> was called).</summary>
        public IReadOnlyList<StoredLiquidation> TakeUnsaved()
        {
            lock (_gate)
            {
                if (_unsaved is null || _unsaved.Count == 0)
                {
                    return Array.Empty<StoredLiquidation>();
                }

                StoredLiquidation[] taken = _unsaved.ToArray();
                _unsaved.Clear();
                return taken;
            }
        }

        /// <summary>
        /// Records that a venue's liquidation stream is being listened to now (any well-formed frame, liquidations
        /// or not: a quiet market sends none). Listed venues are the ones heard from over the last 24 hours; the
        /// first one heard starts the coverage.
        /// </summary>
        public void MarkVenueLive(string venue)
        {
            ArgumentException.ThrowIfNullOrEmpty(venue);
            long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            lock (_gate)
            {
                _venueSeenMs[venue] = nowMs;
                if (nowMs < _coveredSinceMs)
                {
                    _coveredSinceMs = nowMs;
                    _version++;
                }
            }
        }

        /// <summary>States that every liquidation with an exchange time after <paramref name="sinceMs"/> is known (restored history, backfill).</summary>
        public void MarkCoveredSince(long sinceMs)
        {
            lock (_gate)
            {
                _coveredSinceMs = Math.Min(_coveredSinceMs, sinceMs);
                _version++;
            }
        }

        /// <summary>The totals at <paramref name="asOfMs"/>, or null when no venue was listened to in the 24 hours before it.</summary>
        public LiquidationTotals? Totals(long asOfMs)
        {
            lock (_gate)
            {
                PruneLocked(_time.GetUtcNow().ToUnixTimeMilliseconds());
                var venues = new List<string>();
                foreach (KeyValuePair<string, long> venue in _venueSeenMs)
                {
                    if (venue.Value > asOfMs - HourlyBars * HourMs)
                    {
                        venues.Add(venue.Key);
                    }
                }

                if (venues.Count == 0)
                {
                    return null;
                }

                venues.Sort(VenueOrder.Instance);
                bool lowerBound = venues.Exists(VenueFacts.PublishesSampledLiquidations);
                // The hourly bars without their leading unknown hours (coverage only ever starts, so no gap follows a
                // known hour): the last bar is always the hour to asOf.
                var hourlyLong = new List<long?>(HourlyBars);
                var hourlyShort = new List<long?>(HourlyBars);
                for (int i = 0; i < HourlyBars; i++)
                {
                    WindowSums? hour = SumsLocked(asOfMs - (HourlyBars - i) * HourMs, asOfMs - (HourlyBars - 1 - i) * HourMs);
                    if (hour is WindowSums known)
                    {
                        hourlyLong.Add(WholeMillions(known.LongUsd));
                        hourlyShort.Add(WholeMillions(known.ShortUsd));
                    }
                    else if (hourlyLong.Count > 0)
                    {
                        hourlyLong.Add(null);
                        hourlyShort.Add(null);
                    }
                }

                WindowSums? h1 = SumsLocked(asOfMs - HourMs, asOfMs);
                WindowSums? h24 = SumsLocked(asOfMs - HourlyBars * HourMs, asOfMs);
                return new LiquidationTotals(
                    venues,
                    lowerBound,
                    WindowLocked(asOfMs - 5 * MinuteBucket.Ms, asOfMs),
                    h1?.Totals,
                    WindowLocked(asOfMs - 4 * HourMs, asOfMs),
                    h24?.Totals,
                    hourlyLong.Count > 0 ? hourlyLong : null,
                    hourlyShort.Count > 0 ? hourlyShort : null,
                    h1?.Btc,
                    h24?.Btc);
            }
        }

        /// <summary>Liquidations with an exchange time in (startMs, endMs]; null when the feed did not cover all of it.</summary>
        public SideTotals? Window(long startMs, long endMs)
        {
            lock (_gate)
            {
                return WindowLocked(startMs, endMs);
            }
        }

        /// <summary>
        /// The cascade detector's baseline: per side, the median of the 288 five-minute sums in the 24 h before the
        /// last 5 minutes to <paramref name="asOfMs"/>; only covered windows count, null when none is.
        /// </summary>
        public SideTotals? MedianFiveMinutes(long asOfMs)
        {
            const long fiveMs = 5 * MinuteBucket.Ms;
            var longs = new List<long>(288);
            var shorts = new List<long>(288);
            lock (_gate)
            {
                for (int k = 1; k <= 288; k++)
                {
                    long end = asOfMs - k * fiveMs;
                    if (WindowLocked(end - fiveMs, end) is SideTotals w)
                    {
                        longs.Add(w.LongUsd);
                        shorts.Add(w.ShortUsd);
                    }
                }
            }

            if (longs.Count == 0)
            {
                return null;
            }

            longs.Sort();
            shorts.Sort();
            return new SideTotals(longs[longs.Count / 2], shorts[shorts.Count / 2]);
        }

        /// <summary>
        /// Per base asset (<see cref="BaseAsset"/>), the liquidations with an exchange time in (startMs, endMs]; events
        /// of unknown base are left out. Null when the feed did not cover all of the window. For the cascade rule's
        /// price confirmation: short windows only (it walks the events).
        /// </summary>
        public IReadOnlyDictionary<string, SideTotals>? WindowByBase(long startMs, long endMs)
        {
            lock (_gate)
            {
                if (startMs < _coveredSinceMs)
                {
                    return null;
                }

                var byBase = new Dictionary<string, SideTotals>(StringComparer.Ordinal);
                for (long minute = (startMs + 1) / MinuteBucket.Ms; minute <= endMs / MinuteBucket.Ms; minute++)
                {
                    if (!_buckets.TryGetValue(minute, out MinuteBucket? bucket))
                    {
                        continue;
                    }

                    foreach (MinuteBucket.Entry entry in bucket.Entries)
                    {
                        if (entry.Base is string coin && entry.TimeMs > startMs && entry.TimeMs <= endMs)
                        {
                            SideTotals sum = byBase.GetValueOrDefault(coin);
                            byBase[coin] = entry.Side == PositionSide.Long ? sum with { LongUsd = sum.LongUsd + entry.Usd } : sum with { ShortUsd = sum.ShortUsd + entry.Usd };
                        }
                    }
                }

                return byBase;
            }
        }

        /// <summary>
        /// Per side, the liquidations with an exchange time in (startMs, endMs] less the largest single one among them:
        /// what many positions, not one print, added up to. Null when the feed did not cover all of the window. For
        /// the cascade rule's one-minute pace: short windows only (it walks the events).
        /// </summary>
        public SideTotals? WindowWithoutLargest(long startMs, long endMs)
        {
            lock (_gate)
            {
                if (startMs < _coveredSinceMs)
                {
                    return null;
                }

                long longSum = 0, shortSum = 0, longMax = 0, shortMax = 0;
                for (long minute = (startMs + 1) / MinuteBucket.Ms; minute <= endMs / MinuteBucket.Ms; minute++)
                {
                    if (!_buckets.TryGetValue(minute, out MinuteBucket? bucket))
                    {
                        continue;
                    }

                    foreach (MinuteBucket.Entry entry in bucket.Entries)
                    {
                        if (entry.TimeMs > startMs && entry.TimeMs <= endMs)
                        {
                            if (entry.Side == PositionSide.Long)
                            {
                                longSum += entry.Usd;
                                longMax = Math.Max(longMax, entry.Usd);
                            }
                            else
                            {
                                shortSum += entry.Usd;
                                shortMax = Math.Max(shortMax, entry.Usd);
                            }
                        }
                    }
                }

                return new SideTotals(longSum - longMax, shortSum - shortMax);
            }
        }

        /// <summary>Liquidations with an exchange time in (startMs, endMs]; null when the feed did not cover all of it.</summary>
        private SideTotals? WindowLocked(long startMs, long endMs) => SumsLocked(startMs, endMs)?.Totals;

        /// <summary>Liquidations with an exchange time in (startMs, endMs], with their BTC part; null when the feed did not cover all of it.</summary>
        private WindowSums? SumsLocked(long startMs, long endMs)
        {
            if (startMs < _coveredSinceMs)
            {
                return null;
            }

            var sums = default(WindowSums);
            long firstMinute = (startMs + 1) / MinuteBucket.Ms;
            long lastMinute = endMs / MinuteBucket.Ms;
            for (long minute = firstMinute; minute <= lastMinute; minute++)
            {
                if (!_buckets.TryGetValue(minute, out MinuteBucket? bucket))
                {
                    continue;
                }

                if (bucket.StartMs > startMs && bucket.EndMs <= endMs)
                {
                    sums.LongUsd += bucket.LongUsd;
                    sums.ShortUsd += bucket.ShortUsd;
                    sums.BtcLongUsd += bucket.BtcLongUsd;
                    sums.BtcShortUsd += bucket.BtcShortUsd;
                    sums.UnsplitUsd += bucket.UnsplitUsd;
                    continue;
                }

                // The minute the window starts or ends in: only its events inside the window count.
                foreach (MinuteBucket.Entry entry in bucket.Entries)
                {
                    if (entry.TimeMs > startMs && entry.TimeMs <= endMs)
                    {
                        long btc = entry.Base == BaseAsset.Btc ? entry.Usd : 0;
                        if (entry.Side == PositionSide.Long)
                        {
                            sums.LongUsd += entry.Usd;
                            sums.BtcLongUsd += btc;
                        }
                        else
                        {
                            sums.ShortUsd += entry.Usd;
                            sums.BtcShortUsd += btc;
                        }

                        sums.UnsplitUsd += entry.Base is null ? entry.Usd : 0;
                    }
                }
            }

            return sums;
        }

        /// <summary>One window's sums: per side, and the part on BTC perpetuals; the split is unknown while any event's base is.</summary>
        private struct WindowSums
        {
            public long LongUsd;
            public long ShortUsd;
            public long BtcLongUsd;
            public long BtcShortUsd;
            public long UnsplitUsd;

            public readonly SideTotals Totals => new(LongUsd, ShortUsd);

            public readonly SideTotals? Btc => UnsplitUsd == 0 ? new SideTotals(BtcLongUsd, BtcShortUsd) : null;
        }

        /// <summary>Forgets every bucket, venue and the coverage (a new replay pass).</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _buckets.Clear();
                _venueSeenMs.Clear();
                _coveredSinceMs = long.MaxValue;
                _prunedAtMinute = long.MinValue;
                _version++;
            }
        }

        /// <summary>Drops minutes past the retention, at most once per minute of the clock.</summary>
        private void PruneLocked(long nowMs)
        {
            long nowMinute = nowMs / MinuteBucket.Ms;
            if (nowMinute == _prunedAtMinute)
            {
                return;
            }

            _prunedAtMinute = nowMinute;
            long oldestKept = (nowMs - (long)Retention.TotalMilliseconds) / MinuteBucket.Ms;
            List<long>? expired = null;
            foreach (long minute in _buckets.Keys)
            {
                if (minute < oldestKept)
                {
                    (expired ??= new List<long>()).Add(minute);
                }
            }

            if (expired != null)
            {
                foreach (long minute in expired)
                {
                    _buckets.Remove(minute);
                }
            }
        }

        /// <summary>USD to whole millions, half away from zero (amounts are never negative).</summary>
        private static long WholeMillions(long usd) => (usd + 500_000) / 1_000_000;
    }
}
