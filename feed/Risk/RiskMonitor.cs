using System;
using Ticker.Feed.State;

namespace Ticker.Feed.Risk
{
    /// <summary>
    /// Runs the risk formula once per snapshot refresh (like the cascade monitor): reads the pollers' leverage
    /// inputs and the last hour of BTC-perpetual liquidations (the instruments whose OI the inputs sum), scores them against the history, samples the history when due, and
    /// writes <see cref="MarketState.Risk"/>.
    /// </summary>
    public sealed class RiskMonitor
    {
        /// <summary>Leverage inputs older than this are unknown: a poller that stopped must not freeze the gauge.</summary>
        public static readonly TimeSpan MaxInputAge = TimeSpan.FromHours(1);

        private readonly MarketState _market;
        private readonly BtcPerpetualLiquidations _liquidations;
        private readonly RiskHistory _history;

        public RiskMonitor(MarketState market, BtcPerpetualLiquidations liquidations, RiskHistory history)
        {
            _market = market ?? throw new ArgumentNullException(nameof(market));
            _liquidations = liquidations ?? throw new ArgumentNullException(nameof(liquidations));
            _history = history ?? throw new ArgumentNullException(nameof(history));
        }

        /// <summary>Scores the state at <paramref name="asOfSeconds"/> and sets (or clears) <see cref="MarketState.Risk"/>.</summary>
        public void Tick(long asOfSeconds)
        {
            long asOfMs = asOfSeconds * 1000;
            LeverageInputs? inputs = _market.Leverage;
            if (inputs?.AtUnixMs is long at && asOfMs - at > (long)MaxInputAge.TotalMilliseconds)
            {
                inputs = null;
            }

            RiskMeasures measures = RiskMeasures.From(inputs, _market.Price?.Usd, _liquidations.LastHour(asOfMs));

            // Scored against the samples taken before this instant (a second refresh in the same instant scores the same).
            RiskResult? result = RiskFormula.Evaluate(measures, _history, asOfMs);
            _history.SampleIfDue(asOfMs, measures);
            _market.Risk = result is null || inputs is null
                ? null
                : new RiskReading(
                    result.Score,
                    new RiskInputs(inputs.FundingPct8h, inputs.OiUsd, inputs.OiChg24hPct, inputs.TakerBuySell, inputs.TakerBucketMin, inputs.LongShortRatio, inputs.TakerBuySellBybit),
                    RiskFormula.Published(result.Parts));
        }
    }
}
