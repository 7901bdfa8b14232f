using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ticker.Emulator.Feed;

namespace Ticker.Benchmarks.AlertLatency
{
    /// <summary>
    /// Binance USD-M's market stream on 127.0.0.1 and a port the OS picks (Kestrel with UseWebSockets): it accepts
    /// the feed's connection, whatever route it asks for, and sends what the harness gives it, one text message each.
    /// </summary>
    public sealed class FakeBinanceStream : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly TaskCompletionSource<WebSocket> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly SemaphoreSlim _sending = new(1, 1);

        private FakeBinanceStream(WebApplication app)
        {
            _app = app;
        }

        /// <summary><c>ws://127.0.0.1:port</c>: what <c>--binance-url</c> takes.</summary>
        public Uri BaseUrl => new("ws://" + new Uri(_app.Urls.Single()).Authority);

        /// <summary>Completes with the feed's connection once it is open.</summary>
        public Task<WebSocket> Connected => _connected.Task;

        public static async Task<FakeBinanceStream> StartAsync()
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
            WebApplication app = builder.Build();
            var stream = new FakeBinanceStream(app);
            app.UseWebSockets();
            app.Run(stream.AcceptAsync);
            await app.StartAsync().ConfigureAwait(false);
            return stream;
        }

        /// <summary>Sends one text message on the open connection.</summary>
        public async Task SendAsync(string text)
        {
            WebSocket socket = await Connected.ConfigureAwait(false);
            await _sending.WaitAsync().ConfigureAwait(false);
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                _sending.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            _stopping.TrySetResult();
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _sending.Dispose();
        }

        private async Task AcceptAsync(HttpContext context)
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            if (!_connected.TrySetResult(socket))
            {
                // One connection is what the benchmark measures; a reconnect would mean the link broke mid-run.
                await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "one connection only", CancellationToken.None).ConfigureAwait(false);
                return;
            }

            // Binance sends nothing the feed must answer; the socket answers the feed's pings by itself. Keep the
            // request (and so the socket) open until the benchmark ends or the feed goes away.
            await Task.WhenAny(_stopping.Task, Task.Delay(Timeout.Infinite, context.RequestAborted)).ConfigureAwait(false);
        }
    }
}
