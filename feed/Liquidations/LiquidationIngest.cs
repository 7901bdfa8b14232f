using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Risk;
using Ticker.Feed.Sources;

namespace Ticker.Feed.Liquidations
{
    /// <summary>
    /// Where venue connectors hand their liquidation frames: the venue's parser reads the frame, the source's
    /// health is updated, and the events of every perpetual (<see cref="Perpetuals"/>: market-wide totals, dated
    /// futures and options left out) go to the aggregator, and those of the BTC perpetuals also to the risk score's
    /// <see cref="BtcPerpetualLiquidations"/>. Connectors only
    /// own sockets, subscriptions and pings; everything after the bytes is here.
    /// </summary>
    public sealed class LiquidationIngest
    {
        private readonly Dictionary<string, ILiquidationParser> _parsers = new(StringComparer.Ordinal);
        private readonly LiquidationAggregator _aggregator;
        private readonly SourceRegistry _sources;
        private readonly BtcPerpetualLiquidations? _btcPerpetuals;
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _live = new(StringComparer.Ordinal);

        public LiquidationIngest(IEnumerable<ILiquidationParser> parsers, LiquidationAggregator aggregator, SourceRegistry sources, BtcPerpetualLiquidations? btcPerpetuals = null)
        {
            ArgumentNullException.ThrowIfNull(parsers);
            foreach (ILiquidationParser parser in parsers)
            {
                _parsers.Add(parser.Venue, parser);
            }

            _aggregator = aggregator ?? throw new ArgumentNullException(nameof(aggregator));
            _sources = sources ?? throw new ArgumentNullException(nameof(sources));
            _btcPerpetuals = btcPerpetuals;
        }

        /// <summary>Venues with a parser.</summary>
        public IEnumerable<string> Venues => _parsers.Keys;

        /// <summary>Completes when <paramref name="venue"/>'s liquidation stream is first heard (at once if it has been).</summary>
        public Task WhenLive(string venue) => LiveSignal(venue).Task;

        /// <summary>
        /// Counts liquidations read from the venue's REST history (a backfill) as a frame's would be counted: the
        /// perpetuals only, to the aggregator (which drops the ones the stream already delivered) and the risk
        /// score's BTC hour; only those with an exchange time after <paramref name="afterMs"/>, where the backfill's
        /// coverage starts. The stream is not marked live by it: a REST answer says nothing of the socket.
        /// </summary>
        /// <returns>How many were counted, and how many were already known (duplicates) or outside what the feed keeps.</returns>
        public (int Added, int Known) AddBackfilled(string venue, IReadOnlyList<LiquidationEvent> events, long afterMs)
        {
            ArgumentNullException.ThrowIfNull(events);
            SourceHealth source = _sources.Register(venue);
            int added = 0, known = 0;
            foreach (LiquidationEvent liquidation in events)
            {
                if (liquidation.ExchangeTimeMs <= afterMs || !Perpetuals.Contains(liquidation.Venue, liquidation.Symbol))
                {
                    continue;
                }

                if (Count(source, liquidation))
                {
                    added++;
                }
                else
                {
                    known++;
                }
            }

            return (added, known);
        }

        /// <summary>
        /// Widens the venue's coverage back to <paramref name="sinceMs"/> (see
        /// <see cref="LiquidationAggregator.MarkVenueCoveredSince"/>), in the totals and the risk score's BTC hour alike.
        /// </summary>
        public void MarkCoveredSince(string venue, long sinceMs)
        {
            _aggregator.MarkVenueCoveredSince(venue, sinceMs);
            _btcPerpetuals?.MarkVenueCoveredSince(venue, sinceMs);
        }

        private TaskCompletionSource LiveSignal(string venue) =>
            _live.GetOrAdd(venue, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        private void Heard(string venue)
        {
            TaskCompletionSource signal = LiveSignal(venue);
            if (!signal.Task.IsCompleted)
            {
                signal.TrySetResult();
            }
        }

        /// <summary>
        /// Records that the venue's liquidation stream is live: a good frame of another stream on the same
        /// connection (Binance's mark prices, Bybit's trades) shows it is, though liquidations are quiet.
        /// </summary>
        public void MarkLive(string venue)
        {
            if (_parsers.ContainsKey(venue))
            {
                _aggregator.MarkVenueLive(venue);
                _btcPerpetuals?.MarkVenueLive(venue);
                Heard(venue);
            }
        }

        /// <summary>
        /// Reads one websocket text frame from <paramref name="venue"/>'s liquidation stream. Never throws on the
        /// frame's content; a well-formed frame (data or protocol) shows the source and its stream alive.
        /// </summary>
        /// <exception cref="ArgumentException">No parser for <paramref name="venue"/> (a wiring bug, not bad input).</exception>
        public FrameKind Accept(string venue, ReadOnlySpan<byte> frame)
        {
            if (!_parsers.TryGetValue(venue, out ILiquidationParser? parser))
            {
                throw new ArgumentException($"No liquidation parser for venue '{venue}'.", nameof(venue));
            }

            SourceHealth source = _sources.Register(venue);
            var events = new List<LiquidationEvent>();
            FrameKind kind = parser.Parse(frame, events, source.Parse);
            if (kind == FrameKind.Malformed)
            {
                return kind;
            }

            source.ReportGood();
            MarkLive(venue);
            foreach (LiquidationEvent liquidation in events)
            {
                if (Perpetuals.Contains(liquidation.Venue, liquidation.Symbol))
                {
                    Count(source, liquidation);
                }
            }

            return kind;
        }

        // One perpetual's liquidation into the totals and the risk score's BTC hour; false when the aggregator had it
        // already (a duplicate) or keeps no such time.
        private bool Count(SourceHealth source, LiquidationEvent liquidation)
        {
            bool counted = _aggregator.Add(liquidation) == AddResult.Added;
            source.CountEvent(counted);
            _btcPerpetuals?.Add(liquidation);
            return counted;
        }
    }
}
