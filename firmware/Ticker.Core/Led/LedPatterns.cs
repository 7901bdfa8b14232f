namespace Ticker.Led
{
    /// <summary>
    /// The one pattern per <see cref="LedState"/>, and the states' names. docs/led.md describes the same table; a test
    /// keeps the two in step. Alert patterns get faster as the level rises; status patterns are slow or single blips
    /// so they never read as an alert.
    /// </summary>
    public static class LedPatterns
    {
        /// <summary>Never lit.</summary>
        public static readonly LedPattern Off = new LedPattern("Off", 1000, new int[] { 0, 1000 });

        /// <summary>Solid on while starting up.</summary>
        public static readonly LedPattern Booting = new LedPattern("Booting", 1000, new int[] { 1000 });

        /// <summary>Slow even blink, 0.5 Hz: 1 s on, 1 s off.</summary>
        public static readonly LedPattern Setup = new LedPattern("Setup", 2000, new int[] { 1000, 1000 });

        /// <summary>One long pulse every 4 s: 1 s on, 3 s off.</summary>
        public static readonly LedPattern WifiDown = new LedPattern("WifiDown", 4000, new int[] { 1000, 3000 });

        /// <summary>Double blip every 3 s.</summary>
        public static readonly LedPattern FeedStale =
            new LedPattern("FeedStale", 3000, new int[] { 100, 150, 100, 2650 });

        /// <summary>One short blip every 5 s.</summary>
        public static readonly LedPattern Watch = new LedPattern("Watch", 5000, new int[] { 100, 4900 });

        /// <summary>Even blink at 1 Hz.</summary>
        public static readonly LedPattern Warning = new LedPattern("Warning", 1000, new int[] { 500, 500 });

        /// <summary>Fast even blink at 4 Hz.</summary>
        public static readonly LedPattern Cascade = new LedPattern("Cascade", 250, new int[] { 125, 125 });

        /// <summary>The pattern for <paramref name="state"/>; <see cref="Off"/> for values outside the enum.</summary>
        public static LedPattern For(LedState state)
        {
            switch (state)
            {
                case LedState.Booting:
                    return Booting;
                case LedState.Setup:
                    return Setup;
                case LedState.WifiDown:
                    return WifiDown;
                case LedState.FeedStale:
                    return FeedStale;
                case LedState.Watch:
                    return Watch;
                case LedState.Warning:
                    return Warning;
                case LedState.Cascade:
                    return Cascade;
                default:
                    return Off;
            }
        }

        /// <summary>
        /// The name of <paramref name="state"/> as written in the code ("WifiDown"), for logs and the status screen;
        /// "Unknown" for values outside the enum.
        /// </summary>
        public static string NameOf(LedState state)
        {
            switch (state)
            {
                case LedState.Off:
                    return "Off";
                case LedState.Booting:
                    return "Booting";
                case LedState.Setup:
                    return "Setup";
                case LedState.WifiDown:
                    return "WifiDown";
                case LedState.FeedStale:
                    return "FeedStale";
                case LedState.Watch:
                    return "Watch";
                case LedState.Warning:
                    return "Warning";
                case LedState.Cascade:
                    return "Cascade";
                default:
                    return "Unknown";
            }
        }
    }
}
