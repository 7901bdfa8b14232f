namespace Ticker.Feed.Liquidations.Parsers
{
    /// <summary>What a parser made of one item inside a data frame.</summary>
    internal enum ItemOutcome
    {
        /// <summary>An event was produced.</summary>
        Event,

        /// <summary>A well-formed liquidation that gives no event (zero notional, unknown contract value).</summary>
        Skipped,

        /// <summary>The item could not be read.</summary>
        Malformed,
    }
}
