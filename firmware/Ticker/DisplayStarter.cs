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
    /// as tall as the granted buffer allows, and the backlight.
    /// </summary>
    public static class DisplayStarter
    {
        private const byte MemoryAccessControl = 0x36;

        // Held for the app's lifetime: a collected pin or channel would release the pin.
        private static GpioPin _backlight;
        private static PwmChannel _backlightPwm;

        public static BitmapSurface Start(BoardProfile board, int brightness, Font[] fonts, GpioController gpio)
        {
            Configuration.SetPinFunction(board.PinMosi, DeviceFunction.SPI1_MOSI);
            if (board.PinMiso >= 0)
            {
                Configuration.SetPinFunction(board.PinMiso, DeviceFunction.SPI1_MISO);
            }

            Configuration.SetPinFunction(board.PinClock, DeviceFunction.SPI1_CLOCK);

            var spi = new SpiConfiguration((byte)board.SpiBus, board.PinCs, board.PinDc, board.PinReset, board.PinBacklight);
            var screen = new ScreenConfiguration((ushort)board.OffsetX, (ushort)board.OffsetY, (ushort)board.Width, (ushort)board.Height, ManagedDriver(board));
            uint granted = DisplayControl.Initialize(spi, screen, (uint)DisplayBudget.RequestBytes(board));
            BacklightOn(board, brightness, gpio);
            return new BitmapSurface(new Bitmap(board.Width, DisplayBudget.SurfaceRows(board, granted)), fonts);
        }

        // The firmware makes the backlight pin an output but never switches it on (hardware/README.md): the app does,
        // with PWM at the settings' brightness, or fully on when no PWM channel can take the pin.
        private static void BacklightOn(BoardProfile board, int brightness, GpioController gpio)
        {
            if (board.PinBacklight < 0)
            {
                return;
            }

            Configuration.SetPinFunction(board.PinBacklight, DeviceFunction.PWM1);
            _backlightPwm = PwmChannel.CreateFromPin(board.PinBacklight, Backlight.PwmHz, Backlight.DutyCycle(brightness, board.BacklightActiveHigh));
            if (_backlightPwm != null)
            {
                _backlightPwm.Start();
                return;
            }

            _backlight = gpio.OpenPin(board.PinBacklight, PinMode.Output);
            _backlight.Write(board.BacklightActiveHigh ? PinValue.High : PinValue.Low);
        }

        // Null for an image with the panel's driver built in; else the managed driver, turned to the board's landscape.
        private static GraphicDriver ManagedDriver(BoardProfile board)
        {
            if (board.NativeDisplayDriver)
            {
                return null;
            }

            GraphicDriver driver = board.Driver == PanelDriver.St7789 ? St7789.GraphicDriver : Ili9341.GraphicDriver;
            driver.OrientationLandscape = new byte[] { (byte)GraphicDriverCommandType.Command, 2, MemoryAccessControl, (byte)board.LandscapeMadctl };
            driver.DefaultOrientation = DisplayOrientation.Landscape;
            return driver;
        }
    }
}
