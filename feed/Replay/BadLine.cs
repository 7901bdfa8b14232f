namespace Ticker.Feed.Replay
{
    /// <summary>A line of a recording that was skipped, and why.</summary>
    public sealed record BadLine(int Line, string Reason);
}
