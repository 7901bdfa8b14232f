namespace Ticker.Boards
{
    /// <summary>
    /// Facts about the classic ESP32's GPIO numbers (ESP-IDF GPIO reference, ESP32 section), used to validate
    /// board profiles and user-supplied pins before the firmware touches them.
    /// </summary>
    public static class Esp32Gpio
    {
        /// <summary>Highest GPIO number on the ESP32.</summary>
        public const int MaxGpio = 39;

        /// <summary>
        /// True for a GPIO the ESP32 has: 0-19, 21-23, 25-27 and 32-39. GPIO 20 exists only on the ESP32-PICO-V3
        /// package; 24 and 28-31 do not exist.
        /// </summary>
        public static bool Exists(int gpio)
        {
            if (gpio < 0 || gpio > MaxGpio)
            {
                return false;
            }

            return gpio != 20 && gpio != 24 && (gpio < 28 || gpio > 31);
        }

        /// <summary>True for GPIO 6-11, wired to the module's SPI flash: touching them crashes the chip.</summary>
        public static bool IsFlashPin(int gpio)
        {
            return gpio >= 6 && gpio <= 11;
        }

        /// <summary>True for GPIO 34-39: input only, and without internal pull-up or pull-down resistors.</summary>
        public static bool IsInputOnly(int gpio)
        {
            return gpio >= 34 && gpio <= MaxGpio;
        }

        /// <summary>
        /// True for the strapping pins GPIO 0, 2, 5, 12 and 15, sampled at reset: a circuit that holds one at the
        /// wrong level can stop the board booting or select the wrong flash voltage (GPIO 12).
        /// </summary>
        public static bool IsStrapping(int gpio)
        {
            return gpio == 0 || gpio == 2 || gpio == 5 || gpio == 12 || gpio == 15;
        }

        /// <summary>True for an existing, non-flash GPIO that can drive an output (so not 34-39).</summary>
        public static bool CanOutput(int gpio)
        {
            return Exists(gpio) && !IsFlashPin(gpio) && !IsInputOnly(gpio);
        }

        /// <summary>True for an existing, non-flash GPIO that can read an input.</summary>
        public static bool CanInput(int gpio)
        {
            return Exists(gpio) && !IsFlashPin(gpio);
        }

        /// <summary>True when the pin has a software-enabled internal pull-up (every usable GPIO but 34-39).</summary>
        public static bool HasInternalPullUp(int gpio)
        {
            return CanInput(gpio) && !IsInputOnly(gpio);
        }
    }
}
