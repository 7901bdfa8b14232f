namespace Ticker.Feed.Replay
{
    /// <summary>One line of a recording: what the feed received, when, and from where.</summary>
    /// <param name="Line">The line number in the file, from 1 (for messages about it).</param>
    /// <param name="TimeMs">Receive time, unix milliseconds (<c>t</c>).</param>
    /// <param name="Source">One of <see cref="Ingest.InputSources"/> (<c>src</c>).</param>
    /// <param name="Url">For REST: the full request URL; else null.</param>
    /// <param name="Status">For REST: the HTTP status; else 0.</param>
    /// <param name="Payload">The bytes the socket or the HTTP body delivered: <c>data</c> as JSON text, or the string itself when <c>data</c> is a string.</param>
    public sealed record RecordedInput(int Line, long TimeMs, string Source, string? Url, int Status, byte[] Payload);
}
