using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Ingest;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Sources;

namespace Ticker.Feed.Connectors
{
    /// <summary>
    /// One venue's liquidation stream, kept open for the life of the feed: connect, subscribe, hand every text frame
    /// to <see cref="IFeedInput"/>, send the venue's heartbeat, drop a socket that has gone quiet, and reconnect
    /// with backoff. Its source's health says what is happening: connecting, ok (via the ingest), stale, failing.
    /// </summary>
    /// <remarks>
    /// All timing (watchdog, heartbeat, backoff) runs on the injected <see cref="TimeProvider"/>: one periodic timer
    /// per connection checks silence and heartbeats, so tests drive it with a fake clock. Nothing here ever throws out
    /// of <see cref="ExecuteAsync"/>: a background service that faults would stop the whole feed, and a venue being
    /// down must only show in its health.
    /// </remarks>
    public sealed class WebSocketConnector : BackgroundService
    {
        /// <summary>How often the watchdog and heartbeat are checked: their resolution.</summary>
        public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);

        /// <summary>Largest frame read; venues send a few KiB. A bigger one is counted malformed and skipped.</summary>
        public const int MaxFrameBytes = 1 << 20;

        private readonly VenueProtocol _protocol;
        private readonly IFeedInput _input;
        private readonly SourceHealth _source;
        private readonly TimeProvider _time;
        private readonly TimeSpan _silence;
        private readonly ReconnectBackoff _backoff;
        private readonly IConnectorObserver _observer;
        private readonly ILogger _log;

        public WebSocketConnector(
            VenueProtocol protocol,
            IFeedInput input,
            SourceRegistry sources,
            TimeProvider time,
            TimeSpan silence,
            ReconnectBackoff backoff,
            IConnectorObserver observer,
            ILogger<WebSocketConnector> log)
        {
            _protocol = protocol ?? throw new ArgumentNullException(nameof(protocol));
            _input = input ?? throw new ArgumentNullException(nameof(input));
            ArgumentNullException.ThrowIfNull(sources);
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _silence = silence > TimeSpan.Zero ? silence : throw new ArgumentOutOfRangeException(nameof(silence));
            _backoff = backoff ?? throw new ArgumentNullException(nameof(backoff));
            _observer = observer ?? throw new ArgumentNullException(nameof(observer));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            // Registered now, so /healthz lists the venue from the start, not from its first frame.
            _source = sources.Register(protocol.Venue);
        }

