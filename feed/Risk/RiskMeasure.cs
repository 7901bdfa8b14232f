namespace Ticker.Feed.Risk
{
    /// <summary>
    /// The six measures the leverage-risk score is made of (docs/risk-score.md). Each is oriented so that a higher
    /// value means more leverage risk. The names are stored in the database: do not rename.
    /// </summary>
    public enum RiskMeasure
    {
        /// <summary>|funding − 0.01| percent per 8 h: distance from Binance's neutral funding, either way.</summary>
        Funding,

        /// <summary>Open interest / market cap, percent.</summary>
        OiToMarketCap,

        /// <summary>Open-interest change over 24 h, percent (signed: falling OI is deleveraging).</summary>
        OiChange,

        /// <summary>|ln(taker buy / taker sell)| over the last short bucket: a one-sided rush either way.</summary>
        Taker,

        /// <summary>|ln(long accounts / short accounts)|: crowding either way.</summary>
        LongShort,

        /// <summary>Liquidations over the last hour (both sides) / open interest, percent.</summary>
        Liquidations,
    }
}
