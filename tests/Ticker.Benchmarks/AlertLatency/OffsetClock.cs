using System;
using System.Threading;

namespace Ticker.Benchmarks.AlertLatency
{
    /// <summary>
    /// The system clock plus an offset the harness can only increase. Timestamps and timers are the system's, so
    /// everything within a trial runs in real time; <see cref="Jump"/> moves the calendar time forward at once, so
    /// the cascade rule's 5-minute coverage, its 10-minute cooldown and a burst leaving the window take no real time.
    /// </summary>
    public sealed class OffsetClock : TimeProvider
    {
        private long _offsetTicks;

        /// <summary>How far ahead of the system's time this clock is.</summary>
        public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

        /// <inheritdoc/>
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

        /// <summary>Moves the calendar time forward by <paramref name="by"/> (positive).</summary>
        public void Jump(TimeSpan by)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(by, TimeSpan.Zero);
            Interlocked.Add(ref _offsetTicks, by.Ticks);
        }
    }
}
