using System;
using Ticker.Platform;

namespace Ticker
{
    /// <summary>IClock on the device: uptime from the runtime's tick counter, wall time once SNTP has set it.</summary>
    public sealed class DeviceClock : IClock
    {
        /// <summary>Milliseconds since boot (nanoFramework.Runtime.Native's Environment.TickCount64; never jumps).</summary>
        public long UptimeMs
        {
            get { return Environment.TickCount64; }
        }

        public bool TryGetUnixTime(out long unixSeconds)
        {
            return WallClock.TryUnixSeconds(DateTime.UtcNow.Ticks, out unixSeconds);
        }
    }
}
