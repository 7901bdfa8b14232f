using System;

namespace Ticker.Emulator.Device
{
    /// <summary>The desktop's own clock, set from the start (the desktop has no SNTP wait).</summary>
    public sealed class SystemWallClock : IWallClock
    {
        private readonly TimeProvider _time;

        /// <summary>Creates the clock.</summary>
        public SystemWallClock(TimeProvider time)
        {
            _time = time ?? throw new ArgumentNullException(nameof(time));
        }

        /// <inheritdoc/>
        public bool TryGetUnixSeconds(out long unixSeconds)
        {
            unixSeconds = _time.GetUtcNow().ToUnixTimeSeconds();
            return true;
        }
    }
}
