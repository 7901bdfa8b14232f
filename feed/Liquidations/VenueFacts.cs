using System;

namespace Ticker.Feed.Liquidations
{
    /// <summary>What is known of each venue's liquidation stream (shared notes, market-data.md, trap 2).</summary>
    public static class VenueFacts
    {
        /// <summary>
        /// True when the feed hears only part of the venue's liquidations, so totals built from it are a floor:
        /// Binance sends at most one order per symbol per second, and OKX says its channel is not every
        /// liquidation. Bybit's allLiquidation sends every one, but of the symbols subscribed, and the feed subscribes
        /// its top-N perpetuals by turnover (Bybit has no wildcard), not all of them. So every venue the feed reads
        /// is partial; an unknown venue is too: claiming complete totals nobody promised would overstate them.
        /// </summary>
        public static bool CountsOnlyPart(string venue)
        {
            ArgumentException.ThrowIfNullOrEmpty(venue);

            // Binance and OKX sample; Bybit is complete per symbol, but the feed subscribes only its top-N symbols.
            return true;
        }
    }
}
