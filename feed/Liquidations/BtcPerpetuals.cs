using System;
using System.Collections.Generic;
using Ticker.Data;

namespace Ticker.Feed.Liquidations
{
    /// <summary>
    /// The BTC perpetuals per venue: the instruments whose open interest and funding the leverage inputs read.
    /// Liquidations are counted market-wide instead (<see cref="Perpetuals"/>).
    /// </summary>
    /// <remarks>Stablecoin- and coin-margined perpetuals only: dated futures (BTCUSDT_260925, BTC-USD-260925) are another market.</remarks>
    public static class BtcPerpetuals
    {
        private static readonly Dictionary<string, HashSet<string>> ByVenue = new(StringComparer.Ordinal)
        {
            [ExchangeIds.Binance] = new(StringComparer.Ordinal) { "BTCUSDT", "BTCUSDC" },
            [ExchangeIds.Bybit] = new(StringComparer.Ordinal) { "BTCUSDT", "BTCPERP" },
            [ExchangeIds.Okx] = new(StringComparer.Ordinal) { "BTC-USDT-SWAP", "BTC-USD-SWAP" },
        };

        /// <summary>True when <paramref name="symbol"/> is a BTC perpetual on <paramref name="venue"/>.</summary>
        public static bool Contains(string venue, string symbol) =>
            ByVenue.TryGetValue(venue, out HashSet<string>? symbols) && symbols.Contains(symbol);
    }
}
