using Ticker.Config;
using Xunit;

namespace Ticker.Core.Tests.Config
{
    public class NightWindowTests
    {
        // 2026-11-24 00:00:00 UTC
        private const long Midnight = 1_763_942_400;

        [Theory]
        [InlineData(22, 7, 0, 21, false)]
        [InlineData(22, 7, 0, 22, true)]
        [InlineData(22, 7, 0, 23, true)]
        [InlineData(22, 7, 0, 0, true)]
        [InlineData(22, 7, 0, 6, true)]
        [InlineData(22, 7, 0, 7, false)]
        [InlineData(1, 6, 0, 0, false)]
        [InlineData(1, 6, 0, 1, true)]
        [InlineData(1, 6, 0, 5, true)]
        [InlineData(1, 6, 0, 6, false)]
        [InlineData(-1, 7, 0, 3, false)]
        [InlineData(5, 5, 0, 5, false)]
        public void Hours_wrap_midnight(int start, int end, int offset, int utcHour, bool expected)
        {
            Assert.Equal(expected, NightWindow.Contains(Midnight + (utcHour * 3600), start, end, offset));
        }

        [Fact]
        public void Local_time_uses_the_utc_offset()
        {
            // 21:30 UTC is 23:30 in UTC+2 (night from 22) and 16:30 in UTC-5 (day).
            long t = Midnight + (21 * 3600) + 1800;
            Assert.True(NightWindow.Contains(t, 22, 7, 120));
            Assert.False(NightWindow.Contains(t, 22, 7, -300));
            Assert.False(NightWindow.Contains(t, 22, 7, 0));
        }

        [Fact]
        public void Times_before_1970_in_local_time_do_not_break_the_hour()
        {
            Assert.True(NightWindow.Contains(0, 22, 7, -60));
        }
    }
}
