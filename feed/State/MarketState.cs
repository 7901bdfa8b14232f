using System.Threading;

namespace Ticker.Feed.State
{
    /// <summary>
    /// The latest readings the snapshot is made from, other than liquidations (which the aggregator keeps). Each
    /// is an immutable record swapped whole, so a reader never sees half of an update. Null = the feed has no
    /// such reading, and the snapshot omits the section.
    /// </summary>
    /// <remarks>
    /// For now nothing fills it but tests; the REST pollers (prices, open interest, funding, spot volumes), the risk
    /// score and the cascade detector will. They only set readings: the snapshot refresher picks changes up on its
    /// next tick.
    /// </remarks>
    public sealed class MarketState : IResettableState
    {
        private PriceReading? _price;
        private RiskReading? _risk;
        private SpotReading? _spot;
        private AlertReading? _alert;
        private LeverageInputs? _leverage;

        public PriceReading? Price
        {
            get => Volatile.Read(ref _price);
            set => Volatile.Write(ref _price, value);
        }

        public RiskReading? Risk
        {
            get => Volatile.Read(ref _risk);
            set => Volatile.Write(ref _risk, value);
        }

        public SpotReading? Spot
        {
            get => Volatile.Read(ref _spot);
            set => Volatile.Write(ref _spot, value);
        }

        public AlertReading? Alert
        {
            get => Volatile.Read(ref _alert);
            set => Volatile.Write(ref _alert, value);
        }

        /// <summary>Forgets every reading.</summary>
        public void Reset()
        {
            Price = null;
            Risk = null;
            Spot = null;
            Alert = null;
            Leverage = null;
        }

        /// <summary>The risk score's inputs (not a snapshot section itself: the scorer turns it into <see cref="Risk"/>).</summary>
        public LeverageInputs? Leverage
        {
            get => Volatile.Read(ref _leverage);
            set => Volatile.Write(ref _leverage, value);
        }
    }
}
