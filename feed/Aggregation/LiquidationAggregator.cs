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
    /// Missing is not zero. Coverage is tracked per venue: a venue's coverage runs from when it was first heard (or
    /// from <see cref="MarkCoveredSince"/>: restored history, a backfill) to when it was last heard, and a silence of
    /// more than <see cref="GapAfter"/> (a dropped stream, a feed restart) starts it again. The totals count the
    /// venues live at asOf, and only their events; a window is whole when all of them covered it, partial (its
    /// covered span given, counted over that span only) when they covered its latest part, and unknown when they
    /// covered none of it. With no venue live there are no totals at all. Thread-safe: connectors add while the
    /// snapshot refresher reads.
    /// </remarks>
    public sealed class LiquidationAggregator : IResettableState
    {
        /// <summary>Kept beyond 24 hours, so late events and a slow refresher still find their minute.</summary>
        public static readonly TimeSpan RetentionMargin = TimeSpan.FromMinutes(15);

        /// <summary>How long events are kept: the longest window plus <see cref="RetentionMargin"/>.</summary>
        public static readonly TimeSpan Retention = TimeSpan.FromHours(24) + RetentionMargin;

        /// <summary>
        /// A venue unheard for longer than this has a gap in its coverage from its last frame: every venue's stream
        /// sends something at least every 30 s while connected (Binance's mark prices each second, Bybit's and OKX's
        /// pongs), so two minutes of silence is a lost stream, not a quiet market.
        /// </summary>
        public static readonly TimeSpan GapAfter = TimeSpan.FromMinutes(2);

        private static readonly long GapMs = (long)GapAfter.TotalMilliseconds;

        /// <summary>The shortest covered span reported as a partial window (or hourly bar); less is unknown.</summary>
        public static readonly TimeSpan MinCovered = TimeSpan.FromMinutes(1);

        /// <summary>How far ahead of the feed's clock an exchange time may be (clock skew) before it is refused.</summary>
        public static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(5);

        private const long HourMs = 3_600_000;
        private const int HourlyBars = 24;

        private readonly TimeProvider _time;
        private readonly Lock _gate = new();
        private readonly Dictionary<long, MinuteBucket> _buckets = new();
        private readonly Dictionary<string, VenueCoverage> _venues = new(StringComparer.Ordinal);
        private long _coveredSinceMs = long.MaxValue;   // stated (restored, backfilled): every venue's first span reaches back to it
        private long _heardSinceMs = long.MaxValue;     // when the first venue was heard
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
                    long since = Math.Min(_coveredSinceMs, _heardSinceMs);
                    return since == long.MaxValue ? null : since;
                }
            }
        }

        /// <summary>The coverage start stated by <see cref="MarkCoveredSince"/> (or restored), not counting when venues were heard; null when none.</summary>
        public long? StatedCoveredSinceMs
        {
            get
            {
                lock (_gate)
                {
                    return _coveredSinceMs == long.MaxValue ? null : _coveredSinceMs;
                }
            }
        }

        /// <summary>When any venue was last heard (unix ms; after a restart, before the stop), or null when none has been.</summary>
        public long? LastHeardMs
        {
            get
            {
                lock (_gate)
                {
                    long? last = null;
                    foreach (VenueCoverage coverage in _venues.Values)
                    {
                        last = last is long l && l >= coverage.LastMs ? l : coverage.LastMs;
                    }

                    return last;
                }
            }
        }

        /// <summary>Each venue's spans of listening (unix ms, oldest first; the last runs to when it was last heard): what a restart restores.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<(long FromMs, long ToMs)>> VenueSpans()
        {
            lock (_gate)
            {
                var spans = new Dictionary<string, IReadOnlyList<(long FromMs, long ToMs)>>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, VenueCoverage> venue in _venues)
                {
                    spans[venue.Key] = venue.Value.All();
                }

                return spans;
            }
        }

        /// <summary>Each venue and when it was last heard from (unix ms).</summary>
        public IReadOnlyDictionary<string, long> VenuesSeen()
        {
            lock (_gate)
            {
                var seen = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, VenueCoverage> venue in _venues)
                {
                    seen[venue.Key] = venue.Value.LastMs;
                }

                return seen;
            }
        }

        /// <summary>
        /// Puts back what a previous run kept (the database): its events, its coverage start and each venue's spans of
        /// listening (<see cref="VenueSpans"/>), or for a database older than those, when each venue was last heard.
        /// Events past the retention are ignored; rows with their venue and symbol are deduplicated like live events
        /// (and count for their venue), older rows (schema 1) carry no venue and are not, so restore once, at start.
        /// </summary>
        /// <param name="coveredSinceMs">With <paramref name="venueSpans"/>, the stated start (<see cref="StatedCoveredSinceMs"/>); without, the old run's whole coverage start, which each venue is then taken to have covered since.</param>
        public void Restore(
            IEnumerable<StoredLiquidation> events,
            long? coveredSinceMs,
            IReadOnlyDictionary<string, long> venuesSeen,
            IReadOnlyDictionary<string, IReadOnlyList<(long FromMs, long ToMs)>>? venueSpans = null)
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

                // Each venue's own spans: a venue that started late, or fell silent for hours, keeps that as a gap. When
                // it is heard again after the downtime, its coverage starts over (the downtime is a gap, not zero).
                if (venueSpans is not null)
                {
                    foreach (KeyValuePair<string, IReadOnlyList<(long FromMs, long ToMs)>> venue in venueSpans)
                    {
                        if (!_venues.ContainsKey(venue.Key) && VenueCoverage.FromSpans(venue.Value) is VenueCoverage coverage)
                        {
                            _venues[venue.Key] = coverage;
                        }
                    }
                }

                // Older databases kept only when each venue was last heard: taken as covered from the old run's
                // coverage start.
                foreach (KeyValuePair<string, long> venue in venuesSeen)
                {
                    if (!_venues.ContainsKey(venue.Key))
                    {
                        _venues[venue.Key] = new VenueCoverage(Math.Min(coveredSinceMs ?? venue.Value, venue.Value), venue.Value);
                    }
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
        /// Records that a venue's liquidation stream is being listened to now (any well-formed frame on its
        /// connection, liquidations or not: a quiet market sends none). Heard again after more than
        /// <see cref="GapAfter"/>, the venue's coverage starts over.
        /// </summary>
        public void MarkVenueLive(string venue)
        {
            ArgumentException.ThrowIfNullOrEmpty(venue);
            long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            lock (_gate)
            {
                if (_venues.TryGetValue(venue, out VenueCoverage? coverage))
                {
                    long from = coverage.FromMs;
                    coverage.Heard(nowMs, GapMs);
                    if (coverage.FromMs != from)
                    {
                        _version++;
                    }
                }
                else
                {
                    _venues[venue] = new VenueCoverage(nowMs, nowMs);
                    _version++;
                }

                _heardSinceMs = Math.Min(_heardSinceMs, nowMs);
            }
        }

        /// <summary>
        /// Widens one venue's coverage back to <paramref name="sinceMs"/>: its liquidations since then are known (a
        /// REST backfill). Only while the venue is live, and only back over its current coverage.
        /// </summary>
        public void MarkVenueCoveredSince(string venue, long sinceMs)
        {
            ArgumentException.ThrowIfNullOrEmpty(venue);
            lock (_gate)
            {
                if (_venues.TryGetValue(venue, out VenueCoverage? coverage))
                {
                    coverage.WidenCurrent(sinceMs);
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

        /// <summary>The totals at <paramref name="asOfMs"/>, or null when no venue is live at it.</summary>
        public LiquidationTotals? Totals(long asOfMs)
        {
            lock (_gate)
            {
                PruneLocked(_time.GetUtcNow().ToUnixTimeMilliseconds());
                Scope? scope = ScopeLocked(asOfMs);
                if (scope is null)
                {
                    return null;
                }

                List<string> venues = scope.Venues;
                // The hourly bars without their leading unknown hours (a gap after a known hour stays, as null): the
                // last bar is always the hour to asOf.
                var hourlyLong = new List<long?>(HourlyBars);
                var hourlyShort = new List<long?>(HourlyBars);
                for (int i = 0; i < HourlyBars; i++)
                {
                    long hourStart = asOfMs - (HourlyBars - i) * HourMs;
                    WindowSums? hour = scope.CoveredMs(hourStart, hourStart + HourMs) >= (long)MinCovered.TotalMilliseconds ? Sum(hourStart, hourStart + HourMs, scope) : null;
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

                (WindowSums? m5, long? m5Covered) = PartialLocked(asOfMs, 5 * MinuteBucket.Ms, scope);
                (WindowSums? h1, long? h1Covered) = PartialLocked(asOfMs, HourMs, scope);
                (WindowSums? h4, long? h4Covered) = PartialLocked(asOfMs, 4 * HourMs, scope);
                (WindowSums? h24, long? h24Covered) = PartialLocked(asOfMs, HourlyBars * HourMs, scope);

                // A floor whenever a venue is heard only in part, or a window is partial.
                bool lowerBound = venues.Exists(VenueFacts.CountsOnlyPart) || m5Covered is not null || h1Covered is not null || h4Covered is not null || h24Covered is not null;
                return new LiquidationTotals(
                    venues,
                    lowerBound,
                    m5?.Totals,
                    h1?.Totals,
                    h4?.Totals,
                    h24?.Totals,
                    hourlyLong.Count > 0 ? hourlyLong : null,
                    hourlyShort.Count > 0 ? hourlyShort : null,
                    h1?.Btc,
                    h24?.Btc,
                    m5Covered,
                    h1Covered,
                    h4Covered,
                    h24Covered);
            }
        }

        /// <summary>
        /// Liquidations with an exchange time in (startMs, endMs] on the venues live at <paramref name="endMs"/>;
        /// null when they did not cover all of it.
        /// </summary>
        public SideTotals? Window(long startMs, long endMs)
        {
            lock (_gate)
            {
                return ScopeLocked(endMs) is Scope scope ? WindowLocked(startMs, endMs, scope) : null;
            }
        }

        /// <summary>The venues live at <paramref name="asOfMs"/>; null when none is.</summary>
        private Scope? ScopeLocked(long asOfMs)
        {
            var names = new List<string>();
            foreach (KeyValuePair<string, VenueCoverage> venue in _venues)
            {
                if (venue.Value.IsLive(asOfMs, GapMs))
                {
                    names.Add(venue.Key);
                }
            }

            if (names.Count == 0)
            {
                return null;
            }

            names.Sort(VenueOrder.Instance);
            var coverage = new List<VenueCoverage>(names.Count);
            foreach (string name in names)
            {
                coverage.Add(_venues[name]);
            }

            return new Scope(names, coverage, _coveredSinceMs);
        }

        /// <summary>
        /// The window of <paramref name="spanMs"/> to asOf: whole (covered S null), partial (the seconds all the
        /// scope's venues covered, at least <see cref="MinCovered"/>), or unknown.
        /// </summary>
        private (WindowSums? Sums, long? CoveredS) PartialLocked(long asOfMs, long spanMs, Scope scope)
        {
            long startMs = asOfMs - spanMs;
            long coveredMs = scope.CoveredMs(startMs, asOfMs);
            if (coveredMs >= spanMs)
            {
                return (Sum(startMs, asOfMs, scope), null);
            }

            return coveredMs < (long)MinCovered.TotalMilliseconds ? (null, null) : (Sum(startMs, asOfMs, scope), coveredMs / 1000);
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
                // Only the time the venues live now covered: a gap or the downtime before a restart is left out, not read as calm.
                Scope? scope = ScopeLocked(asOfMs);
                for (int k = 1; k <= 288 && scope is not null; k++)
                {
                    long end = asOfMs - k * fiveMs;
                    if (WindowLocked(end - fiveMs, end, scope) is SideTotals w)
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
        /// Per base asset (<see cref="BaseAsset"/>), the liquidations with an exchange time in (startMs, endMs] on the
        /// venues live at <paramref name="endMs"/>; events of unknown base are left out. Null when they did not cover
        /// all of the window. For the cascade rule's price confirmation: short windows only (it walks the events).
        /// </summary>
        public IReadOnlyDictionary<string, SideTotals>? WindowByBase(long startMs, long endMs)
        {
            lock (_gate)
            {
                Scope? scope = ScopeLocked(endMs);
                if (scope is null || scope.CoveredMs(startMs, endMs) < endMs - startMs)
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
                        if (entry.Base is string coin && entry.TimeMs > startMs && entry.TimeMs <= endMs && scope.Counts(entry.Venue))
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
        /// Per side, the liquidations with an exchange time in (startMs, endMs] on the venues live at
        /// <paramref name="endMs"/> less the largest single one among them: what many positions, not one print, added
        /// up to. Null when they did not cover all of the window. For the cascade rule's one-minute pace: short
        /// windows only (it walks the events).
        /// </summary>
        public SideTotals? WindowWithoutLargest(long startMs, long endMs)
        {
            lock (_gate)
            {
                Scope? scope = ScopeLocked(endMs);
                if (scope is null || scope.CoveredMs(startMs, endMs) < endMs - startMs)
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
                        if (entry.TimeMs > startMs && entry.TimeMs <= endMs && scope.Counts(entry.Venue))
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

        /// <summary>Liquidations of the scope's venues with an exchange time in (startMs, endMs]; null when they did not all cover all of it.</summary>
        private SideTotals? WindowLocked(long startMs, long endMs, Scope scope) =>
            scope.CoveredMs(startMs, endMs) >= endMs - startMs ? Sum(startMs, endMs, scope).Totals : null;

        /// <summary>
        /// Liquidations of the scope's venues (and restored ones without a venue, which count too) with an exchange
        /// time in (startMs, endMs], with their BTC part.
        /// </summary>
        private WindowSums Sum(long startMs, long endMs, Scope scope)
        {
            var sums = default(WindowSums);
            long firstMinute = (startMs + 1) / MinuteBucket.Ms;
            long lastMinute = endMs / MinuteBucket.Ms;
            for (long minute = firstMinute; minute <= lastMinute; minute++)
            {
                if (!_buckets.TryGetValue(minute, out MinuteBucket? bucket))
                {
                    continue;
                }

                if (bucket.StartMs > startMs && bucket.EndMs <= endMs && scope.CountsAll(bucket))
                {
                    sums.LongUsd += bucket.LongUsd;
                    sums.ShortUsd += bucket.ShortUsd;
                    sums.BtcLongUsd += bucket.BtcLongUsd;
                    sums.BtcShortUsd += bucket.BtcShortUsd;
                    sums.UnsplitUsd += bucket.UnsplitUsd;
                    continue;
                }

                // The minute the window starts or ends in (or one with a venue out of scope): only its events inside the window, of the scope, count.
                foreach (MinuteBucket.Entry entry in bucket.Entries)
                {
                    if (entry.TimeMs > startMs && entry.TimeMs <= endMs && scope.Counts(entry.Venue))
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
                _venues.Clear();
                _coveredSinceMs = long.MaxValue;
                _heardSinceMs = long.MaxValue;
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
            foreach (VenueCoverage coverage in _venues.Values)
            {
                coverage.Prune(nowMs - (long)Retention.TotalMilliseconds);
            }

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

        /// <summary>What a set of windows counts: the live venues (events without a venue, restored from storage, count too) and their coverage.</summary>
        private sealed class Scope(List<string> venues, List<VenueCoverage> coverage, long floorMs)
        {
            public List<string> Venues { get; } = venues;

            /// <summary>How much of (startMs, endMs] every venue covered, ms.</summary>
            public long CoveredMs(long startMs, long endMs) => VenueCoverage.Length(VenueCoverage.Common(coverage, startMs, endMs, floorMs));

            public bool Counts(string? venue) => venue is null || Venues.Contains(venue);

            public bool CountsAll(MinuteBucket bucket)
            {
                foreach (string? venue in bucket.Venues)
                {
                    if (!Counts(venue))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
