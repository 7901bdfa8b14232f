using System.Collections.Generic;
using Ticker.Boards;
using Ticker.Input;
using Xunit;

namespace Ticker.Core.Tests.Boards
{
    public class BoardCatalogTests
    {
        public static IEnumerable<object[]> AllIds()
        {
            foreach (BoardProfile b in BoardCatalog.All)
            {
                yield return new object[] { b.Id };
            }
        }

        [Fact]
        public void The_four_required_boards_exist()
        {
            Assert.NotNull(BoardCatalog.Find("t-display"));
            Assert.NotNull(BoardCatalog.Find("wrover-kit"));
            Assert.NotNull(BoardCatalog.Find("m5stack-core"));
            Assert.NotNull(BoardCatalog.Find("diy-ili9341"));
            Assert.Equal(4, BoardCatalog.Count);
        }

        [Fact]
        public void Ids_are_unique_lower_case_and_plain()
        {
            var seen = new HashSet<string>();
            foreach (BoardProfile b in BoardCatalog.All)
            {
                Assert.True(seen.Add(b.Id), "duplicate id " + b.Id);
                Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", b.Id);
            }
        }

        [Fact]
        public void Find_returns_null_for_unknown_or_null_ids()
        {
            Assert.Null(BoardCatalog.Find("no-such-board"));
            Assert.Null(BoardCatalog.Find(""));
            Assert.Null(BoardCatalog.Find(null!));
            Assert.Null(BoardCatalog.Find("t-display "));
        }

        [Fact]
        public void Find_ignores_ascii_case()
        {
            Assert.Same(BoardCatalog.Find("t-display"), BoardCatalog.Find("T-Display"));
            Assert.Same(BoardCatalog.Find("m5stack-core"), BoardCatalog.Find("M5STACK-CORE"));
        }

        [Fact]
        public void Default_board_is_a_known_board()
        {
            Assert.NotNull(BoardCatalog.Default);
            Assert.Equal(BoardCatalog.DefaultId, BoardCatalog.Default.Id);
        }

        [Fact]
        public void IdList_names_every_board_in_order()
        {
            Assert.Equal("t-display, wrover-kit, m5stack-core, diy-ili9341", BoardCatalog.IdList());
        }

