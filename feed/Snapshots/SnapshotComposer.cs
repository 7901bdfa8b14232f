using System;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Sources;
using Ticker.Feed.State;

namespace Ticker.Feed.Snapshots
{
    /// <summary>Gathers what the feed knows at one instant into a <see cref="SnapshotContent"/>.</summary>
    public sealed class SnapshotComposer
    {
        private readonly MarketState _market;
        private readonly LiquidationAggregator _liquidations;
        private readonly SourceRegistry _sources;

        public SnapshotComposer(MarketState market, LiquidationAggregator liquidations, SourceRegistry sources)
        {
            _market = market ?? throw new ArgumentNullException(nameof(market));
            _liquidations = liquidations ?? throw new ArgumentNullException(nameof(liquidations));
            _sources = sources ?? throw new ArgumentNullException(nameof(sources));
        }

        /// <summary>The content as of <paramref name="asOfMs"/> (unix milliseconds): every window ends there.</summary>
        public SnapshotContent Compose(long asOfMs) => new(
            Price: _market.Price,
            Risk: _market.Risk,
            Liq: _liquidations.Totals(asOfMs),
            Spot: _market.Spot,
            Alert: _market.Alert,
            Sources: _sources.StatusAt(asOfMs));
    }
}
