using System;
using System.Collections.Generic;
using Ticker.Data;

namespace Ticker.Feed.Aggregation
{
    /// <summary>
    /// The order venues are listed in: the derivatives venues by size first, then the spot-only ones, then any
    /// other id alphabetically. A fixed order keeps the snapshot from changing (and waking every long-poll) just
    /// because two venues reported in another order.
    /// </summary>
    public sealed class VenueOrder : IComparer<string>
    {
        private static readonly string[] Known =
        {
            ExchangeIds.Binance, ExchangeIds.Bybit, ExchangeIds.Okx, ExchangeIds.Coinbase, ExchangeIds.Kraken, ExchangeIds.Bitstamp,
        };

        public static VenueOrder Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            int rankX = Rank(x);
            int rankY = Rank(y);
            return rankX != rankY ? rankX.CompareTo(rankY) : string.CompareOrdinal(x, y);
        }

        private static int Rank(string? venue)
        {
            int index = Array.IndexOf(Known, venue);
            return index < 0 ? Known.Length : index;
        }
    }
}
