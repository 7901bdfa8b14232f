using System.Device.Gpio;
using System.Device.Pwm;
using nanoFramework.Hardware.Esp32;
using nanoFramework.UI;
using nanoFramework.UI.GraphicDrivers;
using Ticker.Boards;

namespace Ticker
{
    /// <summary>
    /// Brings up the board's panel: SPI pins, the display driver (built into the image, or the managed driver with
    /// the board's landscape MADCTL), a graphics buffer sized by the core's <see cref="DisplayBudget"/>, one Bitmap
    /// as tall as the granted buffer allows, and the backlight. Every panel value comes from the core's PanelConfig:
    /// the board profile with the settings' overrides (docs/settings.md, "Panel").
    /// </summary>
    public static class DisplayStarter
    {
        private const byte MemoryAccessControl = 0x36;
        private const byte InversionOff = 0x20;
        private const byte InversionOn = 0x21;

        // Held for the app's lifetime: a collected pin or channel would release the pin.
        private static GpioPin _backlight;
        private static PwmChannel _backlightPwm;

        public static BitmapSurface Start(BoardProfile board, PanelConfig panel, int brightness, Font[] fonts, GpioController gpio)
        {
            Configuration.SetPinFunction(board.PinMosi, DeviceFunction.SPI1_MOSI);
            if (board.PinMiso >= 0)
            {
                Configuration.SetPinFunction(board.PinMiso, DeviceFunction.SPI1_MISO);
            }

            Configuration.SetPinFunction(board.PinClock, DeviceFunction.SPI1_CLOCK);

            var spi = new SpiConfiguration((byte)board.SpiBus, board.PinCs, board.PinDc, board.PinReset, board.PinBacklight);
            var screen = new ScreenConfiguration((ushort)panel.OffsetX, (ushort)panel.OffsetY, (ushort)board.Width, (ushort)board.Height, ManagedDriver(board, panel));
            uint granted = DisplayControl.Initialize(spi, screen, (uint)DisplayBudget.RequestBytes(board));

            // A built-in driver takes no MADCTL from the app: the other landscape is its own Landscape180, and colour
            // order and inversion overrides are applied to every colour drawn (BitmapSurface).
            if (board.NativeDisplayDriver && panel.UpsideDown)
            {
                DisplayControl.ChangeOrientation(DisplayOrientation.Landscape180);
            }

            BacklightOn(board, panel, brightness, gpio);
            return new BitmapSurface(new Bitmap(board.Width, DisplayBudget.SurfaceRows(board, granted)), fonts,
                panel.SwapRedBlueInSoftware, panel.InvertInSoftware);
        }

        // The firmware makes the backlight pin an output but never switches it on (hardware/README.md): the app does,
        // with PWM at the settings' brightness, or fully on when no PWM channel can take the pin.
        private static void BacklightOn(BoardProfile board, PanelConfig panel, int brightness, GpioController gpio)
        {
            if (board.PinBacklight < 0)
            {
                return;
            }

            Configuration.SetPinFunction(board.PinBacklight, DeviceFunction.PWM1);
            _backlightPwm = PwmChannel.CreateFromPin(board.PinBacklight, Backlight.PwmHz, Backlight.DutyCycle(brightness, panel.BacklightActiveHigh));
            if (_backlightPwm != null)
            {
                _backlightPwm.Start();
                return;
            }

            _backlight = gpio.OpenPin(board.PinBacklight, PinMode.Output);
            _backlight.Write(panel.BacklightActiveHigh ? PinValue.High : PinValue.Low);
        }

        // Null for an image with the panel's driver built in; else the managed driver, its landscape set to the
        // panel's MADCTL (rotation, mirror, colour order) and inversion. The orientation sequence runs after the
        // driver's initialisation sequence, so its INVON/INVOFF is the one that holds.
        private static GraphicDriver ManagedDriver(BoardProfile board, PanelConfig panel)
        {
            if (board.NativeDisplayDriver)
            {
                return null;
            }

            GraphicDriver driver = board.Driver == PanelDriver.St7789 ? St7789.GraphicDriver : Ili9341.GraphicDriver;
            driver.OrientationLandscape = new byte[]
            {
                (byte)GraphicDriverCommandType.Command, 2, MemoryAccessControl, (byte)panel.Madctl,
                (byte)GraphicDriverCommandType.Command, 1, panel.InvertColors ? InversionOn : InversionOff,
            };
            driver.DefaultOrientation = DisplayOrientation.Landscape;
            return driver;
        }
    }
}
