using System;
using System.Collections.Generic;
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
            _aggregator.MarkVenueLive(venue);
            _btcPerpetuals?.MarkVenueLive(venue);
            foreach (LiquidationEvent liquidation in events)
            {
                if (Perpetuals.Contains(liquidation.Venue, liquidation.Symbol))
                {
                    source.CountEvent(_aggregator.Add(liquidation) == AddResult.Added);
                    _btcPerpetuals?.Add(liquidation);
                }
            }

            return kind;
        }
    }
}
