using Ticker.Data;

namespace Ticker.Led
{
    /// <summary>Decides what the LED shows from the device's status and the current alert.</summary>
    public static class LedStateResolver
    {
        /// <summary>
        /// Picks the LED state. Priority, first match wins: <paramref name="booting"/> → Booting;
        /// <paramref name="setupMode"/> → Setup; Wi-Fi down → WifiDown; <paramref name="stale"/> feed → FeedStale (a
        /// stale alert is not a live alert, so it is not shown); an alert at or above <paramref name="threshold"/> and not
        /// <paramref name="acknowledged"/> → Watch / Warning / Cascade; otherwise Off.
        /// In <paramref name="nightMode"/> only such an alert that is also at or above <paramref name="nightThreshold"/>
        /// (normally Cascade) lights the LED; every other state, status patterns included, becomes Off.
        /// Levels above Cascade show as Cascade; <see cref="AlertLevel.None"/> never lights the LED.
        /// </summary>
        public static LedState Resolve(
            bool booting,
            bool setupMode,
            bool wifiUp,
            bool stale,
            AlertLevel level,
            bool acknowledged,
            AlertLevel threshold,
            bool nightMode,
            AlertLevel nightThreshold)
        {
            if (booting)
            {
                return nightMode ? LedState.Off : LedState.Booting;
            }

            if (setupMode)
            {
                return nightMode ? LedState.Off : LedState.Setup;
            }

            if (!wifiUp)
            {
                return nightMode ? LedState.Off : LedState.WifiDown;
            }

            if (stale)
            {
                return nightMode ? LedState.Off : LedState.FeedStale;
            }

            if (level <= AlertLevel.None || acknowledged || level < threshold)
            {
                return LedState.Off;
            }

            if (nightMode && level < nightThreshold)
            {
                return LedState.Off;
            }

            return AlertState(level);
        }

        private static LedState AlertState(AlertLevel level)
        {
            if (level >= AlertLevel.Cascade)
            {
                return LedState.Cascade;
            }

            return level == AlertLevel.Warning ? LedState.Warning : LedState.Watch;
        }
    }
}
