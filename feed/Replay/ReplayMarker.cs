namespace Ticker.Feed.Replay
{
    /// <summary>A named moment of a scenario, for the emulator's timeline: simulated ms since the recording's start.</summary>
    public sealed record ReplayMarker(long AtMs, string Label);
}
