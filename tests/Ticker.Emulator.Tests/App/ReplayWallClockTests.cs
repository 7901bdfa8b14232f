using System;
using Microsoft.Extensions.Time.Testing;
using Ticker.Emulator.Device;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    public class ReplayWallClockTests
    {
        [Fact]
        public void It_runs_at_the_replays_speed_stands_still_when_paused_and_is_unset_before_the_first_reading()
        {
            var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T19:00:00Z"));
            var clock = new ReplayWallClock(time);
            Assert.False(clock.TryGetUnixSeconds(out _));

            clock.Update(1_772_440_000_000, 180, paused: false);
            time.Advance(TimeSpan.FromSeconds(2));
            Assert.True(clock.TryGetUnixSeconds(out long running));
            Assert.Equal(1_772_440_000 + 360, running);

            clock.Update(1_772_441_000_000, 180, paused: true);
            time.Advance(TimeSpan.FromSeconds(30));
            Assert.True(clock.TryGetUnixSeconds(out long paused));
            Assert.Equal(1_772_441_000, paused);
        }

        [Fact]
        public void The_device_clock_takes_its_wall_time_from_the_wall_clock_and_its_uptime_from_power_on()
        {
            var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T19:00:00Z"));
            var replay = new ReplayWallClock(time);
            var clock = new SystemClock(time, replay);
            time.Advance(TimeSpan.FromMilliseconds(1_250));
            Assert.Equal(1_250, clock.UptimeMs);
            Assert.False(clock.TryGetUnixTime(out _));
            replay.Update(5_000, 1, false);
            Assert.True(clock.TryGetUnixTime(out long unix));
            Assert.Equal(5, unix);

            var system = new SystemClock(time, new SystemWallClock(time));
            Assert.True(system.TryGetUnixTime(out long now));
            Assert.Equal(time.GetUtcNow().ToUnixTimeSeconds(), now);
        }
    }
}
