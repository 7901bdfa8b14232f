using Ticker.Boards;
using Ticker.Config;

namespace Ticker.Setup
{
    /// <summary>When the device starts in setup mode instead of joining Wi-Fi, and which button asks for it.</summary>
    public static class SetupTrigger
    {
        /// <summary>How long the setup button must stay pressed after power-on (the boot screen says so).</summary>
        public const int HoldMs = 2000;

        /// <summary>How long after the boot screen appears the press may start (a GPIO 0 button must be pressed after reset).</summary>
        public const int PressWindowMs = 1500;

        /// <summary>
        /// Setup mode when no network is known (neither the settings file nor the device's stored Wi-Fi configuration
        /// names one), when the user held the setup button at power-on, or when the running app asked for it (the
        /// adapter leaves a marker file and restarts, because the access point only starts cleanly from a reboot).
        /// </summary>
        public static bool ShouldEnterSetup(DeviceSettings settings, string storedSsid, bool buttonHeld, bool requestedBeforeReboot)
        {
            bool noNetwork = (settings.WifiSsid == null || settings.WifiSsid.Length == 0) && (storedSsid == null || storedSsid.Length == 0);
            return noNetwork || buttonHeld || requestedBeforeReboot;
        }

        /// <summary>
        /// The button to hold at power-on: the first one not on a strapping pin, because holding GPIO 0 during reset
        /// starts the ROM bootloader instead of the app. A board whose only button is GPIO 0 (the WROVER-KIT's BOOT)
        /// uses it anyway: press it after the reset, while the boot screen shows.
        /// </summary>
        public static int ButtonIndex(BoardProfile board)
        {
            for (int i = 0; i < board.Buttons.Length; i++)
            {
                if (!Esp32Gpio.IsStrapping(board.Buttons[i].Pin))
                {
                    return i;
                }
            }

            return 0;
        }
    }
}
