namespace Ticker.Feed.State
{
    /// <summary>
    /// The market readings the leverage-risk score is computed from, as the REST pollers and websocket streams last
    /// left them. The pollers set it; the risk scorer reads it (with the liquidation aggregator) on each refresh and
    /// writes <see cref="MarketState.Risk"/>. Null members are unknown.
    /// </summary>
    /// <param name="FundingPct8h">Open-interest-weighted funding across venues, percent per 8 h.</param>
    /// <param name="OiUsd">BTC perpetual open interest across venues, whole USD (Bybit counted once: its one-sided value).</param>
    /// <param name="OiChg24hPct">Binance BTCUSDT's open-interest change over 24 h, percent (not the venues' total: only Binance's history is read).</param>
    /// <param name="TakerBuySell">Taker buy / taker sell volume over the last short bucket, Binance BTCUSDT and Bybit BTCUSDT pooled.</param>
    /// <param name="TakerBuySellBybit">Bybit BTCUSDT's own ratio over the same bucket (from its public trades).</param>
    /// <param name="TakerBucketMin">That bucket's length, minutes.</param>
    /// <param name="LongShortRatio">Long accounts / short accounts.</param>
    /// <param name="CirculatingSupplyBtc">BTC in circulation (Binance's CMCCirculatingSupply), for OI against market cap.</param>
    /// <param name="PriceUsd">The BTC price the USD figures were converted with.</param>
    /// <param name="AtUnixMs">When the newest of these readings was received, feed clock.</param>
    public sealed record LeverageInputs(
        decimal? FundingPct8h = null,
        long? OiUsd = null,
        decimal? OiChg24hPct = null,
        decimal? TakerBuySell = null,
        int? TakerBucketMin = null,
        decimal? LongShortRatio = null,
        decimal? CirculatingSupplyBtc = null,
        decimal? PriceUsd = null,
        long? AtUnixMs = null,
        decimal? TakerBuySellBybit = null);
}
