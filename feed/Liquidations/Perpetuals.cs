using System;
using Ticker.Data;

namespace Ticker.Feed.Liquidations
{
    /// <summary>
    /// Which liquidations the snapshot counts: those of every perpetual swap, linear and inverse, whatever the coin,
    /// as market-wide totals in the news are reported. Dated futures and options are another market and are left out.
    /// </summary>
    /// <remarks>
    /// Decided from the symbol's documented shape, so a perpetual listed tomorrow counts without a list to update:
    /// Binance USD-M perpetuals have no underscore (dated: <c>BTCUSDT_260925</c>); Bybit perpetuals have no dash
    /// (dated: <c>BTC-26DEC25</c>, <c>BTCUSDT-26SEP25</c>); OKX swaps end in <c>-SWAP</c> (futures
    /// <c>BTC-USD-260925</c>, options <c>BTC-USD-260925-60000-C</c>).
    /// </remarks>
    public static class Perpetuals
    {
        /// <summary>True when <paramref name="symbol"/> is a perpetual swap on <paramref name="venue"/>.</summary>
        public static bool Contains(string venue, string symbol)
        {
            ArgumentNullException.ThrowIfNull(symbol);
            if (symbol.Length == 0)
            {
                return false;
            }

            return venue switch
            {
                ExchangeIds.Binance => !symbol.Contains('_', StringComparison.Ordinal),
                ExchangeIds.Bybit => !symbol.Contains('-', StringComparison.Ordinal),
                ExchangeIds.Okx => symbol.EndsWith("-SWAP", StringComparison.Ordinal),
                _ => false,
            };
        }
    }
}
