namespace Ticker.Feed.Market
{
    /// <summary>One BTC perpetual's open interest in USD, one side only (a long and its short counted once).</summary>
    /// <param name="Venue">Exchange id.</param>
    /// <param name="Instrument">The venue's symbol or instrument id (BTCUSDT, BTC-USD-SWAP).</param>
    /// <param name="Usd">Open interest value, USD.</param>
    /// <param name="AtMs">When it was received, feed clock (unix ms).</param>
    public sealed record OpenInterestReading(string Venue, string Instrument, decimal Usd, long AtMs);
}
