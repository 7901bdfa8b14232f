namespace Ticker.Feed.Risk
{
    /// <summary>
    /// One measure's place in the score: its weight and its static reference range, the range used while the
    /// measure's own history is short (docs/risk-score.md says why each range is what it is).
    /// </summary>
    /// <param name="Measure">The measure.</param>
    /// <param name="Weight">Its weight in the score, out of 100 over all six.</param>
    /// <param name="Calm">The value that reads 0.</param>
    /// <param name="Extreme">The value that reads 100.</param>
    public sealed record RiskReference(RiskMeasure Measure, decimal Weight, decimal Calm, decimal Extreme)
    {
        /// <summary>The value's place between <see cref="Calm"/> (0) and <see cref="Extreme"/> (100), clamped.</summary>
        public decimal StaticPart(decimal value)
        {
            decimal part = 100m * (value - Calm) / (Extreme - Calm);
            return part < 0m ? 0m : part > 100m ? 100m : part;
        }
    }
}
