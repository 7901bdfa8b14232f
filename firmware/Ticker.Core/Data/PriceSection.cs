namespace Ticker.Data
{
    /// <summary>
    /// The snapshot's <c>price</c> section. Plain fields, not properties: the decoder refills one instance in place
    /// for every poll, so nothing is allocated per snapshot. <see cref="Value.Missing"/> marks an unknown number.
    /// </summary>
    public sealed class PriceSection
    {
        /// <summary>True when the snapshot had a <c>price</c> object (its fields may still be missing).</summary>
        public bool Present;

        /// <summary><c>price.usd</c> in US cents.</summary>
        public long UsdCents;

        /// <summary><c>price.chg24hPct</c> in hundredths of a percent (-2.35 % = -235).</summary>
        public long Chg24hPctE2;

        public PriceSection()
        {
            Clear();
        }

        /// <summary>Marks the section absent and every field unknown.</summary>
        public void Clear()
        {
            Present = false;
            UsdCents = Value.Missing;
            Chg24hPctE2 = Value.Missing;
        }
    }
}
