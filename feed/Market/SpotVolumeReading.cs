namespace Ticker.Feed.Market
{
    /// <summary>24 h spot volume of a venue's BTC pairs in base units (BTC), from one REST response.</summary>
    /// <param name="Venue">Exchange id.</param>
    /// <param name="Key">Which request of the venue it came from (the pair for per-pair endpoints, else "all").</param>
    /// <param name="BaseBtc">Sum of the pairs' 24 h base volume, BTC.</param>
    /// <param name="Pairs">How many BTC pairs were summed.</param>
    /// <param name="AtMs">When it was received, feed clock (unix ms).</param>
    public sealed record SpotVolumeReading(string Venue, string Key, decimal BaseBtc, int Pairs, long AtMs);
}
