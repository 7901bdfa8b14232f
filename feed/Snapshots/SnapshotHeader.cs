namespace Ticker.Feed.Snapshots
{
    /// <summary>The members every snapshot starts with.</summary>
    /// <param name="Seq"><c>seq</c>.</param>
    /// <param name="AsOf"><c>asOf</c>, unix seconds.</param>
    /// <param name="WaitMax"><c>waitMax</c>, seconds; null when the feed holds no long-polls.</param>
    /// <param name="Asset"><c>asset</c>; version 1 serves BTC only.</param>
    internal readonly record struct SnapshotHeader(long Seq, long AsOf, int? WaitMax, string Asset = "BTC");
}
