namespace Ticker.Platform
{
    /// <summary>The Wi-Fi link as the status screen and the reconnect policy need it.</summary>
    public interface INetwork
    {
        bool IsConnected { get; }

        /// <summary>Received signal strength in dBm (for example -67); 0 when not connected.</summary>
        int SignalDbm { get; }
    }
}
