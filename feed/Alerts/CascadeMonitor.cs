using System;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.State;

namespace Ticker.Feed.Alerts
{
    /// <summary>
    /// Runs the <see cref="CascadeDetector"/> on the aggregator's windows once per snapshot refresh and puts its
    /// alert into <see cref="MarketState.Alert"/> (only while level &gt; 0: the contract leaves <c>alert</c> out otherwise).
    /// No price source exists yet, so the price confirmation is not applied (PriceChgPct stays null).
    /// </summary>
    public sealed class CascadeMonitor
    {
        private readonly LiquidationAggregator _liquidations;
        private readonly CascadeDetector _detector;
        private readonly MarketState _market;

        public CascadeMonitor(LiquidationAggregator liquidations, CascadeDetector detector, MarketState market)
        {
            _liquidations = liquidations ?? throw new ArgumentNullException(nameof(liquidations));
            _detector = detector ?? throw new ArgumentNullException(nameof(detector));
            _market = market ?? throw new ArgumentNullException(nameof(market));
        }

        /// <summary>Evaluates at <paramref name="asOfSeconds"/>; with the last 5 minutes not covered the alert is left as it is.</summary>
        public void Tick(long asOfSeconds)
        {
            long asOfMs = asOfSeconds * 1000;
            if (_liquidations.Window(asOfMs - 5 * 60_000, asOfMs) is not SideTotals m5)
            {
                return;
            }

            AlertReading alert = _detector.Evaluate(new CascadeInput(asOfSeconds, m5, _liquidations.MedianFiveMinutes(asOfMs)));
            _market.Alert = alert.Level == AlertLevel.None ? null : alert;
        }
    }
}
