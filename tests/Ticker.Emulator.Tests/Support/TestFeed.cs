using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ticker.Emulator.Tests.Support
{
    /// <summary>
    /// A feed the test controls: Kestrel on 127.0.0.1 and a free port, serving one of the documented example
    /// snapshots (docs/examples) by the contract's rules (ETag = seq, 304 on If-None-Match, a long-poll held until
    /// the test switches the snapshot), an alert history that follows the switch, and no replay API (404).
    /// </summary>
    public sealed class TestFeed : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly object _lock = new();
        private string _json;
        private string _etag;
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private string _alerts = "{\"transitions\":[]}";

        private TestFeed(WebApplication app, string json)
        {
            _app = app;
            _json = json;
            _etag = ETagOf(json);
        }

        public Uri Address => new(_app.Urls.Single());

        /// <summary>Snapshot requests answered so far.</summary>
        public int Requests;

        /// <summary>With a replay: GET/POST /v1/replay as docs/scenarios.md describes it, kept in <see cref="Replay"/>.</summary>
        public ReplayState? Replay { get; private set; }

        /// <summary>The bodies POSTed to /v1/replay, in order.</summary>
        public ConcurrentQueue<string> ReplayCommands { get; } = new();

        public static async Task<TestFeed> StartAsync(string example, ReplayState? replay = null)
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            WebApplication app = builder.Build();
            var feed = new TestFeed(app, Example(example)) { Replay = replay };
            if (replay != null)
            {
                app.MapGet("/v1/replay", () => Results.Json(feed.Replay, JsonSerializerOptions.Web));
                app.MapPost("/v1/replay", async (HttpContext http) =>
                {
                    using var reader = new StreamReader(http.Request.Body);
                    string body = await reader.ReadToEndAsync();
                    feed.ReplayCommands.Enqueue(body);
                    using JsonDocument doc = JsonDocument.Parse(body);
                    ReplayState state = feed.Replay!;
                    if (doc.RootElement.TryGetProperty("paused", out JsonElement paused))
                    {
                        state = state with { Paused = paused.GetBoolean() };
                    }

                    if (doc.RootElement.TryGetProperty("speed", out JsonElement speed))
                    {
                        state = state with { Speed = speed.GetDouble() };
                    }

                    if (doc.RootElement.TryGetProperty("restart", out _))
                    {
                        state = state with { PositionMs = 0, Pass = state.Pass + 1 };
                    }

                    feed.Replay = state;
                    return Results.Json(state, JsonSerializerOptions.Web);
                });
            }

            app.MapGet("/v1/snapshot", feed.Snapshot);
            app.MapGet("/v1/alerts", () => Results.Text(feed._alerts, "application/json"));
            await app.StartAsync();
            return feed;
        }

        /// <summary>docs/examples/snapshot-&lt;name&gt;.json.</summary>
        public static string Example(string name) => File.ReadAllText(RepoPaths.Of("docs", "examples", "snapshot-" + name + ".json")).Trim();

        /// <summary>Serves another example from now on and answers the long-polls held.</summary>
        public void Serve(string example, string? alertsJson = null) => ServeJson(Example(example), alertsJson);

        /// <summary>Serves this snapshot JSON from now on and answers the long-polls held.</summary>
        public void ServeJson(string json, string? alertsJson = null)
        {
            TaskCompletionSource changed;
            lock (_lock)
            {
                _json = json;
                _etag = ETagOf(_json);
                _alerts = alertsJson ?? _alerts;
                changed = _changed;
                _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            changed.TrySetResult();
        }

        public async ValueTask DisposeAsync()
        {
            lock (_lock)
            {
                _changed.TrySetResult();
            }

            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        private async Task Snapshot(HttpContext http)
        {
            Interlocked.Increment(ref Requests);
            string ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
            Task changed;
            lock (_lock)
            {
                changed = _changed.Task;
            }

            if (ifNoneMatch.Length > 0 && ifNoneMatch == CurrentETag() && int.TryParse(http.Request.Query["wait"], out int wait) && wait > 0)
            {
                try
                {
                    await changed.WaitAsync(TimeSpan.FromSeconds(wait), http.RequestAborted);
                }
                catch (TimeoutException)
                {
                    // The hold ran out: 304 below.
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            string json;
            string etag;
            lock (_lock)
            {
                json = _json;
                etag = _etag;
            }

            http.Response.Headers.ETag = etag;
            http.Response.Headers.CacheControl = "no-cache";
            if (ifNoneMatch == etag)
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(json);
        }

        private string CurrentETag()
        {
            lock (_lock)
            {
                return _etag;
            }
        }

        private static string ETagOf(string json)
        {
            int at = json.IndexOf("\"seq\":", StringComparison.Ordinal) + 6;
            int end = json.IndexOf(',', at);
            return "\"" + json[at..end] + "\"";
        }
    }

    /// <summary>The feed's replay state as GET /v1/replay returns it.</summary>
    public sealed record ReplayState(string File, long PositionMs, long DurationMs, long StartUnixMs, double Speed, bool Paused, bool Loop, int Pass, ReplayMarker[] Markers);

    /// <summary>A labelled moment of the scenario.</summary>
    public sealed record ReplayMarker(long AtMs, string Label);
}
