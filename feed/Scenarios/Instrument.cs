using System.Collections.Generic;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// A perpetual the scenarios liquidate: its base asset, a starting price, how strongly it follows BTC
    /// (<see cref="Beta"/>: altcoins fall further in a dip), its OKX contract value and the decimals its venues quote.
    /// </summary>
    /// <param name="Base">Base asset, e.g. ETH.</param>
    /// <param name="BinanceSymbol">Binance USD-M and Bybit linear symbol, e.g. ETHUSDT.</param>
    /// <param name="OkxInstId">OKX swap, e.g. ETH-USDT-SWAP.</param>
    /// <param name="StartPrice">Price when BTC is at the scenario's initial price.</param>
    /// <param name="Beta">Price moves Beta times BTC's relative move (linear, no Math.Pow).</param>
    /// <param name="OkxCtVal">OKX contract value in base asset.</param>
    /// <param name="QtyDecimals">Decimals of quantities (Binance z, Bybit v).</param>
    /// <param name="PriceDecimals">Decimals of prices.</param>
    /// <param name="Weight">Relative share of the altcoin liquidations (0 for BTC).</param>
    public sealed record Instrument(
        string Base, string BinanceSymbol, string OkxInstId, decimal StartPrice, decimal Beta, decimal OkxCtVal, int QtyDecimals, int PriceDecimals, double Weight)
    {
        /// <summary>BTC: the instrument the snapshot's price follows.</summary>
        public static Instrument Btc { get; } = new("BTC", "BTCUSDT", "BTC-USDT-SWAP", 0m, 1m, 0.01m, 3, 1, 0);

        /// <summary>BTC or the altcoin with this base asset; null when the scenarios do not trade it.</summary>
        public static Instrument? Find(string baseAsset)
        {
            if (baseAsset == Btc.Base)
            {
                return Btc;
            }

            foreach (Instrument alt in Altcoins)
            {
                if (alt.Base == baseAsset)
                {
                    return alt;
                }
            }

            return null;
        }

        /// <summary>The altcoins, in the order they are drawn from; weights roughly follow their open interest.</summary>
        public static IReadOnlyList<Instrument> Altcoins { get; } = new[]
        {
            new Instrument("ETH", "ETHUSDT", "ETH-USDT-SWAP", 3400m, 1.3m, 0.1m, 3, 2, 30),
            new Instrument("SOL", "SOLUSDT", "SOL-USDT-SWAP", 180m, 1.6m, 1m, 2, 3, 16),
            new Instrument("XRP", "XRPUSDT", "XRP-USDT-SWAP", 2.4m, 1.5m, 100m, 1, 4, 12),
            new Instrument("DOGE", "DOGEUSDT", "DOGE-USDT-SWAP", 0.32m, 1.8m, 1000m, 0, 5, 10),
            new Instrument("BNB", "BNBUSDT", "BNB-USDT-SWAP", 690m, 1.1m, 0.01m, 2, 2, 6),
            new Instrument("ADA", "ADAUSDT", "ADA-USDT-SWAP", 0.95m, 1.7m, 100m, 0, 4, 6),
            new Instrument("SUI", "SUIUSDT", "SUI-USDT-SWAP", 4.2m, 2.0m, 1m, 1, 4, 6),
            new Instrument("LINK", "LINKUSDT", "LINK-USDT-SWAP", 22m, 1.6m, 1m, 2, 3, 5),
            new Instrument("AVAX", "AVAXUSDT", "AVAX-USDT-SWAP", 38m, 1.7m, 1m, 2, 3, 5),
            new Instrument("LTC", "LTCUSDT", "LTC-USDT-SWAP", 110m, 1.4m, 1m, 3, 2, 4),
        };
    }
}
