using System;
using System.Threading;
using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Sources
{
    /// <summary>
    /// One exchange source's health: when it last delivered good data, whether its connector reports a failure,
    /// and what its parser saw. Connectors report; the snapshot and /healthz read.
    /// </summary>
    /// <remarks>Thread-safe: reports come from connector loops, reads from the refresher and HTTP requests.</remarks>
    public sealed class SourceHealth
    {
        private const long Never = long.MinValue;
        private readonly TimeProvider _time;
        private long _lastGoodMs = Never;
        private int _failing;
        private int _connecting;
        private string? _lastError;
        private long _eventsCounted;
        private long _eventsRefused;

        internal SourceHealth(string id, TimeProvider time)
        {
            Id = id;
            _time = time;
        }

        /// <summary>Exchange id (<c>binance</c>, …).</summary>
        public string Id { get; }

        /// <summary>What this source's parser saw.</summary>
        public ParseCounters Parse { get; } = new();

        /// <summary>The latest failure its connector reported, for a human reading /healthz.</summary>
        public string? LastError => Volatile.Read(ref _lastError);

        /// <summary>Events of the snapshot's instruments that were counted.</summary>
        public long EventsCounted => Interlocked.Read(ref _eventsCounted);

        /// <summary>Events of the snapshot's instruments refused for a time outside what the feed keeps.</summary>
        public long EventsRefused => Interlocked.Read(ref _eventsRefused);

        /// <summary>The source delivered good data now; clears a reported failure.</summary>
        public void ReportGood()
        {
            Interlocked.Exchange(ref _lastGoodMs, _time.GetUtcNow().ToUnixTimeMilliseconds());
            Volatile.Write(ref _failing, 0);
            Volatile.Write(ref _connecting, 0);
        }

        /// <summary>
        /// The connector is opening a connection. Shown until good data arrives; a pending failure still wins, so a
        /// venue that keeps refusing reads <c>failing</c> with its last error, not an endless <c>connecting</c>.
        /// </summary>
        public void ReportConnecting()
        {
            Volatile.Write(ref _connecting, 1);
        }

        /// <summary>The source failed (disconnect, HTTP error, refusal): not ok until it delivers good data again.</summary>
        public void ReportFailure(string reason)
        {
            Volatile.Write(ref _lastError, reason);
            Volatile.Write(ref _failing, 1);
        }

        /// <summary>Back to "never heard from", with no error (a new replay pass); the counters stay.</summary>
        internal void ResetState()
        {
            Interlocked.Exchange(ref _lastGoodMs, Never);
            Volatile.Write(ref _failing, 0);
            Volatile.Write(ref _connecting, 0);
            Volatile.Write(ref _lastError, null);
        }

        internal void CountEvent(bool counted)
        {
            Interlocked.Increment(ref counted ? ref _eventsCounted : ref _eventsRefused);
        }

        /// <summary>The source at <paramref name="nowMs"/>: stale once its last good data is older than <paramref name="staleAfter"/>.</summary>
        public SourceStatus StatusAt(long nowMs, TimeSpan staleAfter)
        {
            long lastGood = Interlocked.Read(ref _lastGoodMs);
            long? ageS = lastGood == Never ? null : Math.Max(0, (nowMs - lastGood) / 1000);
            SourceState state;
            if (Volatile.Read(ref _failing) != 0)
            {
                state = SourceState.Failing;
            }
            else if (Volatile.Read(ref _connecting) != 0)
            {
                state = SourceState.Connecting;
            }
            else if (ageS is null)
            {
                state = SourceState.Never;
            }
            else if (nowMs - lastGood > (long)staleAfter.TotalMilliseconds)
            {
                state = SourceState.Stale;
            }
            else
            {
                state = SourceState.Ok;
            }

            return new SourceStatus(Id, state, ageS);
        }
    }
}
