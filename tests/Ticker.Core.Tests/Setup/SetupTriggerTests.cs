using Ticker.Boards;
using Ticker.Config;
using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Setup
{
    public class SetupTriggerTests
    {
        [Theory]
        [InlineData("", null, false, false, true)]      // nothing configured anywhere
        [InlineData("", "stored", false, false, false)] // nanoff --networkdeployment stored a network
        [InlineData("home", null, false, false, false)]
        [InlineData("home", null, true, false, true)]   // button held at power-on
        [InlineData("home", null, false, true, true)]   // the app asked for setup before restarting
        public void Setup_mode_when_no_network_is_known_or_the_user_asks(string ssid, string? stored, bool held, bool requested, bool expected)
        {
            Assert.Equal(expected, SetupTrigger.ShouldEnterSetup(new DeviceSettings { WifiSsid = ssid }, stored!, held, requested));
        }

        [Theory]
        [InlineData("t-display", 35)]    // GPIO 0 would start the ROM bootloader when held during reset
        [InlineData("m5stack-core", 39)]
        [InlineData("diy-ili9341", 27)]
        [InlineData("wrover-kit", 0)]    // its only button
        public void The_setup_button_avoids_strapping_pins_where_the_board_allows(string board, int pin)
        {
            BoardProfile profile = BoardCatalog.Find(board)!;

            Assert.Equal(pin, profile.Buttons[SetupTrigger.ButtonIndex(profile)].Pin);
        }
    }
}
