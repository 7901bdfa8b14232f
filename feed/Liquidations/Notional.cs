using System;

namespace Ticker.Feed.Liquidations
{
    /// <summary>What became of a quantity-times-price product.</summary>
    internal enum NotionalCheck
    {
        /// <summary>A positive whole-dollar amount.</summary>
        Ok,

        /// <summary>Well-formed but worth nothing once rounded (a zero quantity or price): nothing to count.</summary>
        Zero,

        /// <summary>A negative factor, an overflow or an amount no single liquidation reaches.</summary>
        Invalid,
    }

    /// <summary>
    /// Liquidation notionals in decimal arithmetic, rounded once, at the end, to whole US dollars (half away from
    /// zero, as the device rounds). Doubles would turn "0.014" x "9910" into 138.73999999999998.
    /// </summary>
    internal static class Notional
    {
        /// <summary>
        /// Largest notional believed for one liquidation: 10^12 USD, thousands of times the largest ever seen. Above
        /// it the message is garbage, and refusing it keeps 24 hours of sums far from overflowing a long.
        /// </summary>
        public const long MaxUsd = 1_000_000_000_000;

        /// <summary>Multiplies the factors and rounds to whole USD.</summary>
        public static NotionalCheck ToWholeUsd(out long usd, params ReadOnlySpan<decimal> factors)
        {
            usd = 0;
            decimal product = 1m;
            try
            {
                foreach (decimal factor in factors)
                {
                    if (factor < 0m)
                    {
                        return NotionalCheck.Invalid;
                    }

                    product *= factor;
                }
            }
            catch (OverflowException)
            {
                return NotionalCheck.Invalid;
            }

            decimal rounded = decimal.Round(product, 0, MidpointRounding.AwayFromZero);
            if (rounded > MaxUsd)
            {
                return NotionalCheck.Invalid;
            }

            usd = (long)rounded;
            return usd == 0 ? NotionalCheck.Zero : NotionalCheck.Ok;
        }
    }
}