        [Fact]
        public void All_returns_a_copy()
        {
            BoardProfile[] first = BoardCatalog.All;
            first[0] = null!;
            Assert.NotNull(BoardCatalog.All[0]);
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Drawn_frame_is_240x135_or_320x240(string id)
        {
            BoardProfile b = BoardCatalog.Find(id);
            Assert.True(
                (b.Width == 240 && b.Height == 135) || (b.Width == 320 && b.Height == 240),
                id + " draws " + b.Width + "x" + b.Height);
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Rotation_matches_panel_and_drawn_sizes(string id)
        {
            BoardProfile b = BoardCatalog.Find(id);
            Assert.Contains(b.Rotation, new[] { 0, 90, 180, 270 });
            bool swapped = b.Rotation == 90 || b.Rotation == 270;
            Assert.Equal(swapped ? b.PanelHeight : b.PanelWidth, b.Width);
            Assert.Equal(swapped ? b.PanelWidth : b.PanelHeight, b.Height);
            Assert.InRange(b.LandscapeMadctl, 0, 0xFF);
            Assert.Equal(b.ColorOrderBgr, (b.LandscapeMadctl & 0x08) != 0);
            Assert.Equal(swapped, (b.LandscapeMadctl & 0x20) != 0);
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Panel_window_fits_the_controller_memory(string id)
        {
            BoardProfile b = BoardCatalog.Find(id);

            // ST7789 and ILI934x controllers address at most 240x320 (either way round).
            Assert.InRange(b.OffsetX, 0, 320 - b.Width);
            Assert.InRange(b.OffsetY, 0, 320 - b.Height);
            Assert.True(b.Width <= 320 && b.Height <= 320);
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Pins_are_real_usable_esp32_gpios(string id)
        {
            BoardProfile b = BoardCatalog.Find(id);

            foreach (int pin in new[] { b.PinMosi, b.PinClock, b.PinCs, b.PinDc })
            {
                AssertOutputPin(id, pin);
            }

            foreach (int pin in new[] { b.PinReset, b.PinBacklight, b.LedPin, b.SuggestedLedPin })
            {
                if (pin != -1)
                {
                    AssertOutputPin(id, pin);
                }
            }

            if (b.PinMiso != -1)
            {
                AssertInputPin(id, b.PinMiso);
            }

            foreach (ButtonSpec button in b.Buttons)
            {
                AssertInputPin(id, button.Pin);
            }
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void No_pin_is_used_twice(string id)
        {
            BoardProfile b = BoardCatalog.Find(id);
            var used = new Dictionary<int, string>();
            void Use(int pin, string what)
            {
                if (pin < 0)
                {
                    return;
                }

                Assert.False(used.ContainsKey(pin), id + ": GPIO" + pin + " is both " + (used.ContainsKey(pin) ? used[pin] : "") + " and " + what);
                used[pin] = what;
            }

            Use(b.PinMosi, "MOSI");
            Use(b.PinMiso, "MISO");
            Use(b.PinClock, "SCK");
            Use(b.PinCs, "CS");
            Use(b.PinDc, "DC");
            Use(b.PinReset, "RST");
            Use(b.PinBacklight, "backlight");
            Use(b.LedPin, "LED");
            Use(b.SuggestedLedPin, "suggested LED");
            foreach (ButtonSpec button in b.Buttons)
            {
                Use(button.Pin, "button " + button.Label);
            }
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Led_is_either_on_board_or_suggested(string id)
        {
            BoardProfile b = BoardCatalog.Find(id);
            Assert.True(b.HasLed ^ (b.SuggestedLedPin >= 0), id + ": exactly one of LedPin / SuggestedLedPin must be set");
            Assert.Equal(b.LedPin >= 0, b.HasLed);
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Buttons_exist_and_have_distinct_roles_and_labels(string id)
        {
            BoardProfile b = BoardCatalog.Find(id);
            Assert.NotNull(b.Buttons);
            Assert.InRange(b.Buttons.Length, 1, 3);
            var roles = new HashSet<ButtonRole>();
            var labels = new HashSet<string>();
            foreach (ButtonSpec button in b.Buttons)
            {
                Assert.True(roles.Add(button.Role), id + ": two buttons share a role");
                Assert.False(string.IsNullOrWhiteSpace(button.Label));
                Assert.True(labels.Add(button.Label), id + ": two buttons share a label");
            }

            if (b.Buttons.Length == 1)
            {
                Assert.Equal(ButtonRole.Only, b.Buttons[0].Role);
            }
            else
            {
                Assert.DoesNotContain(ButtonRole.Only, roles);
                Assert.Contains(ButtonRole.Previous, roles);
                Assert.Contains(ButtonRole.Next, roles);
            }
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Buttons_on_input_only_pins_rely_on_external_pull_ups(string id)
        {
            foreach (ButtonSpec button in BoardCatalog.Find(id).Buttons)
            {
                if (Esp32Gpio.IsInputOnly(button.Pin) && button.ActiveLow)
                {
                    Assert.True(button.ExternalPullUp, id + ": GPIO" + button.Pin + " has no internal pull-up, so it needs an external one");
                    Assert.False(button.NeedsInternalPullUp);
                }
            }
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Firmware_image_and_driver_kind_agree(string id)
        {
            BoardProfile b = BoardCatalog.Find(id);
            Assert.False(string.IsNullOrWhiteSpace(b.FirmwareImage));
            Assert.DoesNotContain(' ', b.FirmwareImage);

            // Images with a panel driver built in, as their nf-interpreter defconfig says.
            var native = new Dictionary<string, PanelDriver>
            {
                { "ESP_WROVER_KIT", PanelDriver.Ili9341 },
                { "M5Core", PanelDriver.Ili9342 },
            };
            var generic = new HashSet<string> { "ESP32_GenericDisplay_REV0", "ESP32_PSRAM_BLE_GenericGraphic_REV3" };

            if (b.NativeDisplayDriver)
            {
                Assert.True(native.ContainsKey(b.FirmwareImage), id + ": " + b.FirmwareImage + " has no native driver");
                Assert.Equal(native[b.FirmwareImage], b.Driver);
            }
            else
            {
                Assert.Contains(b.FirmwareImage, generic);
            }

            // Only the PSRAM images use PSRAM; the generic REV0 display image is built without it.
            if (b.FirmwareImage == "ESP32_GenericDisplay_REV0" || b.FirmwareImage == "M5Core")
            {
                Assert.False(b.HasPsram, id);
            }
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Spi_settings_match_the_nanoframework_display_interface(string id)
        {
            BoardProfile b = BoardCatalog.Find(id);
            Assert.Equal(1, b.SpiBus);
            Assert.Equal(40000000, b.SpiClockHz);
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Names_are_set(string id)
        {
            Assert.False(string.IsNullOrWhiteSpace(BoardCatalog.Find(id).Name));
        }

        [Fact]
        public void Memory_figures_are_computed_from_the_drawn_frame()
        {
            BoardProfile small = BoardCatalog.Find("t-display");
            Assert.Equal(64800, small.FullFrameBytes);
            Assert.Equal(68, small.StripeRows);

            BoardProfile big = BoardCatalog.Find("m5stack-core");
            Assert.Equal(153600, big.FullFrameBytes);
            Assert.Equal(51, big.StripeRows);
            Assert.True(big.StripeRows * big.Width * BoardProfile.BytesPerPixel <= BoardProfile.MaxStripeBytes);
        }

        [Fact]
        public void Board_facts_from_the_brief_hold()
        {
            BoardProfile t = BoardCatalog.Find("t-display");
            Assert.Equal(PanelDriver.St7789, t.Driver);
            Assert.Equal(135, t.PanelWidth);
            Assert.Equal(240, t.PanelHeight);
            Assert.Equal(ButtonRole.Previous, ButtonOn(t, 0).Role);
            Assert.Equal(ButtonRole.Next, ButtonOn(t, 35).Role);

            BoardProfile m = BoardCatalog.Find("m5stack-core");
            Assert.Equal(PanelDriver.Ili9342, m.Driver);
            Assert.Equal(ButtonRole.Previous, ButtonOn(m, 39).Role);
            Assert.Equal(ButtonRole.Next, ButtonOn(m, 38).Role);
            Assert.Equal(ButtonRole.Acknowledge, ButtonOn(m, 37).Role);

            BoardProfile w = BoardCatalog.Find("wrover-kit");
            Assert.Equal(PanelDriver.Ili9341, w.Driver);
            Assert.True(w.HasPsram);

            // The WROVER-KIT's red LED is GPIO0, the BOOT button: the profile uses the green LED so they never clash.
            Assert.NotEqual(0, w.LedPin);
            Assert.Equal(0, w.Buttons[0].Pin);

            BoardProfile d = BoardCatalog.Find("diy-ili9341");
            Assert.Equal(PanelDriver.Ili9341, d.Driver);
            Assert.True(d.HasLed);
        }

        [Fact]
        public void Diy_wiring_avoids_strapping_flash_and_psram_pins()
        {
            BoardProfile d = BoardCatalog.Find("diy-ili9341");
            foreach (int pin in new[] { d.PinMosi, d.PinMiso, d.PinClock, d.PinCs, d.PinDc, d.PinReset, d.PinBacklight, d.LedPin, d.Buttons[0].Pin })
            {
                Assert.False(Esp32Gpio.IsStrapping(pin), "GPIO" + pin + " is a strapping pin");
                Assert.False(Esp32Gpio.IsFlashPin(pin), "GPIO" + pin + " is a flash pin");
                Assert.False(pin == 16 || pin == 17, "GPIO" + pin + " is PSRAM on WROVER-based DevKitC boards");
                Assert.False(pin == 1 || pin == 3, "GPIO" + pin + " is the serial console");
            }

            // The VSPI IO_MUX pins (ESP-IDF soc/esp32 spi_pins.h: SPI3 CLK 18, MISO 19, MOSI 23).
            Assert.Equal(18, d.PinClock);
            Assert.Equal(19, d.PinMiso);
            Assert.Equal(23, d.PinMosi);
        }

        [Fact]
        public void Panel_driver_names_are_spelled_out()
        {
            Assert.Equal("ST7789", PanelDrivers.NameOf(PanelDriver.St7789));
            Assert.Equal("ILI9341", PanelDrivers.NameOf(PanelDriver.Ili9341));
            Assert.Equal("ILI9342", PanelDrivers.NameOf(PanelDriver.Ili9342));
            Assert.Equal("unknown", PanelDrivers.NameOf((PanelDriver)99));
            Assert.Equal("nanoFramework.Graphics.St7789", PanelDrivers.ManagedPackageOf(PanelDriver.St7789));
            Assert.Equal("nanoFramework.Graphics.Ili9341", PanelDrivers.ManagedPackageOf(PanelDriver.Ili9341));
            Assert.Equal("nanoFramework.Graphics.Ili9342", PanelDrivers.ManagedPackageOf(PanelDriver.Ili9342));
        }

        [Fact]
        public void Button_pull_up_need_follows_polarity_and_resistor()
        {
            Assert.True(new ButtonSpec(27, ButtonRole.Only, "X", activeLow: true, externalPullUp: false).NeedsInternalPullUp);
            Assert.False(new ButtonSpec(39, ButtonRole.Only, "X", activeLow: true, externalPullUp: true).NeedsInternalPullUp);
            Assert.False(new ButtonSpec(27, ButtonRole.Only, "X", activeLow: false, externalPullUp: false).NeedsInternalPullUp);
        }

        [Theory]
        [InlineData(0, true)]
        [InlineData(19, true)]
        [InlineData(20, false)]
        [InlineData(21, true)]
        [InlineData(24, false)]
        [InlineData(27, true)]
        [InlineData(28, false)]
        [InlineData(31, false)]
        [InlineData(32, true)]
        [InlineData(39, true)]
        [InlineData(40, false)]
        [InlineData(-1, false)]
        public void Esp32_gpio_numbers_that_exist(int gpio, bool exists)
        {
            Assert.Equal(exists, Esp32Gpio.Exists(gpio));
        }

        [Fact]
        public void Esp32_gpio_classes()
        {
            for (int g = 6; g <= 11; g++)
            {
                Assert.True(Esp32Gpio.IsFlashPin(g));
                Assert.False(Esp32Gpio.CanOutput(g));
                Assert.False(Esp32Gpio.CanInput(g));
            }

            for (int g = 34; g <= 39; g++)
            {
                Assert.True(Esp32Gpio.IsInputOnly(g));
                Assert.False(Esp32Gpio.CanOutput(g));
                Assert.True(Esp32Gpio.CanInput(g));
                Assert.False(Esp32Gpio.HasInternalPullUp(g));
            }

            foreach (int g in new[] { 0, 2, 5, 12, 15 })
            {
                Assert.True(Esp32Gpio.IsStrapping(g));
            }

            Assert.False(Esp32Gpio.IsStrapping(4));
            Assert.True(Esp32Gpio.CanOutput(33));
            Assert.True(Esp32Gpio.HasInternalPullUp(27));
        }

        private static void AssertOutputPin(string id, int pin)
        {
            Assert.True(pin >= 0 && pin <= 39, id + ": GPIO" + pin + " is outside 0-39");
            Assert.False(pin >= 6 && pin <= 11, id + ": GPIO" + pin + " is a flash pin");
            Assert.False(pin >= 34, id + ": GPIO" + pin + " is input-only");
            Assert.True(Esp32Gpio.CanOutput(pin), id + ": GPIO" + pin);
        }

        private static void AssertInputPin(string id, int pin)
        {
            Assert.True(pin >= 0 && pin <= 39, id + ": GPIO" + pin + " is outside 0-39");
            Assert.False(pin >= 6 && pin <= 11, id + ": GPIO" + pin + " is a flash pin");
            Assert.True(Esp32Gpio.CanInput(pin), id + ": GPIO" + pin);
        }

        private static ButtonSpec ButtonOn(BoardProfile board, int pin)
        {
            foreach (ButtonSpec b in board.Buttons)
            {
                if (b.Pin == pin)
                {
                    return b;
                }
            }

            Assert.Fail(board.Id + " has no button on GPIO" + pin);
            return null!;
        }
    }
}
