namespace Ticker.Data
{
    /// <summary>
    /// The snapshot's <c>liq</c> section: liquidation totals per window, the last 24 hours hour by hour, and the
    /// venues counted. Plain fields and preallocated arrays, refilled in place by the decoder.
    /// </summary>
    public sealed class LiqSection
    {
        /// <summary>Capacity of <see cref="HourlyLongM"/> and <see cref="HourlyShortM"/>.</summary>
        public const int HourlyCapacity = 24;

        /// <summary>Capacity of <see cref="Venues"/>.</summary>
        public const int VenueCapacity = 8;

        /// <summary>True when the snapshot had a <c>liq</c> object.</summary>
        public bool Present;

        /// <summary>
        /// <c>liq.lowerBound</c>: true when the totals are a floor because venues publish sampled liquidations.
        /// Absent or null reads as true: claiming totals are complete when nobody said so would overstate them.
        /// </summary>
        public bool LowerBound;

        /// <summary>The last 5 minutes.</summary>
        public readonly LiqWindow M5;

        /// <summary>The last hour.</summary>
        public readonly LiqWindow H1;

        /// <summary>The last 4 hours.</summary>
        public readonly LiqWindow H4;

        /// <summary>The last 24 hours.</summary>
        public readonly LiqWindow H24;

        /// <summary>
        /// <c>liq.hourlyLongM</c>: longs liquidated per hour in whole millions of USD, oldest first; the first
        /// <see cref="HourlyCount"/> entries are meaningful (each may still be <see cref="Value.Missing"/>).
        /// </summary>
        public readonly long[] HourlyLongM;

        /// <summary><c>liq.hourlyShortM</c>: as <see cref="HourlyLongM"/>, for shorts.</summary>
        public readonly long[] HourlyShortM;

        /// <summary>How many hourly buckets the snapshot gave (0 = none; the feed sends 24).</summary>
        public int HourlyCount;

        /// <summary><c>liq.venues</c>: the exchange ids counted; the first <see cref="VenueCount"/> entries are set.</summary>
        public readonly string[] Venues;

        /// <summary>How many entries of <see cref="Venues"/> are set (0 = unknown).</summary>
        public int VenueCount;

        public LiqSection()
        {
            M5 = new LiqWindow();
            H1 = new LiqWindow();
            H4 = new LiqWindow();
            H24 = new LiqWindow();
            HourlyLongM = new long[HourlyCapacity];
            HourlyShortM = new long[HourlyCapacity];
            Venues = new string[VenueCapacity];
            Clear();
        }

        /// <summary>Marks the section absent and every field unknown.</summary>
        public void Clear()
        {
            Present = false;
            LowerBound = true;
            M5.Clear();
            H1.Clear();
            H4.Clear();
            H24.Clear();
            ClearHourly(HourlyLongM);
            ClearHourly(HourlyShortM);
            HourlyCount = 0;
            ClearVenues();
        }

        /// <summary>Empties <see cref="Venues"/>.</summary>
        public void ClearVenues()
        {
            for (int i = 0; i < Venues.Length; i++)
            {
                Venues[i] = null;
            }

            VenueCount = 0;
        }

        /// <summary>Sets every bucket of one hourly array to <see cref="Value.Missing"/>.</summary>
        public static void ClearHourly(long[] hourly)
        {
            for (int i = 0; i < hourly.Length; i++)
            {
                hourly[i] = Value.Missing;
            }
        }
    }
}
