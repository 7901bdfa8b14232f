using System;
using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Ingest
{
    /// <summary>
    /// The one door every byte the feed receives from an exchange goes through: the live websocket connectors and
    /// REST pollers call it, the recorder taps it, and replay calls it with the feed's clock set to each record's
    /// receive time. So live and replayed data run the very same parsing and aggregation code.
    /// </summary>
    /// <remarks>The receive time is the feed's <see cref="TimeProvider"/> at the call. Never throws on content.</remarks>
    public interface IFeedInput
    {
        /// <summary>One websocket text frame from <paramref name="source"/>, one of <see cref="InputSources"/>' websocket names.</summary>
        FrameKind AcceptFrame(string source, ReadOnlySpan<byte> frame);

        /// <summary>One REST response: the full request URL, the HTTP status and the body as received.</summary>
        void AcceptRest(string url, int status, ReadOnlySpan<byte> body);
    }
}
