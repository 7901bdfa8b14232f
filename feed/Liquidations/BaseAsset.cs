using System;
using Ticker.Data;

namespace Ticker.Feed.Liquidations
{
    /// <summary>
    /// The base asset of a perpetual, the same across venues: <c>BTCUSDT</c> (Binance, Bybit), <c>BTCPERP</c> (Bybit
    /// USDC), <c>BTCUSD</c> (Bybit inverse) and <c>BTC-USDT-SWAP</c> (OKX) are all <c>BTC</c>. The snapshot's
    /// BTC/altcoin split and the cascade rule's price confirmation group liquidations by it.
    /// </summary>
    /// <remarks>
    /// Binance and Bybit quote small-priced coins per 1,000 or 1,000,000 units (<c>1000PEPEUSDT</c>, <c>1000000MOGUSDT</c>);
    /// the multiplier is dropped, so they meet OKX's <c>PEPE-USDT-SWAP</c> (a relative price move is the same).
    /// </remarks>
    public static class BaseAsset
    {
        /// <summary>The base asset every venue calls BTC.</summary>
        public const string Btc = "BTC";

        private static readonly string[] Quotes = { "USDT", "USDC", "PERP", "USD" };
        private static readonly string[] Multipliers = { "1000000", "10000", "1000", "1M" };

        /// <summary>The base asset of <paramref name="symbol"/> on <paramref name="venue"/>, or null when its shape is not a perpetual's.</summary>
        public static string? Of(string venue, string symbol)
        {
            ArgumentNullException.ThrowIfNull(symbol);
            string? coin = venue switch
            {
                ExchangeIds.Okx => symbol.EndsWith("-SWAP", StringComparison.Ordinal) && symbol.IndexOf('-', StringComparison.Ordinal) > 0
                    ? symbol[..symbol.IndexOf('-', StringComparison.Ordinal)]
                    : null,
                ExchangeIds.Binance or ExchangeIds.Bybit => StripQuote(symbol),
                _ => null,
            };
            return coin is null ? null : StripMultiplier(coin);
        }

        /// <summary>True when the symbol's base asset is BTC.</summary>
        public static bool IsBtc(string venue, string symbol) => Of(venue, symbol) == Btc;

        private static string? StripQuote(string symbol)
        {
            if (symbol.Contains('_', StringComparison.Ordinal) || symbol.Contains('-', StringComparison.Ordinal))
            {
                return null;
            }

            foreach (string quote in Quotes)
            {
                if (symbol.Length > quote.Length && symbol.EndsWith(quote, StringComparison.Ordinal))
                {
                    return symbol[..^quote.Length];
                }
            }

            return null;
        }

        private static string StripMultiplier(string coin)
        {
            foreach (string multiplier in Multipliers)
            {
                if (coin.Length > multiplier.Length && coin.StartsWith(multiplier, StringComparison.Ordinal) && !char.IsDigit(coin[multiplier.Length]))
                {
                    return coin[multiplier.Length..];
                }
            }

            return coin;
        }
    }
}
