namespace Ticker.Feed.Market
{
    /// <summary>
    /// A venue's BTC spot taker delta over one window, in BTC (OKX's taker volume is in the currency asked for): the
    /// combiner converts it at the current BTC price. Set only when the venue's rows covered the whole window.
    /// </summary>
    /// <param name="Venue">Exchange id.</param>
    /// <param name="WindowMs">The window: 24 h or 1 h, ms.</param>
    /// <param name="DeltaBtc">Taker buy minus taker sell over the window, BTC (signed).</param>
    /// <param name="AtMs">When it was received, feed clock (unix ms).</param>
    public sealed record SpotTakerBtcReading(string Venue, long WindowMs, decimal DeltaBtc, long AtMs);
}
