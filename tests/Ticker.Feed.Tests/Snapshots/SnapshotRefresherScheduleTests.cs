using System;
using Ticker.Feed.Snapshots;
using Xunit;

namespace Ticker.Feed.Tests.Snapshots
{
    /// <summary>The refresher wakes on the clock's whole intervals, so an event is in the snapshot of the next second.</summary>
    public sealed class SnapshotRefresherScheduleTests
    {
        [Theory]
        [InlineData(1_772_452_799_000, 1, 1000)] // on a boundary: the next one, never zero
        [InlineData(1_772_452_799_001, 1, 999)]
        [InlineData(1_772_452_799_500, 1, 500)]
        [InlineData(1_772_452_799_999, 1, 1)]
        [InlineData(1_772_452_795_000, 5, 5000)]
        [InlineData(1_772_452_797_250, 5, 2750)]
        public void Waits_until_the_next_multiple_of_the_interval(long nowMs, int intervalSeconds, long expectedMs)
        {
            TimeSpan wait = SnapshotRefresher.UntilNextBoundary(nowMs, TimeSpan.FromSeconds(intervalSeconds));

            Assert.Equal(expectedMs, (long)wait.TotalMilliseconds);
            Assert.Equal(0, (nowMs + expectedMs) % (intervalSeconds * 1000L));
        }
    }
}
