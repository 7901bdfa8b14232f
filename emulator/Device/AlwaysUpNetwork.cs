using Ticker.Config;
using Ticker.Platform;

namespace Ticker.Emulator.Device
{
    /// <summary>The emulator's Wi-Fi: always connected, with a good signal (the desktop's own network does the work).</summary>
    public sealed class AlwaysUpNetwork : INetwork
    {
        /// <summary>The signal the status screen shows.</summary>
        public const int Signal = -55;

        /// <inheritdoc/>
        public bool IsConnected => true;

        /// <summary>The network name the emulator joins when the settings name none.</summary>
        public const string Ssid = "emulator";

        /// <inheritdoc/>
        public int SignalDbm => Signal;

        /// <summary>
        /// Names the network when <paramref name="settings"/> leave it empty: this network is always up, and without a
        /// name the core would start the device in setup mode.
        /// </summary>
        public static void NameIfMissing(DeviceSettings settings)
        {
            if (settings.WifiSsid.Length == 0)
            {
                settings.WifiSsid = Ssid;
            }
        }
    }
}
