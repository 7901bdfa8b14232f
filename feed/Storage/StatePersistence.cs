using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Risk;

namespace Ticker.Feed.Storage
{
    /// <summary>
    /// Writes what changed to the database once per snapshot refresh, in one transaction, and applies the retention.
    /// A failed write (disk full, file locked) is logged and retried on the next refresh with nothing lost; the feed
    /// keeps serving from memory meanwhile. The last changes are written when the feed stops.
    /// </summary>
    public sealed class StatePersistence : IDisposable
    {
        /// <summary>A venue's "last heard" is rewritten at most this often: it changes on every frame.</summary>
        public static readonly TimeSpan VenueSeenResolution = TimeSpan.FromMinutes(1);

        /// <summary>How often the retention runs.</summary>
        public static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(10);

        /// <summary>Alert transitions are kept this long.</summary>
        public static readonly TimeSpan AlertRetention = TimeSpan.FromDays(30);

        private readonly FeedDatabase _database;
        private readonly LiquidationAggregator _liquidations;
        private readonly RiskHistory _risk;
        private readonly TimeProvider _time;
        private readonly ILogger<StatePersistence> _log;
        private readonly object _gate = new();
        private readonly List<StoredLiquidation> _pendingLiquidations = new();
        private readonly List<RiskSample> _pendingSamples = new();
        private readonly Dictionary<string, long> _savedVenues = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Venue, long FromMs), long> _savedSpans = new();
        private long? _savedCoveredSince;
        private long? _savedStatedSince;
        private long? _savedSeq;
        private long? _lastSeq;
        private long _prunedAtMs = long.MinValue;
        private bool _failing;

        public StatePersistence(FeedDatabase database, LiquidationAggregator liquidations, RiskHistory risk, TimeProvider time, ILogger<StatePersistence> log)
        {
            _database = database ?? throw new ArgumentNullException(nameof(database));
            _liquidations = liquidations ?? throw new ArgumentNullException(nameof(liquidations));
            _risk = risk ?? throw new ArgumentNullException(nameof(risk));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            _savedCoveredSince = database.LoadCoveredSince();
            _savedStatedSince = database.LoadStatedSince();
            foreach (KeyValuePair<string, IReadOnlyList<(long FromMs, long ToMs)>> venue in database.LoadVenueSpans())
            {
                foreach ((long from, long to) in venue.Value)
                {
                    _savedSpans[(venue.Key, from)] = to;
                }
            }
            long seq = database.LoadLastSeq();
            _savedSeq = seq >= 0 ? seq : null;
            foreach (KeyValuePair<string, long> venue in database.LoadVenuesSeen())
            {
                _savedVenues[venue.Key] = venue.Value;
            }
        }

        /// <summary>The database file.</summary>
        public string Path => _database.Path;

        /// <summary>False while writes fail (they are retried on each refresh).</summary>
        public bool Ok
        {
            get
            {
                lock (_gate)
                {
                    return !_failing;
                }
            }
        }

