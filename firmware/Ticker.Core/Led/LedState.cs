namespace Ticker.Led
{
    /// <summary>
    /// What the LED is showing. <see cref="LedStateResolver"/> picks one; <see cref="LedPatterns"/> gives its pattern
    /// and its name (nano prints enums as numbers).
    /// </summary>
    public enum LedState
    {
        /// <summary>Dark: nothing to report, the alert was acknowledged, or night mode silenced it.</summary>
        Off = 0,

        /// <summary>Starting up: not yet showing data.</summary>
        Booting = 1,

        /// <summary>Setup mode (entered with a very long press).</summary>
        Setup = 2,

        /// <summary>Wi-Fi is not connected.</summary>
        WifiDown = 3,

        /// <summary>Wi-Fi is up but the feed's last good snapshot is too old.</summary>
        FeedStale = 4,

        /// <summary>Live alert at watch level.</summary>
        Watch = 5,

        /// <summary>Live alert at warning level.</summary>
        Warning = 6,

        /// <summary>Live alert at cascade level.</summary>
        Cascade = 7,
    }
}
