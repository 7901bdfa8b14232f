using System;
using System.Collections.Generic;
using System.Threading;
using Ticker.Feed.Settings;
using Ticker.Feed.State;

namespace Ticker.Feed.Sources
{
    /// <summary>
    /// The exchange sources the feed reads, in the order they were registered: the snapshot lists <c>sources</c> in
    /// this stable order, which the device keeps on screen. A source appears once something registers it (its
    /// connector starting, or its first frame), so a feed that reads nothing from a venue does not claim it.
    /// </summary>
    public sealed class SourceRegistry : IResettableState
    {
        private readonly TimeProvider _time;
        private readonly Lock _gate = new();
        private readonly List<SourceHealth> _ordered = new();
        private readonly Dictionary<string, SourceHealth> _byId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TimeSpan> _expectedEvery = new(StringComparer.Ordinal);

        public SourceRegistry(TimeProvider time, FeedSettings settings)
        {
            _time = time ?? throw new ArgumentNullException(nameof(time));
            StaleAfter = TimeSpan.FromSeconds(settings.StaleAfterSeconds);
        }

        /// <summary>How long a source may go without good data and still be ok (<c>--stale-after</c>).</summary>
        public TimeSpan StaleAfter { get; }

        /// <summary>
        /// Says that <paramref name="id"/> delivers at least every <paramref name="period"/> (a REST poll's period):
        /// it then counts as stale only after twice that, if that is longer than <see cref="StaleAfter"/>. A venue
        /// polled every 5 minutes is not stale between two good polls. The shortest period given for an id wins.
        /// </summary>
        public void ExpectAtLeastEvery(string id, TimeSpan period)
        {
            ArgumentException.ThrowIfNullOrEmpty(id);
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
            lock (_gate)
            {
                _expectedEvery[id] = _expectedEvery.TryGetValue(id, out TimeSpan known) && known < period ? known : period;
            }
        }

        /// <summary>How long <paramref name="id"/> may go without good data and still be ok.</summary>
        public TimeSpan StaleAfterFor(string id)
        {
            lock (_gate)
            {
                return _expectedEvery.TryGetValue(id, out TimeSpan every) && every * 2 > StaleAfter ? every * 2 : StaleAfter;
            }
        }

        /// <summary>The source with this id, registering it first if needed.</summary>
        /// <exception cref="ArgumentException">The id breaks the contract's exchange-id rule.</exception>
        public SourceHealth Register(string id)
        {
            if (!ExchangeIdRules.IsValid(id))
            {
                throw new ArgumentException($"'{id}' is not an exchange id: lowercase a-z, 0-9, '_' or '-', 1-24 characters.", nameof(id));
            }

            lock (_gate)
            {
                if (!_byId.TryGetValue(id, out SourceHealth? source))
                {
                    source = new SourceHealth(id, _time);
                    _byId.Add(id, source);
                    _ordered.Add(source);
                }

                return source;
            }
        }

        /// <summary>
        /// Every source back to "never heard from". Sources stay registered, in their order (parts of the feed keep
        /// their <see cref="SourceHealth"/>), and their parse counters keep counting: they describe the feed, not the market.
        /// </summary>
        public void Reset()
        {
            foreach (SourceHealth source in All())
            {
                source.ResetState();
            }
        }

        /// <summary>Every source, in registration order.</summary>
        public IReadOnlyList<SourceHealth> All()
        {
            lock (_gate)
            {
                return _ordered.ToArray();
            }
        }

        /// <summary>Every source's status at <paramref name="nowMs"/>, in registration order.</summary>
        public IReadOnlyList<SourceStatus> StatusAt(long nowMs)
        {
            IReadOnlyList<SourceHealth> all = All();
            var statuses = new SourceStatus[all.Count];
            for (int i = 0; i < statuses.Length; i++)
            {
                statuses[i] = all[i].StatusAt(nowMs, StaleAfterFor(all[i].Id));
            }

            return statuses;
        }
    }
}
