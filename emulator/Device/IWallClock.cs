namespace Ticker.Emulator.Device
{
    /// <summary>Where the emulated device's wall clock comes from (the device's SNTP): the desktop's, or a replay's.</summary>
    public interface IWallClock
    {
        /// <summary>Unix seconds now, or false while the clock is not set.</summary>
        bool TryGetUnixSeconds(out long unixSeconds);
    }
}
