using System;
using System.Collections.Generic;
using System.Threading;

namespace Ticker.Feed.Replay
{
    /// <summary>
    /// The market's clock during a replay: it stands still until the replay moves it to the next record's receive
    /// time or the next refresh tick, and timers created on it fire, in due order, as it is moved past them. So the
    /// aggregator's windows, source ages and anything timed on the feed's <see cref="TimeProvider"/> follow the
    /// recording exactly, whatever the replay speed.
    /// </summary>
    /// <remarks>
    /// It never runs backwards except at <see cref="Restart"/> (a new replay pass), which also moves pending timers
    /// back so they keep their remaining time. Timestamps (<see cref="GetTimestamp"/>) count simulated milliseconds
    /// moved forward and never decrease, so elapsed-time measurements stay positive across passes.
    /// </remarks>
    public sealed class ReplayClock : TimeProvider
    {
        private readonly Lock _gate = new();
        private readonly List<ReplayTimer> _timers = new();
        private long _nowMs;
        private long _elapsedMs;

        public ReplayClock(long startUnixMs)
        {
            _nowMs = startUnixMs;
        }

        /// <summary>The simulated time, unix milliseconds.</summary>
        public long NowMs => Volatile.Read(ref _nowMs);

        public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(NowMs);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override long TimestampFrequency => 1000;

        public override long GetTimestamp() => Volatile.Read(ref _elapsedMs);

        /// <summary>Moves the clock forward to <paramref name="unixMs"/> (never back: an earlier time leaves it where it is), firing due timers on the way.</summary>
        public void AdvanceTo(long unixMs)
        {
            while (true)
            {
                ReplayTimer? due = null;
                lock (_gate)
                {
                    foreach (ReplayTimer timer in _timers)
                    {
                        if (timer.DueMs <= unixMs && (due is null || timer.DueMs < due.DueMs))
                        {
                            due = timer;
                        }
                    }

                    long to = due is null ? unixMs : Math.Max(due.DueMs, _nowMs);
                    if (to > _nowMs)
                    {
                        Volatile.Write(ref _elapsedMs, _elapsedMs + (to - _nowMs));
                        Volatile.Write(ref _nowMs, to);
                    }

                    if (due is null)
                    {
                        return;
                    }

                    due.Rearm();
                }

                // Outside the lock: a callback may read the clock or change its own timer.
                due.Fire();
            }
        }

        /// <summary>Sets the clock back (or forward) to <paramref name="unixMs"/> without firing anything: the start of a new pass.</summary>
        public void Restart(long unixMs)
        {
            lock (_gate)
            {
                long shift = unixMs - _nowMs;
                foreach (ReplayTimer timer in _timers)
                {
                    timer.DueMs += shift;
                }

                Volatile.Write(ref _nowMs, unixMs);
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            ArgumentNullException.ThrowIfNull(callback);
            var timer = new ReplayTimer(this, callback, state);
            timer.Change(dueTime, period);
            return timer;
        }

        private sealed class ReplayTimer : ITimer
        {
            private readonly ReplayClock _clock;
            private readonly TimerCallback _callback;
            private readonly object? _state;
            private long _periodMs;

            public ReplayTimer(ReplayClock clock, TimerCallback callback, object? state)
            {
                _clock = clock;
                _callback = callback;
                _state = state;
            }

            public long DueMs { get; set; }

            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                lock (_clock._gate)
                {
                    _clock._timers.Remove(this);
                    if (dueTime == Timeout.InfiniteTimeSpan)
                    {
                        return true;
                    }

                    DueMs = _clock._nowMs + (long)dueTime.TotalMilliseconds;
                    // A period of zero or infinite means a one-shot timer, as for System.Threading.Timer.
                    _periodMs = period == Timeout.InfiniteTimeSpan || period <= TimeSpan.Zero ? 0 : Math.Max(1, (long)period.TotalMilliseconds);
                    _clock._timers.Add(this);
                    return true;
                }
            }

            /// <summary>Called under the clock's lock when the timer is due: schedules its next period or removes it.</summary>
            public void Rearm()
            {
                if (_periodMs > 0)
                {
                    DueMs += _periodMs;
                }
                else
                {
                    _clock._timers.Remove(this);
                }
            }

            public void Fire() => _callback(_state);

            public void Dispose()
            {
                lock (_clock._gate)
                {
                    _clock._timers.Remove(this);
                }
            }

            public System.Threading.Tasks.ValueTask DisposeAsync()
            {
                Dispose();
                return default;
            }
        }
    }
}
