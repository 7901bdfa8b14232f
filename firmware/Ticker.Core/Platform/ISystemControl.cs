namespace Ticker.Platform
{
    /// <summary>The few things only the runtime can do: measure free memory and restart the device.</summary>
    public interface ISystemControl
    {
        /// <summary>Free managed heap in bytes (on the device <c>nanoFramework.Runtime.Native.GC.Run(false)</c>).</summary>
        long FreeMemoryBytes();

        void Reboot();
    }
}
