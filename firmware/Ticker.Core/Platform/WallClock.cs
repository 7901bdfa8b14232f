namespace Ticker.Platform
{
    /// <summary>
    /// Turns the runtime's wall clock into what <see cref="IClock.TryGetUnixTime"/> reports. An ESP32 boots with its
    /// clock at 1970 (nanoFramework) until SNTP answers; a time before 2024 is taken as "not set yet".
    /// </summary>
    public static class WallClock
    {
        /// <summary>2024-01-01T00:00:00Z.</summary>
        public const long EarliestValidUnixSeconds = 1704067200;

        /// <summary>.NET ticks (100 ns since 0001-01-01) at the Unix epoch.</summary>
        public const long UnixEpochTicks = 621355968000000000;

        /// <summary>Unix seconds for <paramref name="utcTicks"/> (DateTime.UtcNow.Ticks); false while the clock is unset.</summary>
        public static bool TryUnixSeconds(long utcTicks, out long unixSeconds)
        {
            unixSeconds = (utcTicks - UnixEpochTicks) / 10000000;
            return unixSeconds >= EarliestValidUnixSeconds;
        }
    }
}
