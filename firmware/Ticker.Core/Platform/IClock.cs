namespace Ticker.Platform
{
    /// <summary>Time as the device sees it. The core never reads a clock itself, so tests and the emulator can drive it.</summary>
    public interface IClock
    {
        /// <summary>Milliseconds since boot; monotonic (never jumps when SNTP sets the wall clock).</summary>
        long UptimeMs { get; }

        /// <summary>Wall-clock unix seconds, or false while the clock has not been set (before the first SNTP answer).</summary>
        bool TryGetUnixTime(out long unixSeconds);
    }
}
