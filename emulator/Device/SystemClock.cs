using System;
using Ticker.Platform;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// The device's clock on the desktop: uptime from a monotonic timestamp taken at power-on, and the wall clock
    /// already set (the desktop has no SNTP wait).
    /// </summary>
    public sealed class SystemClock : IClock
    {
        private readonly TimeProvider _time;
        private readonly long _bootTimestamp;

        /// <summary>Creates a clock whose uptime starts now.</summary>
        public SystemClock(TimeProvider time)
        {
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _bootTimestamp = time.GetTimestamp();
        }

        /// <inheritdoc/>
        public long UptimeMs => (long)_time.GetElapsedTime(_bootTimestamp).TotalMilliseconds;

        /// <inheritdoc/>
        public bool TryGetUnixTime(out long unixSeconds)
        {
            unixSeconds = _time.GetUtcNow().ToUnixTimeSeconds();
            return true;
        }
    }
}
