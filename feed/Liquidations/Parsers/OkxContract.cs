namespace Ticker.Feed.Liquidations.Parsers
{
    /// <summary>
    /// One OKX instrument's contract value, as <c>/api/v5/public/instruments</c> gives it: <c>ctVal</c> units of
    /// <c>ctValCcy</c> per contract (0.01 BTC for BTC-USDT-SWAP, 100 USD for BTC-USD-SWAP).
    /// </summary>
    /// <param name="CtVal">Contract value, positive.</param>
    /// <param name="CtValCcy">Its currency: the base coin for USDT/USDC-margined swaps, USD for coin-margined ones.</param>
    public sealed record OkxContract(decimal CtVal, string CtValCcy)
    {
        /// <summary>True when a contract is worth a fixed USD amount (coin-margined, <c>-USD-SWAP</c>), so no price is needed.</summary>
        public bool ValueInUsd => CtValCcy == "USD";
    }
}
