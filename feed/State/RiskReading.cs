namespace Ticker.Feed.State
{
    /// <summary>The snapshot's <c>risk</c>: the leverage-risk score, its inputs and each input's reading. Null members are unknown.</summary>
    /// <param name="Score">0 (calm) to 100 (extreme).</param>
    /// <param name="Inputs">The measurements behind the score.</param>
    /// <param name="Parts">Each input's own 0-100 reading as it enters the score.</param>
    public sealed record RiskReading(decimal? Score, RiskInputs? Inputs = null, RiskParts? Parts = null);

    /// <summary>The snapshot's <c>risk.inputs</c>.</summary>
    /// <param name="FundingPct8h">OI-weighted funding across venues, percent per 8 h.</param>
    /// <param name="OiUsd">Open interest, whole USD.</param>
    /// <param name="OiChg24hPct">Binance BTCUSDT's open-interest change over 24 h, percent.</param>
    /// <param name="TakerBuySell">Taker buy / taker sell volume over the last bucket, Binance and Bybit pooled.</param>
    /// <param name="TakerBucketMin">That bucket's length, minutes.</param>
    /// <param name="LongShortRatio">Long accounts / short accounts.</param>
    /// <param name="TakerBuySellBybit">Bybit's own taker buy / sell over the same bucket.</param>
    public sealed record RiskInputs(
        decimal? FundingPct8h = null,
        long? OiUsd = null,
        decimal? OiChg24hPct = null,
        decimal? TakerBuySell = null,
        int? TakerBucketMin = null,
        decimal? LongShortRatio = null,
        decimal? TakerBuySellBybit = null);

    /// <summary>The snapshot's <c>risk.parts</c>: each 0-100.</summary>
    public sealed record RiskParts(
        decimal? Funding = null,
        decimal? Oi = null,
        decimal? Taker = null,
        decimal? LongShort = null,
        decimal? Liq = null);
}
