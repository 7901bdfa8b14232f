using System;
using Ticker.Boards;
using Ticker.Platform;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// The emulated board's runtime: free memory is the board's managed heap as hardware/&lt;board&gt;/README.md gives
    /// it (the desktop's gigabytes would tell nothing about the device), and a reboot request restarts the emulated
    /// device. The status screen also says <see cref="FirmwareName"/> where a board shows its firmware version.
    /// </summary>
    public sealed class EmulatedSystemControl : ISystemControl
    {
        /// <summary>What the status screen shows as the firmware version.</summary>
        public const string FirmwareName = "emulator";

        /// <summary>Managed heap of a board without PSRAM: ≈ 110 KB (the internal free heap minus 100 KB kept for ESP-IDF).</summary>
        public const long HeapWithoutPsramBytes = 110 * 1024;

        /// <summary>Managed heap of a board whose image uses PSRAM (the WROVER-KIT): ≈ 3.5 MB.</summary>
        public const long HeapWithPsramBytes = 3584 * 1024;

        private readonly Action _reboot;
        private readonly long _heapBytes;

        /// <summary>Creates the adapter for <paramref name="board"/>; <paramref name="reboot"/> runs when the core asks for a restart.</summary>
        public EmulatedSystemControl(BoardProfile board, Action reboot)
        {
            ArgumentNullException.ThrowIfNull(board);
            _reboot = reboot ?? throw new ArgumentNullException(nameof(reboot));
            _heapBytes = HeapOf(board);
        }

        /// <summary>The managed heap of <paramref name="board"/> (hardware/&lt;board&gt;/README.md, "Memory").</summary>
        public static long HeapOf(BoardProfile board)
        {
            ArgumentNullException.ThrowIfNull(board);
            return board.HasPsram ? HeapWithPsramBytes : HeapWithoutPsramBytes;
        }

        /// <inheritdoc/>
        public long FreeMemoryBytes() => _heapBytes;

        /// <inheritdoc/>
        public void Reboot() => _reboot();
    }
}
