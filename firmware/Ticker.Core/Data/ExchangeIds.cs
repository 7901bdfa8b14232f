namespace Ticker.Data
{
    /// <summary>
    /// The exchange ids the snapshot uses in <c>liq.venues</c> and as <c>sources</c> member names. The decoder
    /// returns these very string instances for them, so decoding a known id allocates nothing and callers may
    /// compare by reference or by value.
    /// </summary>
    public static class ExchangeIds
    {
        public const string Binance = "binance";
        public const string Bybit = "bybit";
        public const string Okx = "okx";
        public const string Coinbase = "coinbase";
        public const string Kraken = "kraken";
        public const string Bitstamp = "bitstamp";
    }
}
