using System;
using System.Collections.Generic;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.State;

namespace Ticker.Feed.Alerts
{
    /// <summary>
    /// Runs the <see cref="CascadeDetector"/> on the aggregator's windows once per snapshot refresh and puts its
    /// alert into <see cref="MarketState.Alert"/> (only while level &gt; 0: the contract leaves <c>alert</c> out otherwise).
    /// The price confirmation is in the liquidations' own scope (<see cref="ScopeMove"/>): each side's liquidated
    /// USD per base asset over the window, weighted with each asset's mark-price move (<see cref="MarkPriceHistory"/>);
    /// the BTC price the snapshot shows is sampled into a <see cref="PriceHistory"/> as BTC's fallback. The snapshot's
    /// <c>alert.priceChgPct</c> is, as the contract says, BTC's change since the alert's <c>startedAt</c>: the
    /// monitor keeps the price at that moment (the history's transitions keep the 5-minute move the rule saw).
    /// With the last 5 minutes not covered the rule does not run and the alert stays, including one the detector took
    /// up after a restart (<see cref="CascadeDetector.Resume"/>).
    /// </summary>
    public sealed class CascadeMonitor
    {
        private readonly LiquidationAggregator _liquidations;
        private readonly CascadeDetector _detector;
        private readonly MarketState _market;
        private readonly PriceHistory _prices;
        private readonly MarkPriceHistory _marks;
        private long? _startedAt;
        private decimal? _priceAtStart;
        private long _baselineMinute = long.MinValue;
        private long _baselineVersion = -1;
        private SideTotals? _baseline;

        public CascadeMonitor(LiquidationAggregator liquidations, CascadeDetector detector, MarketState market, PriceHistory prices, MarkPriceHistory? marks = null)
        {
            _prices = prices ?? throw new ArgumentNullException(nameof(prices));
            _liquidations = liquidations ?? throw new ArgumentNullException(nameof(liquidations));
            _detector = detector ?? throw new ArgumentNullException(nameof(detector));
            _market = market ?? throw new ArgumentNullException(nameof(market));
            _marks = marks ?? new MarkPriceHistory();
        }

        /// <summary>The window the rule measures, liquidations and price alike.</summary>
        public static readonly TimeSpan Window = TimeSpan.FromSeconds(CascadeDetector.WindowSeconds);

        /// <summary>Evaluates at <paramref name="asOfSeconds"/>; with the last 5 minutes not covered the alert is left as it is.</summary>
        public void Tick(long asOfSeconds)
        {
            long asOfMs = asOfSeconds * 1000;
            long startMs = asOfMs - (long)Window.TotalMilliseconds;
            _prices.Record(asOfMs, _market.Price?.Usd);
            if (_liquidations.Window(startMs, asOfMs) is not SideTotals m5)
            {
                // The alert stays as it is; one taken up after a restart is published until the rule can run again.
                if (_market.Alert is null && _detector.Current.Level != AlertLevel.None)
                {
                    _market.Alert = _detector.Current;
                }

                return;
            }

            (decimal? longMove, decimal? shortMove) = ScopeMove.Of(_liquidations.WindowByBase(startMs, asOfMs), _marks, _prices, asOfMs, Window);
            var input = new CascadeInput(
                asOfSeconds, m5, Baseline(asOfMs), longMove, shortMove, from => _liquidations.Window(from * 1000, asOfMs), _liquidations.WindowWithoutLargest(asOfMs - 60_000, asOfMs));
            AlertReading alert = _detector.Evaluate(input);
            _market.Alert = alert.Level == AlertLevel.None ? null : alert with { PriceChgPct = ChangeSinceStart(alert.StartedAt) };
        }

        /// <summary>
        /// The 24 h median of 5-minute sums, measured to the minute's start and again only when the minute or the
        /// aggregator's content changes: it moves slowly, and 288 windows per refresh were most of a quiet tick's work.
        /// </summary>
        private SideTotals? Baseline(long asOfMs)
        {
            long minute = asOfMs / 60_000;
            long version = _liquidations.Version;
            if (minute != _baselineMinute || version != _baselineVersion)
            {
                _baselineMinute = minute;
                _baselineVersion = version;
                _baseline = _liquidations.MedianFiveMinutes(minute * 60_000);
            }

            return _baseline;
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
