using System;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Rest;
using Ticker.Feed.State;

namespace Ticker.Feed.Risk
{
    /// <summary>
    /// The risk score's liquidation input: liquidations of the BTC perpetuals whose open interest is its
    /// denominator (Binance BTCUSDT, the one Binance instrument whose OI is read; Bybit BTCUSDT and BTCPERP; OKX
    /// BTC-USDT-SWAP and BTC-USD-SWAP), so an altcoin flush does not pin the BTC gauge. The snapshot's <c>liq</c>
    /// totals stay market-wide; this is the same stream, narrowed to the OI's own instruments.
    /// </summary>
    /// <remarks>
    /// Kept in memory only: after a restart the last hour is unknown until the feed has listened for an hour of its
    /// own (the score leaves the measure out meanwhile), rather than reading the restored market-wide hour as BTC's.
    /// Thread-safe (the aggregator it wraps is).
    /// </remarks>
    public sealed class BtcPerpetualLiquidations : IResettableState
    {
        private const long HourMs = 3_600_000;
        private readonly LiquidationAggregator _hour;

        public BtcPerpetualLiquidations(TimeProvider time)
        {
            _hour = new LiquidationAggregator(time);
        }

        /// <summary>The venue's liquidation stream is being listened to now (see <see cref="LiquidationAggregator.MarkVenueLive"/>).</summary>
        public void MarkVenueLive(string venue) => _hour.MarkVenueLive(venue);

        /// <summary>The venue's liquidations since <paramref name="sinceMs"/> are known (see <see cref="LiquidationAggregator.MarkVenueCoveredSince"/>).</summary>
        public void MarkVenueCoveredSince(string venue, long sinceMs) => _hour.MarkVenueCoveredSince(venue, sinceMs);

        /// <summary>Counts <paramref name="liquidation"/> when it is one of the BTC perpetuals; true when counted.</summary>
        public bool Add(in LiquidationEvent liquidation) =>
            InOpenInterest(liquidation.Venue, liquidation.Symbol) && _hour.Add(liquidation) == AddResult.Added;

        /// <summary>
        /// True for the instruments whose open interest <see cref="LeverageInputs.OiUsd"/> sums: the BTC perpetuals,
        /// except that Binance's OI is read for BTCUSDT alone (<see cref="RestEndpoints.BinanceOpenInterestHist"/>).
        /// </summary>
        public static bool InOpenInterest(string venue, string symbol) =>
            venue == ExchangeIds.Binance ? symbol == RestEndpoints.BtcUsdtPerpetual : BtcPerpetuals.Contains(venue, symbol);

        /// <summary>BTC-perpetual liquidations in the hour ending at <paramref name="asOfMs"/>; null while that hour is not covered.</summary>
        public SideTotals? LastHour(long asOfMs) => _hour.Window(asOfMs - HourMs, asOfMs);

        /// <summary>Forgets everything (a new replay pass).</summary>
        public void Reset() => _hour.Reset();
    }
}
