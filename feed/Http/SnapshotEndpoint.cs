using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Primitives;
using Ticker.Feed.Hosting;
using Ticker.Feed.Settings;
using Ticker.Feed.Snapshots;

namespace Ticker.Feed.Http
{
    /// <summary>
    /// <c>GET /v1/snapshot?asset=BTC[&amp;wait=N]</c> (docs/metrics-endpoint.md): 200 with the body and its ETag,
    /// 304 when <c>If-None-Match</c> names the current snapshot, and with <c>wait</c> a long-poll that answers as
    /// soon as a new snapshot is published, or 304 after min(wait, waitMax) seconds.
    /// </summary>
    internal static class SnapshotEndpoint
    {
        public const string Asset = "BTC";
        public const int WaitMin = 1;
        public const int WaitMax = 30;

        /// <summary>Retry-After while shutting down: long enough for a restart.</summary>
        private const int ShutdownRetryAfterSeconds = 5;

        public static async Task<IResult> Get(
            HttpContext http, SnapshotHub hub, LongPollGate gate, FeedSettings settings, SnapshotCacheControl caching, [FromKeyedServices(FeedClocks.Wall)] TimeProvider time, IHostApplicationLifetime lifetime)
        {
            var invalid = new List<InvalidParam>();
            string? asset = QueryParameters.Single(http.Request.Query, "asset", invalid);
            if (asset is null && invalid.Count == 0)
            {
                invalid.Add(new InvalidParam("asset", "is required: version 1 serves BTC"));
            }
            else if (asset is not null && asset != Asset)
            {
                invalid.Add(new InvalidParam("asset", "must be BTC: version 1 serves BTC only"));
            }

            long? wait = QueryParameters.Integer(http.Request.Query, "wait", WaitMin, WaitMax, $"must be an integer from {WaitMin} to {WaitMax}", invalid);
            if (invalid.Count > 0)
            {
                return Problems.BadRequest(invalid);
            }

            // Every answer to a request with wait is a long-poll's, whether it was held or not: never stored by a cache.
            string cacheControl = caching.For(longPoll: wait is not null);
            SnapshotHub.Observation observed = hub.Observe();
            if (observed.Current is not BuiltSnapshot current)
            {
                return Problems.Unavailable(http, 1, "The feed has no snapshot yet.");
            }

            StringValues ifNoneMatch = http.Request.Headers.IfNoneMatch;
            if (!EntityTags.Matches(ifNoneMatch, current.ETag))
            {
                return await Send(http, current, cacheControl);
            }

            // wait only holds a request that names the current snapshot, and only on a feed that long-polls.
            int hold = (int)Math.Min(wait ?? 0, settings.WaitMaxSeconds);
            if (hold <= 0)
            {
                return NotModified(http, current, cacheControl);
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
            // The timeout is armed before the place is taken, so a request counted as waiting already has its clock running.
            Task<BuiltSnapshot> next = observed.Next.WaitAsync(TimeSpan.FromSeconds(hold), time, stop.Token);
            if (!gate.TryEnter())
            {
                // Past the bound: answered at once, as by a feed that does not hold requests.
                stop.Cancel();
                return NotModified(http, current, cacheControl);
            }

            try
            {
                return await Send(http, await next, cacheControl);
            }
            catch (TimeoutException)
            {
                // A snapshot published as the wait ran out is still news: look once more.
                BuiltSnapshot latest = hub.Current ?? current;
                return EntityTags.Matches(ifNoneMatch, latest.ETag) ? NotModified(http, latest, cacheControl) : await Send(http, latest, cacheControl);
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                return Problems.Unavailable(http, ShutdownRetryAfterSeconds, "The feed is shutting down.");
            }
            catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
            {
                // The client hung up: nobody to answer.
                return Results.Empty;
            }
            finally
            {
                gate.Exit();
            }
        }

        /// <summary>200 with the body written directly: exact Content-Length, never chunked, never compressed.</summary>
        private static async Task<IResult> Send(HttpContext http, BuiltSnapshot snapshot, string cacheControl)
        {
            HttpResponse response = http.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json";
            response.ContentLength = snapshot.Body.Length;
            response.Headers.ETag = snapshot.ETag;
            response.Headers.CacheControl = cacheControl;
            await response.Body.WriteAsync(snapshot.Body, http.RequestAborted);
            return Results.Empty;
        }

        private static IResult NotModified(HttpContext http, BuiltSnapshot snapshot, string cacheControl)
        {
            http.Response.Headers.ETag = snapshot.ETag;
            http.Response.Headers.CacheControl = cacheControl;
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
    }
}
