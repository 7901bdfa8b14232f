namespace Ticker.Feed.State
{
    /// <summary>The snapshot's <c>spot</c>: Binance's share of 24 h BTC spot volume and the taker delta. Null members are unknown.</summary>
    /// <param name="BinanceSharePct">Binance's share of the venues counted, percent; unknown with fewer than two fresh venues.</param>
    /// <param name="Venues">Exchanges in the denominator, Binance included.</param>
    /// <param name="BinanceUsd24h">Binance's BTC spot volume, whole USD.</param>
    /// <param name="OthersUsd24h">The other venues' BTC spot volume, whole USD.</param>
    /// <param name="DeltaUsd24h">Taker buy minus taker sell over 24 h, signed whole USD, summed over the delta pairs.</param>
    /// <param name="DeltaUsd1h">The same over the last hour.</param>
    /// <param name="DeltaVenues">Venues whose BTC spot pairs the deltas sum (in <c>VenueOrder</c>); null when no delta is known.</param>
    public sealed record SpotReading(
        decimal? BinanceSharePct = null,
        int? Venues = null,
        long? BinanceUsd24h = null,
        long? OthersUsd24h = null,
        long? DeltaUsd24h = null,
        long? DeltaUsd1h = null,
        System.Collections.Generic.IReadOnlyList<string>? DeltaVenues = null);
}
