namespace Ticker.Feed.Risk
{
    /// <summary>One measure's value at one instant, as the history keeps (and the database stores) it.</summary>
    /// <param name="Measure">The measure.</param>
    /// <param name="AtMs">When it was taken, unix milliseconds.</param>
    /// <param name="Value">The measure's value.</param>
    public readonly record struct RiskSample(RiskMeasure Measure, long AtMs, decimal Value);
}