        /// <summary>Writes the changes since the last save, with <paramref name="lastSeq"/> as the last seq served; true when the database is up to date.</summary>
        public bool Save(long lastSeq)
        {
            lock (_gate)
            {
                long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
                _lastSeq = lastSeq;
                _pendingLiquidations.AddRange(_liquidations.TakeUnsaved());
                _pendingSamples.AddRange(_risk.TakeUnsaved());
                var venues = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, long> venue in _liquidations.VenuesSeen())
                {
                    if (!_savedVenues.TryGetValue(venue.Key, out long saved) || venue.Value - saved >= (long)VenueSeenResolution.TotalMilliseconds)
                    {
                        venues[venue.Key] = venue.Value;
                    }
                }

                // Each venue's spans: a new one, one grown by the resolution, or a closed one's final end.
                var spans = new List<(string Venue, long FromMs, long ToMs)>();
                foreach (KeyValuePair<string, IReadOnlyList<(long FromMs, long ToMs)>> venue in _liquidations.VenueSpans())
                {
                    for (int i = 0; i < venue.Value.Count; i++)
                    {
                        (long from, long to) = venue.Value[i];
                        bool current = i == venue.Value.Count - 1;
                        if (!_savedSpans.TryGetValue((venue.Key, from), out long saved)
                            || (current ? to - saved >= (long)VenueSeenResolution.TotalMilliseconds : to != saved))
                        {
                            spans.Add((venue.Key, from, to));
                        }
                    }
                }

                long? covered = _liquidations.CoveredSinceMs;
                long? stated = _liquidations.StatedCoveredSinceMs;
                var changes = new StateChanges(
                    _pendingLiquidations.ToArray(),
                    _pendingSamples.ToArray(),
                    venues,
                    covered != _savedCoveredSince ? covered : null,
                    lastSeq != _savedSeq ? lastSeq : null,
                    VenueSpans: spans,
                    StatedSinceMs: stated != _savedStatedSince ? stated : null);
                try
                {
                    if (!changes.IsEmpty)
                    {
                        // With the time they were taken at: a served replay resumes there after a restart.
                        _database.Save(changes with { StateTimeMs = nowMs });
                    }

                    PruneIfDue(nowMs);
                }
                catch (Exception error) when (error is Microsoft.Data.Sqlite.SqliteException or System.IO.IOException or InvalidOperationException)
                {
                    if (!_failing)
                    {
                        _log.LogError(error, "Could not write the feed's state to {Path}; keeping it in memory and retrying on each refresh", _database.Path);
                    }

                    _failing = true;
                    return false;
                }

                if (_failing)
                {
                    _log.LogInformation("The feed's state is written to {Path} again", _database.Path);
                    _failing = false;
                }

                _pendingLiquidations.Clear();
                _pendingSamples.Clear();
                foreach (KeyValuePair<string, long> venue in venues)
                {
                    _savedVenues[venue.Key] = venue.Value;
                }

                foreach ((string venue, long from, long to) in spans)
                {
                    _savedSpans[(venue, from)] = to;
                }

                _savedCoveredSince = covered;
                _savedStatedSince = stated;
                _savedSeq = lastSeq;
                return true;
            }
        }

        /// <summary>The last changes, at shutdown.</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                if (_lastSeq is long seq)
                {
                    // Venues' last-heard times at full resolution: the next start lists exactly the venues heard.
                    _savedVenues.Clear();
                    _savedSpans.Clear();
                    Save(seq);
                }
            }
        }

        /// <summary>The venue spans known to be in the database (for tests: it must not grow with the feed's age).</summary>
        internal int SavedSpanCount
        {
            get
            {
                lock (_gate)
                {
                    return _savedSpans.Count;
                }
            }
        }

        private void PruneIfDue(long nowMs)
        {
            if (_prunedAtMs != long.MinValue && nowMs - _prunedAtMs < (long)PruneInterval.TotalMilliseconds)
            {
                return;
            }

            _prunedAtMs = nowMs;
            _database.Prune(
                liquidationsBeforeMs: nowMs - (long)LiquidationAggregator.Retention.TotalMilliseconds,
                riskSamplesBeforeMs: nowMs - (long)RiskHistory.Window.TotalMilliseconds,
                alertsBeforeUnixSeconds: (nowMs - (long)AlertRetention.TotalMilliseconds) / 1000,
                venuesBeforeMs: nowMs - (long)TimeSpan.FromHours(24).TotalMilliseconds);

            // A span the aggregator has dropped is not written again: forget it, or a feed running for months would
            // keep every span it ever wrote (one per reconnect).
            long droppedBeforeMs = nowMs - (long)LiquidationAggregator.Retention.TotalMilliseconds;
            foreach ((string Venue, long FromMs) key in _savedSpans.Where(span => span.Value < droppedBeforeMs).Select(span => span.Key).ToArray())
            {
                _savedSpans.Remove(key);
            }
        }
    }
}
