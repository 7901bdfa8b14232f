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

        /// <summary>
        /// The part of <see cref="Long"/> on BTC perpetuals (<c>btcLong</c>, given for <c>h1</c> and <c>h24</c>); the
        /// rest is altcoins. <see cref="Value.Missing"/> when absent.
        /// </summary>
        public long BtcLong;

        /// <summary>The part of <see cref="Short"/> on BTC perpetuals (<c>btcShort</c>).</summary>
        public long BtcShort;

        /// <summary>
        /// <c>coveredS</c>: seconds of the window the venues covered when less than its span (a feed younger than the
        /// window, a venue's gap); the amounts are over that latest part. <see cref="Value.Missing"/>: the whole span.
        /// </summary>
        public long CoveredS;

        public LiqWindow()
        {
            Clear();
        }

        /// <summary>Marks every amount unknown.</summary>
        public void Clear()
        {
            Long = Value.Missing;
            Short = Value.Missing;
            BtcLong = Value.Missing;
            BtcShort = Value.Missing;
            CoveredS = Value.Missing;
        }
    }
}
