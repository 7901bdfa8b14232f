namespace Ticker.Feed.Liquidations
{
    /// <summary>How a frame carrying a batch of items is classed, the same for every venue's stream.</summary>
    internal static class FrameBatch
    {
        /// <summary>
        /// Malformed only when the batch had items and every one was malformed: the good items of a batch with bad
        /// ones are kept (and the bad ones counted), and an empty array is a well-formed, if odd, batch.
        /// </summary>
        public static FrameKind Kind(int items, int malformed) =>
            items > 0 && malformed == items ? FrameKind.Malformed : FrameKind.Data;
    }
}
