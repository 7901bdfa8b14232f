using System;
using System.Threading.Tasks;
using Ticker.Benchmarks.AlertLatency;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    /// <summary>
    /// The alert-latency benchmark's code path (tests/Ticker.Benchmarks/AlertLatency, linked here), with two trials:
    /// a fake Binance burst through a live feed reaches the emulated device's LED, and the reset between trials
    /// (clock jumps, the alert back to 0) lets the next burst do it again. Figures are the benchmark's job
    /// (docs/alert-latency.md); this only checks that the chain works.
    /// </summary>
    public sealed class AlertLatencyRigTests
    {
        [Fact]
        public async Task A_burst_switches_the_devices_LED_to_cascade_and_after_the_reset_a_second_burst_does_again()
        {
            await using AlertLatencyRig rig = await AlertLatencyRig.StartAsync();

            (TimeSpan firstAt, TimeSpan firstSnapshot, TimeSpan firstLed) = await rig.RunTrialAsync(new NoPause());
            (TimeSpan secondAt, TimeSpan secondSnapshot, TimeSpan secondLed) = await rig.RunTrialAsync(new NoPause());

            Assert.Equal(TimeSpan.Zero, firstAt);
            Assert.Equal(TimeSpan.Zero, secondAt);
            Assert.True(firstSnapshot <= firstLed, $"the LED switched ({firstLed}) before the cascade snapshot arrived ({firstSnapshot})");
            Assert.True(secondSnapshot <= secondLed, $"the LED switched ({secondLed}) before the cascade snapshot arrived ({secondSnapshot})");
        }

        // The burst's random moment is always 0: the test waits on the chain only, never on a pause of its own.
        private sealed class NoPause : Random
        {
            public override double NextDouble() => 0;
        }
    }
}
