using Ticker.Config;
using Xunit;

namespace Ticker.Core.Tests.Config
{
    /// <summary>The panel overrides and the sound setting through the one validator: each problem names the key and what is accepted.</summary>
    public class PanelSettingsValidatorTests
    {
        private static string? Problem(DeviceSettings settings, string key) => SettingsValidator.Validate(settings).Find(key)?.Message;

        [Fact]
        public void Defaults_are_valid_on_every_board()
        {
            foreach (var board in Ticker.Boards.BoardCatalog.All)
            {
                Assert.True(SettingsValidator.Validate(new DeviceSettings { BoardId = board.Id }).IsValid, board.Id);
            }
        }

        [Fact]
        public void Rotation_must_be_a_landscape_quarter_turn_of_the_board()
        {
            Assert.Null(Problem(new DeviceSettings { BoardId = "t-display", PanelRotation = 270 }, "panelRotation"));
            Assert.Null(Problem(new DeviceSettings { BoardId = "wrover-kit", PanelRotation = 90 }, "panelRotation"));
            Assert.Null(Problem(new DeviceSettings { BoardId = "m5stack-core", PanelRotation = 0 }, "panelRotation"));
            Assert.Equal("panelRotation: 0 would turn the t-display's panel to portrait; accepted -1 (the board's 90), 90 or 270",
                Problem(new DeviceSettings { BoardId = "t-display", PanelRotation = 0 }, "panelRotation"));
            Assert.Equal("panelRotation: 45 is not a quarter turn; accepted -1 (the board's 0) or 0",
                Problem(new DeviceSettings { BoardId = "m5stack-core", PanelRotation = 45 }, "panelRotation"));
        }

        [Fact]
        public void Upside_down_needs_a_driver_that_can_turn_the_panel()
        {
            // The built-in ILI9342 driver (M5Core image) sends one MADCTL for both landscapes; the built-in ILI9341
            // driver (WROVER_KIT image) and the managed drivers have the other one.
            Assert.Equal("panelRotation: 180: the m5stack-core's firmware image (M5Core) drives the panel with its built-in driver, which cannot turn it upside down; accepted -1 (the board's 0) or 0",
                Problem(new DeviceSettings { BoardId = "m5stack-core", PanelRotation = 180 }, "panelRotation"));
            Assert.Null(Problem(new DeviceSettings { BoardId = "wrover-kit", PanelRotation = 270 }, "panelRotation"));
            Assert.Null(Problem(new DeviceSettings { BoardId = "diy-ili9341", PanelRotation = 270 }, "panelRotation"));

            var settings = new DeviceSettings { BoardId = "m5stack-core", PanelRotation = 180 };
            SettingsValidator.ValidateAndRepair(settings);
            Assert.Equal(DeviceSettings.BoardNumber, settings.PanelRotation);
        }

        [Theory]
        [InlineData("panelOffsetX")]
        [InlineData("panelOffsetY")]
        public void Offsets_are_minus_one_or_0_to_80(string key)
        {
            var settings = new DeviceSettings();
            SetInt(settings, key, 81);
            Assert.Equal(key + ": 81 is out of range; accepted -1 to 80", Problem(settings, key));
            SetInt(settings, key, 80);
            Assert.Null(Problem(settings, key));
        }

        [Fact]
        public void Text_choices_name_the_accepted_values_and_the_boards_default()
        {
            var settings = new DeviceSettings
            {
                BoardId = "wrover-kit", PanelColorOrder = "BRG", PanelInversion = "yes", BacklightActiveLevel = "0", Sound = "loud",
            };
            Assert.Equal("panelColorOrder: 'BRG' is not a colour order; accepted board (bgr), rgb, bgr", Problem(settings, "panelColorOrder"));
            Assert.Equal("panelInversion: 'yes' is not an inversion setting; accepted board (off), on, off", Problem(settings, "panelInversion"));
            Assert.Equal("backlightActiveLevel: '0' is not a pin level; accepted board (low), high, low", Problem(settings, "backlightActiveLevel"));
            Assert.Equal("sound: 'loud' is not a sound setting; accepted off, cascade (cascades only), warning (warnings and cascades)", Problem(settings, "sound"));
        }

        [Fact]
        public void Mirror_needs_a_managed_driver()
        {
            Assert.Null(Problem(new DeviceSettings { BoardId = "diy-ili9341", PanelMirror = true }, "panelMirror"));
            Assert.StartsWith("panelMirror: the m5stack-core's firmware image (M5Core) drives the panel with its built-in driver",
                Problem(new DeviceSettings { BoardId = "m5stack-core", PanelMirror = true }, "panelMirror"));
        }

        [Fact]
        public void Repair_puts_every_bad_panel_value_back_to_the_boards()
        {
            var settings = new DeviceSettings
            {
                BoardId = "t-display", PanelRotation = 0, PanelOffsetX = 99, PanelOffsetY = -2, PanelColorOrder = "x",
                PanelInversion = "x", BacklightActiveLevel = "x", Sound = "x",
            };
            SettingsReport report = SettingsValidator.ValidateAndRepair(settings);

            Assert.Equal(7, report.Count);
            Assert.Equal((-1, -1, -1, "board", "board", "board", "cascade"),
                (settings.PanelRotation, settings.PanelOffsetX, settings.PanelOffsetY, settings.PanelColorOrder, settings.PanelInversion, settings.BacklightActiveLevel, settings.Sound));
            Assert.True(SettingsValidator.Validate(settings).IsValid);
        }

        private static void SetInt(DeviceSettings s, string key, int value)
        {
            if (key == "panelOffsetX")
            {
                s.PanelOffsetX = value;
            }
            else
            {
                s.PanelOffsetY = value;
            }
        }
    }
}
