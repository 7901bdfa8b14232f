using Ticker.Boards;
using Ticker.Config;
using Ticker.Drawing;
using Xunit;

namespace Ticker.Core.Tests.Boards
{
    /// <summary>The panel in force: board defaults, each override, and the MADCTL and software fixes they lead to.</summary>
    public class PanelConfigTests
    {
        [Theory]
        [InlineData("t-display")]
        [InlineData("wrover-kit")]
        [InlineData("m5stack-core")]
        [InlineData("diy-ili9341")]
        public void Default_settings_keep_the_board_profile(string id)
        {
            BoardProfile board = BoardCatalog.Find(id)!;
            PanelConfig panel = PanelConfig.For(board, new DeviceSettings { BoardId = id });

            Assert.Equal((board.Rotation, board.OffsetX, board.OffsetY, board.ColorOrderBgr, board.InvertColors, board.BacklightActiveHigh),
                (panel.Rotation, panel.OffsetX, panel.OffsetY, panel.ColorOrderBgr, panel.InvertColors, panel.BacklightActiveHigh));
            Assert.False(panel.IsOverridden);
            Assert.False(panel.Mirror);
            Assert.Equal(board.LandscapeMadctl, panel.Madctl);
            Assert.False(panel.SwapRedBlueInSoftware || panel.InvertInSoftware);
            Assert.DoesNotContain("*", panel.DescribeGeometry() + panel.DescribeColors());
        }

        [Fact]
        public void The_other_landscape_flips_both_axes_as_the_board_sources_give_it()
        {
            // hardware/t-display: rotation 3 is MV | MY | BGR; hardware/diy-ili9341: upside down is 0xE8.
            Assert.Equal(0xA8, PanelConfig.For(BoardCatalog.Find("t-display")!, new DeviceSettings { BoardId = "t-display", PanelRotation = 270 }).Madctl);
            Assert.Equal(0xE8, PanelConfig.For(BoardCatalog.Find("diy-ili9341")!, new DeviceSettings { BoardId = "diy-ili9341", PanelRotation = 270 }).Madctl);
        }

        [Fact]
        public void Mirror_colour_order_and_offsets_change_only_their_own_bits()
        {
            BoardProfile board = BoardCatalog.Find("t-display")!;
            var settings = new DeviceSettings
            {
                BoardId = "t-display", PanelMirror = true, PanelColorOrder = "rgb", PanelInversion = "off",
                PanelOffsetX = 52, PanelOffsetY = 40, BacklightActiveLevel = "low",
            };
            PanelConfig panel = PanelConfig.For(board, settings);

            Assert.Equal((0x68 ^ PanelConfig.MadctlMx) & ~PanelConfig.MadctlBgr, panel.Madctl);
            Assert.Equal((52, 40, false, false, false), (panel.OffsetX, panel.OffsetY, panel.ColorOrderBgr, panel.InvertColors, panel.BacklightActiveHigh));
            Assert.True(panel.IsOverridden);

            // A managed driver is told: nothing is changed in software.
            Assert.False(panel.SwapRedBlueInSoftware || panel.InvertInSoftware);
            Assert.Equal("rot 90  offset 52,40*  mirror*", panel.DescribeGeometry());
            Assert.Equal("RGB*  invert off*  backlight low*", panel.DescribeColors());
        }

        [Fact]
        public void A_built_in_driver_gets_colour_overrides_in_software_and_no_mirror()
        {
            BoardProfile board = BoardCatalog.Find("m5stack-core")!;
            PanelConfig panel = PanelConfig.For(board, new DeviceSettings { BoardId = board.Id, PanelColorOrder = "rgb", PanelInversion = "off", PanelMirror = true });

            Assert.True(panel.SwapRedBlueInSoftware);
            Assert.True(panel.InvertInSoftware);
            Assert.False(panel.Mirror);
        }

        [Theory]
        [InlineData(0xFF0000, false, false, 0xFF0000)]
        [InlineData(0xFF0000, true, false, 0x0000FF)]
        [InlineData(0x123456, true, false, 0x563412)]
        [InlineData(0x123456, false, true, 0xEDCBA9)]
        [InlineData(0x000000, true, true, 0xFFFFFF)]
        public void Panel_colour_swaps_and_inverts(int rgb, bool swap, bool invert, int expected)
        {
            Assert.Equal(expected, PanelColor.Apply(rgb, swap, invert));
            Assert.Equal(rgb, PanelColor.Apply(PanelColor.Apply(rgb, swap, invert), swap, invert));
        }
    }
}
