using System;
using System.Collections.Generic;

namespace Ticker.Feed.Liquidations.Parsers
{
    /// <summary>
    /// Contract values of the OKX instruments whose liquidations are read, by <c>instId</c>. OKX sizes are in
    /// contracts, so an instrument missing here cannot be priced; its liquidations are skipped and counted.
    /// </summary>
    /// <remarks>
    /// Immutable: a REST poll of the instruments endpoint (not built yet) will make a new table and swap it in.
    /// </remarks>
    public sealed class OkxContractTable
    {
        private readonly Dictionary<string, OkxContract> _contracts;

        public OkxContractTable(IReadOnlyDictionary<string, OkxContract> contracts)
        {
            ArgumentNullException.ThrowIfNull(contracts);
            _contracts = new Dictionary<string, OkxContract>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, OkxContract> pair in contracts)
            {
                if (pair.Value.CtVal <= 0m)
                {
                    throw new ArgumentException($"OKX contract value of {pair.Key} must be positive.", nameof(contracts));
                }

                _contracts[pair.Key] = pair.Value;
            }
        }

        /// <summary>
        /// The BTC swaps' values as OKX lists them (instruments endpoint, 2026): until the instruments poll exists,
        /// these are what the feed counts OKX liquidations with.
        /// </summary>
        public static OkxContractTable BtcSwaps { get; } = new(new Dictionary<string, OkxContract>
        {
            ["BTC-USDT-SWAP"] = new OkxContract(0.01m, "BTC"),
            ["BTC-USD-SWAP"] = new OkxContract(100m, "USD"),
        });

        public int Count => _contracts.Count;

        public bool TryGet(string instId, out OkxContract contract) =>
            _contracts.TryGetValue(instId, out contract!);
    }
}
