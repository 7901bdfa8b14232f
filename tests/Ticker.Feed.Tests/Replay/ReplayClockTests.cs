using System;
using System.Collections.Generic;
using System.Threading;
using Ticker.Feed.Replay;
using Xunit;

namespace Ticker.Feed.Tests.Replay
{
    public sealed class ReplayClockTests
    {
        private const long Start = 1_772_431_200_000;

        [Fact]
        public void Timers_fire_in_due_order_as_the_clock_is_moved_past_them_and_see_their_due_time()
        {
            var clock = new ReplayClock(Start);
            var fired = new List<(string, long)>();
            using ITimer late = clock.CreateTimer(_ => fired.Add(("late", clock.NowMs)), null, TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
            using ITimer periodic = clock.CreateTimer(_ => fired.Add(("periodic", clock.NowMs)), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

            clock.AdvanceTo(Start + 999);
            Assert.Empty(fired);
            clock.AdvanceTo(Start + 3_500);

            Assert.Equal(new[] { ("periodic", Start + 1_000), ("periodic", Start + 2_000), ("late", Start + 3_000), ("periodic", Start + 3_000) }, fired);
            Assert.Equal(Start + 3_500, clock.NowMs);
        }

        [Fact]
        public void The_clock_never_runs_back_within_a_pass_and_a_restart_keeps_timers_remaining_time()
        {
            var clock = new ReplayClock(Start);
            int fired = 0;
            using ITimer timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
            clock.AdvanceTo(Start + 4_000);
            long stamp = clock.GetTimestamp();

            clock.AdvanceTo(Start + 1_000);
            Assert.Equal(Start + 4_000, clock.NowMs);

            clock.Restart(Start);
            Assert.Equal(Start, clock.NowMs);
            Assert.Equal(stamp, clock.GetTimestamp());
            clock.AdvanceTo(Start + 5_999);
            Assert.Equal(0, fired);
            clock.AdvanceTo(Start + 6_000);
            Assert.Equal(1, fired);
            Assert.True(clock.GetTimestamp() > stamp, "timestamps keep increasing across passes");
        }

        [Fact]
        public void A_disposed_timer_does_not_fire()
        {
            var clock = new ReplayClock(Start);
            int fired = 0;
            ITimer timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            clock.AdvanceTo(Start + 1_000);
            timer.Dispose();
            clock.AdvanceTo(Start + 10_000);
            Assert.Equal(1, fired);
        }
    }
}
