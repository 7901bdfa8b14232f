namespace Ticker.Feed.Market
{
    /// <summary>Taker buy and sell volume (base asset) over one bucket of time.</summary>
    /// <param name="Venue">Exchange id.</param>
    /// <param name="StartMs">Bucket start, exchange time (unix ms).</param>
    /// <param name="LengthMs">Bucket length, ms.</param>
    /// <param name="BuyBase">Volume bought by takers, base asset.</param>
    /// <param name="SellBase">Volume sold by takers, base asset.</param>
    public sealed record TakerBucket(string Venue, long StartMs, long LengthMs, decimal BuyBase, decimal SellBase);
}
