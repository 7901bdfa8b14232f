using System;
using Ticker.Platform;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// The device's clock on the desktop: uptime from a monotonic timestamp taken at power-on, and the wall clock
    /// from an <see cref="IWallClock"/> (the desktop's, or a replay's).
    /// </summary>
    public sealed class SystemClock : IClock
    {
        private readonly TimeProvider _time;
        private readonly IWallClock _wall;
        private readonly long _bootTimestamp;

        /// <summary>Creates a clock whose uptime starts now.</summary>
        public SystemClock(TimeProvider time, IWallClock wall)
        {
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _wall = wall ?? throw new ArgumentNullException(nameof(wall));
            _bootTimestamp = time.GetTimestamp();
        }

        /// <inheritdoc/>
        public long UptimeMs => (long)_time.GetElapsedTime(_bootTimestamp).TotalMilliseconds;

        /// <inheritdoc/>
        public bool TryGetUnixTime(out long unixSeconds) => _wall.TryGetUnixSeconds(out unixSeconds);
    }
}
