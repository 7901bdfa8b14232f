using System;
using Ticker.Feed.Aggregation;
using Ticker.Feed.State;

namespace Ticker.Feed.Risk
{
    /// <summary>The six measures at one instant, each oriented so that higher = riskier; null = unknown.</summary>
    public sealed record RiskMeasures(
        decimal? Funding = null,
        decimal? OiToMarketCap = null,
        decimal? OiChange = null,
        decimal? Taker = null,
        decimal? LongShort = null,
        decimal? Liquidations = null)
    {
        /// <summary>Binance's neutral funding, percent per 8 h (its interest component; shared notes, market-data.md).</summary>
        public const decimal NeutralFundingPct8h = 0.01m;

        /// <summary>Ratios are clamped to [1/1000, 1000] before the logarithm, so an all-sell bucket is extreme, not infinite.</summary>
        private const double RatioClamp = 1000d;

        /// <summary>
        /// The measures from the pollers' readings and the last hour of liquidations. <paramref name="priceUsd"/>
        /// is used when the inputs carry no price of their own.
        /// </summary>
        public static RiskMeasures From(LeverageInputs? inputs, decimal? priceUsd, SideTotals? lastHour)
        {
            if (inputs is null)
            {
                return new RiskMeasures();
            }

            decimal? price = inputs.PriceUsd ?? priceUsd;
            decimal? oiToCap = null;
            if (inputs.OiUsd is long oi && oi > 0 && inputs.CirculatingSupplyBtc is decimal supply && supply > 0 && price is decimal p && p > 0)
            {
                oiToCap = Round(100m * oi / (supply * p));
            }

            decimal? liquidations = null;
            if (inputs.OiUsd is long openInterest && openInterest > 0 && lastHour is SideTotals hour)
            {
                liquidations = Round(100m * (hour.LongUsd + hour.ShortUsd) / openInterest);
            }

            return new RiskMeasures(
                Funding: inputs.FundingPct8h is decimal f ? Math.Abs(f - NeutralFundingPct8h) : null,
                OiToMarketCap: oiToCap,
                OiChange: inputs.OiChg24hPct,
                Taker: AbsLog(inputs.TakerBuySell),
                LongShort: AbsLog(inputs.LongShortRatio),
                Liquidations: liquidations);
        }

        /// <summary>The value of one measure.</summary>
        public decimal? this[RiskMeasure measure] => measure switch
        {
            RiskMeasure.Funding => Funding,
            RiskMeasure.OiToMarketCap => OiToMarketCap,
            RiskMeasure.OiChange => OiChange,
            RiskMeasure.Taker => Taker,
            RiskMeasure.LongShort => LongShort,
            RiskMeasure.Liquidations => Liquidations,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
        };

        /// <summary>|ln(ratio)|: 1 (balanced) reads 0, and 2 reads the same as 1/2. Negative ratios are unknown.</summary>
        private static decimal? AbsLog(decimal? ratio)
        {
            if (ratio is not decimal r || r < 0m)
            {
                return null;
            }

            double clamped = Math.Clamp((double)r, 1d / RatioClamp, RatioClamp);
            return Round((decimal)Math.Abs(Math.Log(clamped)));
        }

        // Six decimals: far finer than any reference range, and it keeps stored and computed values identical.
        private static decimal Round(decimal value) => decimal.Round(value, 6, MidpointRounding.AwayFromZero);
    }
}
