using System;
using Ticker.Platform;
using Xunit;

namespace Ticker.Core.Tests.Platform
{
    public class WallClockTests
    {
        [Fact]
        public void Converts_ticks_to_unix_seconds_like_the_framework()
        {
            var now = new DateTime(2026, 11, 24, 18, 0, 0, DateTimeKind.Utc);

            Assert.True(WallClock.TryUnixSeconds(now.Ticks, out long unix));
            Assert.Equal(new DateTimeOffset(now).ToUnixTimeSeconds(), unix);
        }

        [Fact]
        public void A_clock_still_near_1970_is_not_set()
        {
            Assert.False(WallClock.TryUnixSeconds(new DateTime(1970, 1, 1, 0, 5, 0, DateTimeKind.Utc).Ticks, out _));
            Assert.False(WallClock.TryUnixSeconds(new DateTime(2023, 12, 31, 23, 59, 59, DateTimeKind.Utc).Ticks, out _));
            Assert.True(WallClock.TryUnixSeconds(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks, out _));
        }
    }
}
