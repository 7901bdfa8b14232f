using System.Collections.Generic;
using Ticker.Feed.Alerts;
using Ticker.Feed.State;

namespace Ticker.Feed.Replay
{
    /// <summary>What a fast replay ends with.</summary>
    /// <param name="Snapshot">The final snapshot body, exactly what GET /v1/snapshot would serve.</param>
    /// <param name="AlertsJson">The alert history as GET /v1/alerts?since=0 writes it.</param>
    /// <param name="Alerts">The same history as records.</param>
    /// <param name="Seq">The final snapshot's seq.</param>
    /// <param name="Records">Records handed to the feed.</param>
    /// <param name="BadLines">Lines skipped.</param>
    /// <param name="Ticks">Refresh ticks run.</param>
    /// <param name="StartMs">The first record's time, unix ms.</param>
    /// <param name="EndMs">The final tick's time, unix ms.</param>
    /// <param name="Market">The feed's readings at the end (price, spot, leverage inputs, risk), some of which the byte budget may shed from the snapshot.</param>
    public sealed record ReplayResult(
        byte[] Snapshot, string AlertsJson, IReadOnlyList<AlertTransition> Alerts, long Seq, long Records, int BadLines, long Ticks, long StartMs, long EndMs, MarketState Market);
}
