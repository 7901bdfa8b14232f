using System.Collections.Generic;
using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Aggregation
{
    /// <summary>
    /// One minute of liquidations: the sums per side (all, BTC, and of unknown base asset), and the events themselves.
    /// Windows end at any millisecond (asOf), so the minute a window starts or ends in is only partly inside it: the
    /// sums serve every whole minute, the events the two partial ones, and each window is exact to the millisecond.
    /// </summary>
    internal sealed class MinuteBucket
    {
        public const long Ms = 60_000;

        private HashSet<Identity>? _seen;

        public MinuteBucket(long minute)
        {
            Minute = minute;
        }

        /// <summary>Unix minute: the bucket holds exchange times in [Minute x 60 000, Minute x 60 000 + 59 999].</summary>
        public long Minute { get; }

        public long LongUsd { get; private set; }

        public long ShortUsd { get; private set; }

        /// <summary>The part of <see cref="LongUsd"/> on BTC perpetuals.</summary>
        public long BtcLongUsd { get; private set; }

        /// <summary>The part of <see cref="ShortUsd"/> on BTC perpetuals.</summary>
        public long BtcShortUsd { get; private set; }

        /// <summary>USD of events whose base asset is unknown (restored from a database written before it was kept).</summary>
        public long UnsplitUsd { get; private set; }

        public List<Entry> Entries { get; } = new();

        public long StartMs => Minute * Ms;

        public long EndMs => StartMs + Ms - 1;

        /// <summary>The venues with an event in this minute (null: restored from a database, which keeps no venue).</summary>
        public List<string?> Venues { get; } = new(3);

        /// <summary>
        /// Counts an event, unless the identical one (venue, symbol, side, exchange time, notional) is already here:
        /// a reconnect or a backfill sending it again. Events without a venue (restored) are never duplicates.
        /// </summary>
        public bool Add(PositionSide side, long usd, long timeMs, string? venue, string? symbol, string? baseAsset)
        {
            if (venue is not null && symbol is not null && !(_seen ??= new HashSet<Identity>()).Add(new Identity(venue, symbol, side, timeMs, usd)))
            {
                return false;
            }

            if (!Venues.Contains(venue))
            {
                Venues.Add(venue);
            }

            bool btc = baseAsset == BaseAsset.Btc;
            if (side == PositionSide.Long)
            {
                LongUsd += usd;
                BtcLongUsd += btc ? usd : 0;
            }
            else
            {
                ShortUsd += usd;
                BtcShortUsd += btc ? usd : 0;
            }

            UnsplitUsd += baseAsset is null ? usd : 0;
            Entries.Add(new Entry(timeMs, side, usd, baseAsset, venue));
            return true;
        }

        /// <summary>One event as the bucket keeps it.</summary>
        /// <param name="Base">Its base asset (<see cref="BaseAsset"/>), null when unknown.</param>
        /// <param name="Venue">Its venue, null when restored from a database.</param>
        public readonly record struct Entry(long TimeMs, PositionSide Side, long Usd, string? Base, string? Venue);

        /// <summary>What makes two reports the same liquidation.</summary>
        private readonly record struct Identity(string Venue, string Symbol, PositionSide Side, long TimeMs, long Usd);
    }
}