        /// <summary>The venue this connector reads.</summary>
        public string Venue => _protocol.Venue;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var link = new Link(_time.GetUtcNow().ToUnixTimeMilliseconds());
                string reason;
                try
                {
                    _source.ReportConnecting();
                    reason = await RunConnectionAsync(link, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception error)
                {
                    // Refused, reset, TLS, DNS, a bad handshake status: all end in the same place, a failing source.
                    reason = Describe(error);
                }

                if (link.Delivered)
                {
                    _backoff.Reset();
                }

                _source.ReportFailure(reason);
                TimeSpan delay = _backoff.Next();
                _log.LogWarning("{Venue} connection ended: {Reason}. Reconnecting in {Delay} ms.", Venue, reason, (long)delay.TotalMilliseconds);
                // The delay's timer is armed before the observer hears of it: a test may advance its clock at once.
                Task wait = Task.Delay(delay, _time, stoppingToken);
                _observer.BackingOff(Venue, delay, reason);
                try
                {
                    await wait.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        /// <summary>One connection, from connect to its end; returns why it ended.</summary>
        private async Task<string> RunConnectionAsync(Link link, CancellationToken stoppingToken)
        {
            using var connection = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            using var socket = new ClientWebSocket();
            Channel<string> outbox = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
            // Started before connecting so that a handshake the server never answers is caught by the watchdog too.
            using (ITimer timer = _time.CreateTimer(_ => Check(link, outbox, connection), null, CheckEvery, CheckEvery))
            {
                try
                {
                    await socket.ConnectAsync(_protocol.Address, connection.Token).ConfigureAwait(false);
                    IReadOnlyList<string> subscriptions = _protocol.Subscriptions;
                    if (_protocol.Topics is not null && _protocol.SubscribeRequests is not null)
                    {
                        IReadOnlyList<string> topics = _protocol.Topics();
                        link.Topics.UnionWith(topics);
                        subscriptions = _protocol.SubscribeRequests(topics);
                    }

                    foreach (string subscription in subscriptions)
                    {
                        await SendAsync(socket, subscription, connection.Token).ConfigureAwait(false);
                    }

                    Volatile.Write(ref link.Open, 1);
                    _observer.Subscribed(Venue);
                    Task sender = SendLoopAsync(socket, outbox.Reader, connection.Token);
                    try
                    {
                        return await ReceiveLoopAsync(socket, link, connection.Token).ConfigureAwait(false);
                    }
                    finally
                    {
                        outbox.Writer.TryComplete();
                        await connection.CancelAsync().ConfigureAwait(false);
                        await sender.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    }
                }
                // Cancelling a receive aborts the socket; depending on where the read was, that surfaces as a
                // cancellation or as a WebSocketException. Either way the cause is the watchdog's, and says so.
                catch (Exception) when (!stoppingToken.IsCancellationRequested && Volatile.Read(ref link.Silent) != 0)
                {
                    return $"nothing received for {(long)_silence.TotalSeconds} s (an open socket that stays quiet is treated as dead)";
                }
            }
        }

        private async Task<string> ReceiveLoopAsync(ClientWebSocket socket, Link link, CancellationToken token)
        {
            byte[] buffer = new byte[16 * 1024];
            var message = new ArrayBufferWriter<byte>(16 * 1024);
            bool oversized = false;
            while (true)
            {
                ValueWebSocketReceiveResult received = await socket.ReceiveAsync(buffer.AsMemory(), token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return $"closed by the server ({socket.CloseStatus?.ToString() ?? "no status"}: {socket.CloseStatusDescription ?? ""})";
                }

                if (!oversized && message.WrittenCount + received.Count <= MaxFrameBytes)
                {
                    message.Write(buffer.AsSpan(0, received.Count));
                }
                else
                {
                    oversized = true;
                }

                if (!received.EndOfMessage)
                {
                    continue;
                }

                FrameKind kind;
                if (oversized)
                {
                    _source.Parse.CountMalformed($"{Venue}: frame over {MaxFrameBytes} bytes skipped");
                    kind = FrameKind.Malformed;
                }
                else
                {
                    // Binary frames go to the parser too: none of the venues sends them, so it counts them malformed.
                    kind = _input.AcceptFrame(_protocol.Input, message.WrittenSpan);
                }

                if (kind != FrameKind.Malformed)
                {
                    // Only understood frames keep the watchdog quiet: a stream of garbage is no proof of a live feed.
                    Interlocked.Exchange(ref link.LastFrameMs, _time.GetUtcNow().ToUnixTimeMilliseconds());
                    link.Delivered = true;
                }

                message.ResetWrittenCount();
                oversized = false;
                _observer.FrameHandled(Venue, kind);
            }
        }

        // One writer at a time: ClientWebSocket allows a single send alongside the single receive.
        private async Task SendLoopAsync(ClientWebSocket socket, ChannelReader<string> outbox, CancellationToken token)
        {
            await foreach (string text in outbox.ReadAllAsync(token).ConfigureAwait(false))
            {
                await SendAsync(socket, text, token).ConfigureAwait(false);
                if (text == _protocol.Ping)
                {
                    _observer.PingSent(Venue);
                }
            }
        }

        private static Task SendAsync(ClientWebSocket socket, string text, CancellationToken token) =>
            socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, token);

        /// <summary>The timer's tick: drop a quiet connection, or queue a heartbeat when one is due.</summary>
        private void Check(Link link, Channel<string> outbox, CancellationTokenSource connection)
        {
            try
            {
                long now = _time.GetUtcNow().ToUnixTimeMilliseconds();
                long lastFrame = Interlocked.Read(ref link.LastFrameMs);
                if (now - lastFrame >= (long)_silence.TotalMilliseconds)
                {
                    Volatile.Write(ref link.Silent, 1);
                    connection.Cancel();
                    return;
                }

                if (Volatile.Read(ref link.Open) != 0)
                {
                    SubscribeNewTopics(link, outbox);
                }

                if (Volatile.Read(ref link.Open) != 0 && Heartbeat.IsDue(_protocol, now, lastFrame, Interlocked.Read(ref link.LastPingMs)))
                {
                    Interlocked.Exchange(ref link.LastPingMs, now);
                    outbox.Writer.TryWrite(_protocol.Ping!);
                }
            }
            catch (ObjectDisposedException)
            {
                // A tick racing the end of its connection: nothing left to check.
            }
        }

        // Topics that joined the venue's list (Bybit's most traded symbols, read after the connection opened) are
        // subscribed on the open connection rather than waiting for a reconnect.
        private void SubscribeNewTopics(Link link, Channel<string> outbox)
        {
            if (_protocol.Topics is null || _protocol.SubscribeRequests is null)
            {
                return;
            }

            var added = new List<string>();
            lock (link.Topics)
            {
                foreach (string topic in _protocol.Topics())
                {
                    if (link.Topics.Add(topic))
                    {
                        added.Add(topic);
                    }
                }
            }

            if (added.Count > 0)
            {
                foreach (string request in _protocol.SubscribeRequests(added))
                {
                    outbox.Writer.TryWrite(request);
                }
            }
        }

        private static string Describe(Exception error) =>
            error is WebSocketException { InnerException: { } inner } ? $"{error.Message} ({inner.Message})" : $"{error.GetType().Name}: {error.Message}";

        /// <summary>One connection's shared state between the receive loop and the timer.</summary>
        private sealed class Link
        {
            public long LastFrameMs;
            public long LastPingMs;
            public int Open;
            public int Silent;
            public bool Delivered;

            /// <summary>Topics subscribed on this connection (venues with <see cref="VenueProtocol.Topics"/>).</summary>
            public readonly HashSet<string> Topics = new(StringComparer.Ordinal);

            public Link(long startMs)
            {
                // Silence and heartbeats count from the attempt's start.
                LastFrameMs = startMs;
                LastPingMs = startMs;
            }
        }
    }
}
