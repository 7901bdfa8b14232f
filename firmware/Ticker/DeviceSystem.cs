using nanoFramework.Runtime.Native;
using Ticker.Platform;

namespace Ticker
{
    /// <summary>ISystemControl on the device: free managed memory and restarts, from nanoFramework.Runtime.Native.</summary>
    public sealed class DeviceSystem : ISystemControl
    {
        /// <summary>Runs the collector (without compacting) and returns the free managed heap in bytes.</summary>
        public long FreeMemoryBytes()
        {
            return nanoFramework.Runtime.Native.GC.Run(false);
        }

        public void Reboot()
        {
            Power.RebootDevice();
        }
    }
}
