using System.Collections.Generic;

namespace Ticker.Feed.Replay
{
    /// <summary>A served replay's state, as <c>GET /v1/replay</c> writes it.</summary>
    /// <param name="File">The recording's name (the scenario's, e.g. <c>seed-dip</c>).</param>
    /// <param name="PositionMs">Simulated ms since the recording's start that the feed has reached.</param>
    /// <param name="DurationMs">From the first to the last record, simulated ms.</param>
    /// <param name="StartUnixMs">The first record's receive time.</param>
    /// <param name="Speed">Simulated seconds per wall-clock second.</param>
    /// <param name="Paused">Whether simulated time stands still.</param>
    /// <param name="Loop">Whether a new pass starts at the end.</param>
    /// <param name="Pass">The pass being played, from 1 (each loop or restart adds one).</param>
    /// <param name="Ended">Whether this pass reached the end (without --loop the final state stays served).</param>
    /// <param name="Markers">The scenario's named moments, when its recording has a markers sidecar.</param>
    public sealed record ReplayStatus(
        string File, long PositionMs, long DurationMs, long StartUnixMs, double Speed, bool Paused, bool Loop, int Pass, bool Ended, IReadOnlyList<ReplayMarker> Markers);
}
