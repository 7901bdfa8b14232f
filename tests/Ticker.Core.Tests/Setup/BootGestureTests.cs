using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Setup
{
    /// <summary>The setup button at boot, sampled every 50 ms: hold for setup, three taps for the self-test.</summary>
    public class BootGestureTests
    {
        // Samples the button from 0 to 5 s; pressed(t) says whether it is down at t.
        private static (BootChoice Choice, long EndedAt) Run(System.Func<long, bool> pressed)
        {
            var gesture = new BootGesture(0);
            for (long t = 0; t <= 5000; t += BootGesture.SampleMs)
            {
                BootChoice choice = gesture.Sample(pressed(t), t);
                if (gesture.IsOver(t))
                {
                    return (choice, t);
                }
            }

            return (gesture.Choice, -1);
        }

        [Fact]
        public void Held_two_seconds_is_setup()
        {
            Assert.Equal((BootChoice.Setup, 2300L), Run(t => t >= 300));
        }

        [Fact]
        public void Three_taps_are_the_self_test()
        {
            Assert.Equal((BootChoice.SelfTest, 1300L), Run(t => (t >= 200 && t < 400) || (t >= 700 && t < 900) || (t >= 1200 && t < 1300)));
        }

        [Fact]
        public void Nothing_pressed_ends_when_the_press_window_closes()
        {
            Assert.Equal((BootChoice.None, 1550L), Run(t => false));
        }

        [Fact]
        public void Two_taps_then_nothing_start_normally()
        {
            Assert.Equal((BootChoice.None, 3050L), Run(t => (t >= 200 && t < 400) || (t >= 700 && t < 900)));
        }

        [Fact]
        public void A_first_press_after_the_window_is_ignored()
        {
            Assert.Equal((BootChoice.None, 1550L), Run(t => t >= 1600));
        }

        [Fact]
        public void Taps_then_a_hold_is_setup()
        {
            Assert.Equal(BootChoice.Setup, Run(t => (t >= 200 && t < 400) || t >= 700).Choice);
        }
    }
}
