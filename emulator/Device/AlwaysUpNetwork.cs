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

        /// <inheritdoc/>
        public int SignalDbm => Signal;
    }
}
