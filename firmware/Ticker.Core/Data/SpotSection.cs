namespace Ticker.Data
{
    /// <summary>
    /// The snapshot's <c>spot</c> section: Binance's share of BTC spot volume and the taker volume delta. Plain
    /// fields, refilled in place; <see cref="Value.Missing"/> marks an unknown number.
    /// </summary>
    public sealed class SpotSection
    {
        /// <summary>True when the snapshot had a <c>spot</c> object.</summary>
        public bool Present;

        /// <summary><c>spot.binanceSharePct</c> in hundredths of a percent, 0..10000.</summary>
        public long BinanceSharePctE2;

        /// <summary><c>spot.venues</c>: how many exchanges form the share's denominator (Binance included).</summary>
        public long Venues;

        /// <summary><c>spot.binanceUsd24h</c>: Binance BTC spot volume over 24 h, whole USD.</summary>
        public long BinanceUsd24h;

        /// <summary><c>spot.othersUsd24h</c>: the other venues' BTC spot volume over 24 h, whole USD.</summary>
        public long OthersUsd24h;

        /// <summary><c>spot.deltaUsd24h</c>: taker buy minus taker sell over 24 h, signed whole USD.</summary>
        public long DeltaUsd24h;

        /// <summary><c>spot.deltaUsd1h</c>: taker buy minus taker sell over the last hour, signed whole USD.</summary>
        public long DeltaUsd1h;

        /// <summary><c>spot.deltaVenues</c>: the exchanges whose BTC spot pairs the deltas sum; the first <see cref="DeltaVenueCount"/> entries are set.</summary>
        public readonly string[] DeltaVenues;

        /// <summary>How many entries of <see cref="DeltaVenues"/> are set (0 = unknown).</summary>
        public int DeltaVenueCount;

        public SpotSection()
        {
            DeltaVenues = new string[LiqSection.VenueCapacity];
            Clear();
        }

        /// <summary>Marks the section absent and every field unknown.</summary>
        public void Clear()
        {
            Present = false;
            BinanceSharePctE2 = Value.Missing;
            Venues = Value.Missing;
            BinanceUsd24h = Value.Missing;
            OthersUsd24h = Value.Missing;
            DeltaUsd24h = Value.Missing;
            DeltaUsd1h = Value.Missing;
            for (int i = 0; i < DeltaVenues.Length; i++)
            {
                DeltaVenues[i] = null;
            }

            DeltaVenueCount = 0;
        }
    }
}
