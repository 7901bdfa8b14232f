using System;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.State;

namespace Ticker.Feed.Alerts
{
    /// <summary>
    /// Runs the <see cref="CascadeDetector"/> on the aggregator's windows once per snapshot refresh and puts its
    /// alert into <see cref="MarketState.Alert"/> (only while level &gt; 0: the contract leaves <c>alert</c> out otherwise).
    /// Each tick also samples <see cref="MarketState.Price"/> into a <see cref="PriceHistory"/>, and passes the price
    /// change over the same 5 minutes as <see cref="CascadeInput.PriceChgPct"/> for the price confirmation; with no
    /// price source (or a price that paused) it is null and the rule runs on liquidations alone. The snapshot's
    /// <c>alert.priceChgPct</c> is, as the contract says, the change since the alert's <c>startedAt</c>: the monitor
    /// keeps the price at that moment (the history's transitions keep the 5-minute change the rule saw).
    /// </summary>
    public sealed class CascadeMonitor
    {
        private readonly LiquidationAggregator _liquidations;
        private readonly CascadeDetector _detector;
        private readonly MarketState _market;
        private readonly PriceHistory _prices;
        private long? _startedAt;
        private decimal? _priceAtStart;

        public CascadeMonitor(LiquidationAggregator liquidations, CascadeDetector detector, MarketState market, PriceHistory prices)
        {
            _prices = prices ?? throw new ArgumentNullException(nameof(prices));
            _liquidations = liquidations ?? throw new ArgumentNullException(nameof(liquidations));
            _detector = detector ?? throw new ArgumentNullException(nameof(detector));
            _market = market ?? throw new ArgumentNullException(nameof(market));
        }

        /// <summary>The window the rule measures, liquidations and price alike.</summary>
        public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

        /// <summary>Evaluates at <paramref name="asOfSeconds"/>; with the last 5 minutes not covered the alert is left as it is.</summary>
        public void Tick(long asOfSeconds)
        {
            long asOfMs = asOfSeconds * 1000;
            _prices.Record(asOfMs, _market.Price?.Usd);
            if (_liquidations.Window(asOfMs - (long)Window.TotalMilliseconds, asOfMs) is not SideTotals m5)
            {
                return;
            }

            decimal? priceChg = _prices.ChangePct(asOfMs, Window);
            AlertReading alert = _detector.Evaluate(new CascadeInput(asOfSeconds, m5, _liquidations.MedianFiveMinutes(asOfMs), priceChg));
            _market.Alert = alert.Level == AlertLevel.None ? null : alert with { PriceChgPct = ChangeSinceStart(alert.StartedAt) };
        }

        /// <summary>Percent from the price when the alert started to now; null when either is unknown.</summary>
        private decimal? ChangeSinceStart(long? startedAt)
        {
            decimal? now = _market.Price?.Usd is decimal usd && usd > 0m ? usd : null;
            if (startedAt != _startedAt)
            {
                // A new alert (or a change of side): its start is this refresh, so the price now is its base.
                _startedAt = startedAt;
                _priceAtStart = now;
            }

            return now is decimal to && _priceAtStart is decimal from
                ? decimal.Round(100m * (to - from) / from, 4, MidpointRounding.AwayFromZero)
                : null;
        }
    }
}
