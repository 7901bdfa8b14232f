using Ticker.Boards;
using Xunit;

namespace Ticker.Core.Tests.Boards
{
    public class BacklightTests
    {
        [Theory]
        [InlineData(80, true, 0.8)]
        [InlineData(80, false, 0.2)]   // WROVER-KIT: the backlight is on while the pin is low
        [InlineData(0, true, 0.0)]
        [InlineData(100, false, 0.0)]
        [InlineData(150, true, 1.0)]   // clamped; the validator rejects it before it gets here
        [InlineData(-5, false, 1.0)]
        public void Duty_cycle_follows_brightness_and_the_pins_active_level(int brightness, bool activeHigh, double duty)
        {
            Assert.Equal(duty, Backlight.DutyCycle(brightness, activeHigh), 6);
        }
    }
}
