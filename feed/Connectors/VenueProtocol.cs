using System;
using System.Collections.Generic;

namespace Ticker.Feed.Connectors
{
    /// <summary>
    /// What differs between venues on the wire: where to connect, what to send once connected, and which heartbeat
    /// keeps the server from dropping the connection. Everything else (reading, watchdog, backoff, health) is shared
    /// by <see cref="WebSocketConnector"/>.
    /// </summary>
    /// <param name="Venue">Exchange id: the source whose health the connection reports.</param>
    /// <param name="Input">The input source name frames are handed to <see cref="Ingest.IFeedInput"/> with (<see cref="Ingest.InputSources"/>).</param>
    /// <param name="Address">Full websocket address: the configured base plus the venue's path and query.</param>
    /// <param name="Subscriptions">Text messages sent in order right after connecting; empty when the URL subscribes.</param>
    /// <param name="Ping">The venue's application-level ping text, or null when the server pings (Binance).</param>
    /// <param name="PingEvery">How often a ping is due.</param>
    /// <param name="PingOnlyWhenQuiet">
    /// True: ping only after <paramref name="PingEvery"/> with nothing received (OKX's "send ping when quiet");
    /// false: ping on a fixed period whatever arrives (Bybit's "every 20 s").
    /// </param>
    public sealed record VenueProtocol(
        string Venue,
        string Input,
        Uri Address,
        IReadOnlyList<string> Subscriptions,
        string? Ping,
        TimeSpan PingEvery,
        bool PingOnlyWhenQuiet)
    {
        /// <summary>
        /// For a venue subscribed topic by topic (Bybit): the topics wanted now. When set, each connection subscribes
        /// to these (not <see cref="Subscriptions"/>), and topics that appear while it is open are subscribed on it.
        /// </summary>
        public Func<IReadOnlyList<string>>? Topics { get; init; }

        /// <summary>The subscribe requests for some topics (with <see cref="Topics"/>).</summary>
        public Func<IReadOnlyList<string>, IReadOnlyList<string>>? SubscribeRequests { get; init; }
    }
}
