namespace Ticker.Feed.Market
{
    /// <summary>What Binance's <c>openInterestHist</c> says: the latest open interest, its 24 h change and the circulating supply.</summary>
    /// <param name="LatestUsd">The newest row's <c>sumOpenInterestValue</c>, USD.</param>
    /// <param name="Chg24hPct">Change from the row 24 h before the newest, percent; null when the history is shorter.</param>
    /// <param name="CirculatingSupplyBtc">The newest row's <c>CMCCirculatingSupply</c>; null when absent.</param>
    /// <param name="AtMs">When it was received, feed clock (unix ms).</param>
    public sealed record OpenInterestHistoryReading(decimal LatestUsd, decimal? Chg24hPct, decimal? CirculatingSupplyBtc, long AtMs);
}
