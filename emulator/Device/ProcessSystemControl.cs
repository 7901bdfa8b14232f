using System;
using Ticker.Platform;

namespace Ticker.Emulator.Device
{
    /// <summary>Free memory is the process's managed heap headroom; a reboot request restarts the emulated device.</summary>
    public sealed class ProcessSystemControl : ISystemControl
    {
        private readonly Action _reboot;

        /// <summary>Creates the adapter; <paramref name="reboot"/> runs when the core asks for a restart.</summary>
        public ProcessSystemControl(Action reboot)
        {
            _reboot = reboot ?? throw new ArgumentNullException(nameof(reboot));
        }

        /// <inheritdoc/>
        public long FreeMemoryBytes()
        {
            GCMemoryInfo info = GC.GetGCMemoryInfo();
            long free = info.TotalAvailableMemoryBytes - GC.GetTotalMemory(false);
            return free < 0 ? 0 : free;
        }

        /// <inheritdoc/>
        public void Reboot() => _reboot();
    }
}
