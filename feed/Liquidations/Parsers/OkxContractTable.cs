using System;
using System.Collections.Generic;

namespace Ticker.Feed.Liquidations.Parsers
{
    /// <summary>
    /// Contract values of the OKX instruments whose liquidations are read, by <c>instId</c>. OKX sizes are in
    /// contracts, so an instrument missing here cannot be priced; its liquidations are skipped and counted.
    /// </summary>
    /// <remarks>
    /// Immutable: the instruments poll makes a new table and swaps it into the <see cref="OkxContractBook"/>.
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
        /// The BTC swaps' values as OKX lists them (instruments endpoint, 2026): the fallback until the instruments
        /// list has been read, and kept under it for instruments the list leaves out.
        /// </summary>
        public static OkxContractTable BtcSwaps { get; } = new(new Dictionary<string, OkxContract>
        {
            ["BTC-USDT-SWAP"] = new OkxContract(0.01m, "BTC"),
            ["BTC-USD-SWAP"] = new OkxContract(100m, "USD"),
        });

        public int Count => _contracts.Count;

        /// <summary>A new table: this one's entries, replaced or added to by <paramref name="newer"/>.</summary>
        public OkxContractTable MergedWith(IReadOnlyDictionary<string, OkxContract> newer)
        {
            ArgumentNullException.ThrowIfNull(newer);
            var merged = new Dictionary<string, OkxContract>(_contracts, StringComparer.Ordinal);
            foreach (KeyValuePair<string, OkxContract> pair in newer)
            {
                merged[pair.Key] = pair.Value;
            }

            return new OkxContractTable(merged);
        }

        public bool TryGet(string instId, out OkxContract contract) =>
            _contracts.TryGetValue(instId, out contract!);
    }
}
