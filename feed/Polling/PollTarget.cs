using System;

namespace Ticker.Feed.Polling
{
    /// <summary>One REST request a poller repeats: its URL and how often.</summary>
    /// <param name="Url">The full request URL (from <see cref="Rest.RestEndpoints"/>).</param>
    /// <param name="Every">Time between two requests when all goes well.</param>
    public sealed record PollTarget(string Url, TimeSpan Every);
}
