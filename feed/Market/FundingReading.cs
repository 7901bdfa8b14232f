namespace Ticker.Feed.Market
{
    /// <summary>One venue's current BTC perpetual funding rate.</summary>
    /// <param name="Venue">Exchange id.</param>
    /// <param name="Instrument">The venue's symbol or instrument id (BTCUSDT, BTC-USDT-SWAP).</param>
    /// <param name="RatePct8h">The rate scaled to percent per 8 h (a 4-hour rate counts twice), so venues compare.</param>
    /// <param name="AtMs">When it was received, feed clock (unix ms).</param>
    public sealed record FundingReading(string Venue, string Instrument, decimal RatePct8h, long AtMs);
}
