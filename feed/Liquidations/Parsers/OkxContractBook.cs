using System;
using System.Threading;
using System.Threading.Tasks;

namespace Ticker.Feed.Liquidations.Parsers
{
    /// <summary>
    /// The OKX contract table in use. It starts with a shipped table (the fallback) and is replaced whole when the
    /// instruments list (<c>/api/v5/public/instruments?instType=SWAP</c>) is read, at start and daily; a reader
    /// always sees one complete table.
    /// </summary>
    public sealed class OkxContractBook
    {
        private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private OkxContractTable _current;

        public OkxContractBook(OkxContractTable fallback)
        {
            Fallback = fallback ?? throw new ArgumentNullException(nameof(fallback));
            _current = fallback;
        }

        /// <summary>The shipped table, used until the instruments list is read and merged under it afterwards.</summary>
        public OkxContractTable Fallback { get; }

        /// <summary>Completes when a table read from the instruments list first replaces the shipped one.</summary>
        public Task Loaded => _loaded.Task;

        public OkxContractTable Current
        {
            get => Volatile.Read(ref _current);
            set
            {
                Volatile.Write(ref _current, value ?? throw new ArgumentNullException(nameof(value)));
                _loaded.TrySetResult();
            }
        }
    }
}
