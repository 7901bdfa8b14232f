using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>
    /// A venue's websocket server on 127.0.0.1 and a port the OS picks (Kestrel with UseWebSockets), driven by the
    /// test: every accepted socket is handed over as a <see cref="FakeSocket"/> that the test reads, writes and closes.
    /// </summary>
    internal sealed class FakeExchange : IAsyncDisposable
    {
        /// <summary>Failure guard only: no test waits this long when things work.</summary>
        public static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

        private readonly WebApplication _app;
        private readonly Channel<FakeSocket> _accepted;

        private FakeExchange(WebApplication app, Channel<FakeSocket> accepted)
        {
            _app = app;
            _accepted = accepted;
            BaseUrl = new Uri("ws://" + new Uri(app.Urls.Single()).Authority);
        }

        /// <summary><c>ws://127.0.0.1:port</c>: what the connector's base-address option takes.</summary>
        public Uri BaseUrl { get; }

        public static async Task<FakeExchange> StartAsync()
        {
            Channel<FakeSocket> accepted = Channel.CreateUnbounded<FakeSocket>();
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            WebApplication app = builder.Build();
            app.UseWebSockets();
            app.Run(async context =>
            {
                if (!context.WebSockets.IsWebSocketRequest)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }

                using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
                var fake = new FakeSocket(socket, context.Request.Path + context.Request.QueryString);
                await accepted.Writer.WriteAsync(fake);
                await fake.PumpAsync(context.RequestAborted);
            });
            await app.StartAsync();
            return new FakeExchange(app, accepted);
        }

        /// <summary>The next connection the connector opens.</summary>
        public async Task<FakeSocket> AcceptAsync() => await _accepted.Reader.ReadAsync().AsTask().WaitAsync(Guard);

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>One accepted connection, seen from the exchange's side.</summary>
    internal sealed class FakeSocket
    {
        private readonly WebSocket _socket;
        private readonly Channel<string> _received = Channel.CreateUnbounded<string>();
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public FakeSocket(WebSocket socket, string pathAndQuery)
        {
            _socket = socket;
            PathAndQuery = pathAndQuery;
        }

        /// <summary>The request's path and query, as the connector asked for them.</summary>
        public string PathAndQuery { get; }

        /// <summary>Completes when the connection is over (closed by either side or aborted).</summary>
        public Task Ended => _ended.Task;

        /// <summary>The next text message the connector sent.</summary>
        public async Task<string> ReceiveAsync() => await _received.Reader.ReadAsync().AsTask().WaitAsync(FakeExchange.Guard);

        public Task SendAsync(string text) =>
            _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

        /// <summary>One text message sent as several websocket fragments, cut at the given lengths.</summary>
        public async Task SendFragmentsAsync(string text, params int[] cuts)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            int start = 0;
            foreach (int cut in cuts)
            {
                await _socket.SendAsync(bytes.AsMemory(start, cut - start), WebSocketMessageType.Text, endOfMessage: false, CancellationToken.None);
                start = cut;
            }

            await _socket.SendAsync(bytes.AsMemory(start), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }

        /// <summary>The exchange closes the connection (a normal close handshake from the server's side).</summary>
        public Task CloseAsync() => _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

        internal async Task PumpAsync(CancellationToken aborted)
        {
            byte[] buffer = new byte[64 * 1024];
            try
            {
                while (true)
                {
                    var text = new StringBuilder();
                    WebSocketReceiveResult result;
                    do
                    {
                        result = await _socket.ReceiveAsync(buffer, aborted);
                        text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                    }
                    while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    _received.Writer.TryWrite(text.ToString());
                }
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException)
            {
                // The connector dropped the socket: that is how a connection ends from its side.
            }
            finally
            {
                _received.Writer.TryComplete();
                _ended.TrySetResult();
            }
        }
    }
}
