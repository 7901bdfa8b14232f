namespace Ticker.Config
{
    /// <summary>Whether a moment falls in the configured night hours (local time, the window may wrap midnight).</summary>
    public static class NightWindow
    {
        /// <param name="unixSeconds">Wall-clock time (UTC).</param>
        /// <param name="startHour">Local hour the night starts, or -1 for no night mode.</param>
        /// <param name="endHour">Local hour the night ends (exclusive).</param>
        /// <param name="utcOffsetMinutes">Local time minus UTC.</param>
        public static bool Contains(long unixSeconds, int startHour, int endHour, int utcOffsetMinutes)
        {
            if (startHour < 0 || startHour == endHour)
            {
                return false;
            }

            long local = unixSeconds + (utcOffsetMinutes * 60L);
            long secondOfDay = local % 86400;
            if (secondOfDay < 0)
            {
                secondOfDay += 86400;
            }

            int hour = (int)(secondOfDay / 3600);
            return startHour < endHour
                ? hour >= startHour && hour < endHour
                : hour >= startHour || hour < endHour;
        }
    }
}
