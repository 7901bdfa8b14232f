using System.Collections.Generic;
using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Aggregation
{
    /// <summary>
    /// One minute of liquidations: the sums per side, and the events themselves. Windows end at any millisecond
    /// (asOf), so the minute a window starts or ends in is only partly inside it: the sums serve every whole
    /// minute, the events the two partial ones, and each window is exact to the millisecond.
    /// </summary>
    internal sealed class MinuteBucket
    {
        public const long Ms = 60_000;

        public MinuteBucket(long minute)
        {
            Minute = minute;
        }

        /// <summary>Unix minute: the bucket holds exchange times in [Minute x 60 000, Minute x 60 000 + 59 999].</summary>
        public long Minute { get; }

        public long LongUsd { get; private set; }

        public long ShortUsd { get; private set; }

        public List<Entry> Entries { get; } = new();

        public long StartMs => Minute * Ms;

        public long EndMs => StartMs + Ms - 1;

        /// <summary>The venues with an event in this minute (null: restored from a database, which keeps no venue).</summary>
        public List<string?> Venues { get; } = new(3);

        public void Add(PositionSide side, long usd, long timeMs, string? venue = null)
        {
            if (!Venues.Contains(venue))
            {
                Venues.Add(venue);
            }

            if (side == PositionSide.Long)
            {
                LongUsd += usd;
            }
            else
            {
                ShortUsd += usd;
            }

            Entries.Add(new Entry(timeMs, side, usd, venue));
        }

        /// <summary>One event as the bucket keeps it.</summary>
        public readonly record struct Entry(long TimeMs, PositionSide Side, long Usd, string? Venue);
    }
}
