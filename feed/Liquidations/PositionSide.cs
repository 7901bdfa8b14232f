namespace Ticker.Feed.Liquidations
{
    /// <summary>
    /// The side of the position that was force-closed. Venues report the order side or the position side, and not
    /// the same way (shared notes, market-data.md, trap 3); every parser turns its venue's convention into this.
    /// </summary>
    public enum PositionSide
    {
        /// <summary>A long position was liquidated (the liquidation engine sold).</summary>
        Long = 1,

        /// <summary>A short position was liquidated (the liquidation engine bought).</summary>
        Short = 2,
    }
}
