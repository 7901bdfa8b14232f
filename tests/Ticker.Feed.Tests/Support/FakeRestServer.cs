using System;
using System.Collections.Concurrent;
using System.Linq;
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
    /// A venue's REST API on 127.0.0.1 and a port the OS picks (real Kestrel), answering each path as the test says
    /// and logging every request with the test clock's time when it arrived. A path with no answer set gets 404.
    /// </summary>
    internal sealed class FakeRestServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, Func<int, HttpContext, Task>> _answers = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
        private readonly Channel<(string PathAndQuery, long AtMs)> _requests = Channel.CreateUnbounded<(string, long)>();
        private readonly TimeProvider _clock;

        private FakeRestServer(WebApplication app, TimeProvider clock)
        {
            _app = app;
            _clock = clock;
        }

        /// <summary><c>http://127.0.0.1:port</c>: what the REST base-address options take.</summary>
        public Uri BaseUrl { get; private set; } = null!;

        public static async Task<FakeRestServer> StartAsync(TimeProvider clock)
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            WebApplication app = builder.Build();
            var server = new FakeRestServer(app, clock);
            app.Run(server.HandleAsync);
            await app.StartAsync();
            server.BaseUrl = new Uri("http://" + new Uri(app.Urls.Single()).Authority);
            return server;
        }

        /// <summary>Answers <paramref name="path"/> with 200 and <paramref name="body"/>.</summary>
        public void Answer(string path, string body) => Answer(path, (_, context) => Write(context, 200, body));

        /// <summary>Answers <paramref name="path"/>; the handler gets the 1-based number of the request to this path.</summary>
        public void Answer(string path, Func<int, HttpContext, Task> answer) => _answers[path] = answer;

        /// <summary>Never answers <paramref name="path"/>: the request is held until the client gives up.</summary>
        public void Hang(string path) => Answer(path, (_, context) => Task.Delay(Timeout.Infinite, context.RequestAborted));

        /// <summary>When true, a path with no answer set is never answered (a venue that accepts connections and stays silent).</summary>
        public bool HangByDefault { get; set; }

        /// <summary>The next request that arrived: path and query, and the test clock's time then.</summary>
        public async Task<(string PathAndQuery, long AtMs)> NextRequest() => await _requests.Reader.ReadAsync().AsTask().WaitAsync(FakeExchange.Guard);

        /// <summary>Requests received so far to <paramref name="path"/>.</summary>
        public int Count(string path) => _counts.TryGetValue(path, out int count) ? count : 0;

        public static async Task Write(HttpContext context, int status, string body, string? retryAfter = null, string? usedWeight = null)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            if (retryAfter is not null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            if (usedWeight is not null)
            {
                context.Response.Headers["X-MBX-USED-WEIGHT-1M"] = usedWeight;
            }

            await context.Response.WriteAsync(body);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        private async Task HandleAsync(HttpContext context)
        {
            string path = context.Request.Path.Value ?? "";
            int number = _counts.AddOrUpdate(path, 1, (_, count) => count + 1);
            _requests.Writer.TryWrite((path + context.Request.QueryString, _clock.GetUtcNow().ToUnixTimeMilliseconds()));
            if (_answers.TryGetValue(path, out Func<int, HttpContext, Task>? answer))
            {
                try
                {
                    await answer(number, context);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up on a hanging request.
                }

                return;
            }

            if (HangByDefault)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up.
                }

                return;
            }

            context.Response.StatusCode = 404;
        }
    }
}
