namespace Ticker.Data
{
    /// <summary>
    /// Liquidated notional over one time window (<c>liq.m5</c>, <c>h1</c>, <c>h4</c>, <c>h24</c>), in whole US dollars.
    /// Plain fields, refilled in place; <see cref="Value.Missing"/> marks an unknown amount.
    /// </summary>
    public sealed class LiqWindow
    {
        /// <summary>USD of long positions liquidated.</summary>
        public long Long;

        /// <summary>USD of short positions liquidated.</summary>
        public long Short;

        public LiqWindow()
        {
            Clear();
        }

        /// <summary>Marks both amounts unknown.</summary>
        public void Clear()
        {
            Long = Value.Missing;
            Short = Value.Missing;
        }
    }
}
