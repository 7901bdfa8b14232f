namespace Ticker.Data
{
    /// <summary>
    /// One decoded feed snapshot (GET /v1/snapshot, see docs/metrics-endpoint.md), in device units: whole USD, price
    /// in cents, percentages in hundredths (funding in ten-thousandths), ratios in thousandths.
    /// Every number the feed did not give is <see cref="Value.Missing"/>, never 0, so the screen can show a dash.
    /// </summary>
    /// <remarks>
    /// Plain public fields rather than properties: this is a data holder that <see cref="SnapshotDecoder"/> refills in
    /// place on every poll, with every section and array allocated once here, so a steady poll loop allocates nothing.
    /// Keep two instances and swap them after a successful decode if the screen must keep the last good one.
    /// </remarks>
    public sealed class Snapshot
    {
        /// <summary>Capacity of <see cref="Sources"/>.</summary>
        public const int SourceCapacity = 8;

        /// <summary><c>v</c>: the contract version; 1 after a successful decode.</summary>
        public long Version;

        /// <summary><c>seq</c>: grows with every new snapshot the feed makes.</summary>
        public long Seq;

        /// <summary><c>asOf</c>: when the feed made the snapshot, unix seconds.</summary>
        public long AsOf;

        /// <summary><c>asset</c>, e.g. "BTC"; null when absent.</summary>
        public string Asset;

        /// <summary><c>waitMax</c>: the longest long-poll the feed will hold, seconds; Missing = no long-poll support.</summary>
        public long WaitMax;

        /// <summary>The <c>price</c> section.</summary>
        public readonly PriceSection Price;

        /// <summary>The <c>risk</c> section.</summary>
        public readonly RiskSection Risk;

        /// <summary>The <c>liq</c> section.</summary>
        public readonly LiqSection Liq;

        /// <summary>The <c>spot</c> section.</summary>
        public readonly SpotSection Spot;

        /// <summary>The <c>alert</c> section.</summary>
        public readonly AlertSection Alert;

        /// <summary>The <c>sources</c> entries in the order the feed listed them; the first <see cref="SourceCount"/> are set.</summary>
        public readonly SourceEntry[] Sources;

        /// <summary>How many entries of <see cref="Sources"/> are set.</summary>
        public int SourceCount;

        public Snapshot()
        {
            Price = new PriceSection();
            Risk = new RiskSection();
            Liq = new LiqSection();
            Spot = new SpotSection();
            Alert = new AlertSection();
            Sources = new SourceEntry[SourceCapacity];
            for (int i = 0; i < Sources.Length; i++)
            {
                Sources[i] = new SourceEntry();
            }

            Clear();
        }

        /// <summary>Forgets everything: every number Missing, every section absent, the alert level None.</summary>
        public void Clear()
        {
            Version = Value.Missing;
            Seq = Value.Missing;
            AsOf = Value.Missing;
            Asset = null;
            WaitMax = Value.Missing;
            Price.Clear();
            Risk.Clear();
            Liq.Clear();
            Spot.Clear();
            Alert.Clear();
            ClearSources();
        }

        /// <summary>Empties <see cref="Sources"/>.</summary>
        public void ClearSources()
        {
            for (int i = 0; i < Sources.Length; i++)
            {
                Sources[i].Clear();
            }

            SourceCount = 0;
        }
    }
}
