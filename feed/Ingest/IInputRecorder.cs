using System;

namespace Ticker.Feed.Ingest
{
    /// <summary>
    /// Taps <see cref="FeedInput"/>: sees every input before it is parsed, with the receive time the feed used for it.
    /// One implementation writes recordings (<see cref="JsonLinesRecorder"/>); without <c>--record</c> it is
    /// <see cref="NullInputRecorder"/>.
    /// </summary>
    public interface IInputRecorder
    {
        /// <summary>One websocket text frame from <paramref name="source"/> received at <paramref name="receivedMs"/> (unix ms, feed clock).</summary>
        void RecordFrame(long receivedMs, string source, ReadOnlySpan<byte> frame);

        /// <summary>One REST response to <paramref name="url"/> received at <paramref name="receivedMs"/>.</summary>
        void RecordRest(long receivedMs, string url, int status, ReadOnlySpan<byte> body);
    }
}
