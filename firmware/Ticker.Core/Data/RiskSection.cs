namespace Ticker.Data
{
    /// <summary>
    /// The snapshot's <c>risk</c> section: the 0-100 leverage-risk score, the inputs behind it (<c>risk.inputs</c>)
    /// and each input's contribution (<c>risk.parts</c>), flattened into one holder. Plain fields, refilled in
    /// place by the decoder; <see cref="Value.Missing"/> marks an unknown number.
    /// </summary>
    public sealed class RiskSection
    {
        /// <summary>True when the snapshot had a <c>risk</c> object.</summary>
        public bool Present;

        /// <summary><c>risk.score</c> rounded to an integer, 0..100.</summary>
        public long Score;

        /// <summary><c>inputs.fundingPct8h</c>: OI-weighted funding in ten-thousandths of a percent per 8 h (0.0100 % = 100).</summary>
        public long FundingPct8hE4;

        /// <summary><c>inputs.oiUsd</c>: open interest in whole US dollars.</summary>
        public long OiUsd;

        /// <summary><c>inputs.oiChg24hPct</c> in hundredths of a percent.</summary>
        public long OiChg24hPctE2;

        /// <summary><c>inputs.takerBuySell</c>: taker buy / sell volume ratio in thousandths (1.25 = 1250).</summary>
        public long TakerBuySellE3;

        /// <summary><c>inputs.takerBuySellBybit</c>: Bybit's own taker buy / sell over the same bucket, × 1,000.</summary>
        public long TakerBuySellBybitE3;

        /// <summary><c>inputs.takerBucketMin</c>: the bucket length of <see cref="TakerBuySellE3"/> in minutes.</summary>
        public long TakerBucketMin;

        /// <summary><c>inputs.longShortRatio</c>: long / short account ratio in thousandths.</summary>
        public long LongShortRatioE3;

        /// <summary><c>parts.funding</c>: the funding input's contribution to the score, 0..100.</summary>
        public long PartFunding;

        /// <summary><c>parts.oi</c>: the open-interest input's contribution, 0..100.</summary>
        public long PartOpenInterest;

        /// <summary><c>parts.taker</c>: the taker-ratio input's contribution, 0..100.</summary>
        public long PartTaker;

        /// <summary><c>parts.longShort</c>: the long/short-ratio input's contribution, 0..100.</summary>
        public long PartLongShort;

        /// <summary><c>parts.liq</c>: the liquidations input's contribution, 0..100.</summary>
        public long PartLiquidations;

        public RiskSection()
        {
            Clear();
        }

        /// <summary>Marks the section absent and every field unknown.</summary>
        public void Clear()
        {
            Present = false;
            Score = Value.Missing;
            ClearInputs();
            ClearParts();
        }

        /// <summary>Marks every <c>risk.inputs</c> field unknown.</summary>
        public void ClearInputs()
        {
            FundingPct8hE4 = Value.Missing;
            OiUsd = Value.Missing;
            OiChg24hPctE2 = Value.Missing;
            TakerBuySellE3 = Value.Missing;
            TakerBuySellBybitE3 = Value.Missing;
            TakerBucketMin = Value.Missing;
            LongShortRatioE3 = Value.Missing;
        }

        /// <summary>Marks every <c>risk.parts</c> field unknown.</summary>
        public void ClearParts()
        {
            PartFunding = Value.Missing;
            PartOpenInterest = Value.Missing;
            PartTaker = Value.Missing;
            PartLongShort = Value.Missing;
            PartLiquidations = Value.Missing;
        }
    }
}
