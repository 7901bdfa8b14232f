using Ticker.Emulator.Device;
using Ticker.Platform;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    public class VirtualButtonsTests
    {
        private sealed class ManualClock : IClock
        {
            public long Now;

            public long UptimeMs => Now;

            public bool TryGetUnixTime(out long unixSeconds)
            {
                unixSeconds = 0;
                return false;
            }
        }

        [Fact]
        public void A_click_faster_than_the_debounce_is_stretched_and_its_release_waits_for_the_clock()
        {
            var clock = new ManualClock { Now = 1_000 };
            var buttons = new VirtualButtons(clock, 2);
            Assert.True(buttons.Press(1));
            Assert.True(buttons.Release(1));

            Assert.True(buttons.TryTake(out int index, out bool pressed, out long at));
            Assert.Equal((1, true, 1_000L), (index, pressed, at));
            Assert.False(buttons.TryTake(out _, out _, out _));

            clock.Now = 1_000 + VirtualButtons.MinPressMs;
            Assert.True(buttons.TryTake(out index, out pressed, out at));
            Assert.Equal((1, false, 1_060L), (index, pressed, at));
        }

        [Fact]
        public void A_long_hold_keeps_its_real_times()
        {
            var clock = new ManualClock { Now = 500 };
            var buttons = new VirtualButtons(clock, 1);
            buttons.Press(0);
            clock.Now = 1_700;
            buttons.Release(0);
            Assert.True(buttons.TryTake(out _, out _, out long down));
            Assert.True(buttons.TryTake(out _, out _, out long up));
            Assert.Equal((500L, 1_700L), (down, up));
        }

        [Fact]
        public void Unknown_buttons_and_repeated_edges_are_refused()
        {
            var buttons = new VirtualButtons(new ManualClock(), 1);
            Assert.False(buttons.Press(1));
            Assert.False(buttons.Press(-1));
            Assert.False(buttons.Release(0));
            Assert.True(buttons.Press(0));
            Assert.False(buttons.Press(0));
        }
    }
}
