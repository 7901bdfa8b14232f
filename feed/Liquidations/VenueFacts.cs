using Ticker.Data;

namespace Ticker.Feed.Liquidations
{
    /// <summary>What is known of each venue's liquidation stream (shared notes, market-data.md, trap 2).</summary>
    public static class VenueFacts
    {
        /// <summary>
        /// True when the venue publishes only a sample of its liquidations, so totals built from it are a floor:
        /// Binance sends at most one order per symbol per second, and OKX says its channel is not every
        /// liquidation. Bybit's allLiquidation sends every one. An unknown venue is taken as sampled: claiming
        /// complete totals nobody promised would overstate them.
        /// </summary>
        public static bool PublishesSampledLiquidations(string venue) => venue != ExchangeIds.Bybit;
    }
}
