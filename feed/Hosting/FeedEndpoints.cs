using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Prometheus;
using Ticker.Feed.Monitoring;
using Ticker.Feed.Http;

namespace Ticker.Feed.Hosting
{
    /// <summary>
    /// The feed's routes. /v1 is the contract (token and rate limit apply); /healthz and /metrics are for operators
    /// and probes: no token and no rate limit, like any scrape target on a private network (<c>--metrics false</c>
    /// turns /metrics off).
    /// </summary>
    public static class FeedEndpoints
    {
        public static IEndpointRouteBuilder MapFeed(this IEndpointRouteBuilder routes)
        {
            RouteGroupBuilder v1 = routes.MapGroup("/v1");
            // Rate limit first: a client guessing tokens is slowed down as well.
            v1.AddEndpointFilter<RateLimitFilter>();
            v1.AddEndpointFilter<BearerTokenFilter>();
            v1.MapGet("/snapshot", SnapshotEndpoint.Get);
            v1.MapGet("/alerts", AlertsEndpoint.Get);
            // Replay control: 404 unless the feed serves a replay (--replay).
            v1.MapGet("/replay", (Delegate)ReplayEndpoint.Get);
            v1.MapPost("/replay", (Delegate)ReplayEndpoint.Post);

            routes.MapGet("/healthz", HealthEndpoint.Get);
            if (routes.ServiceProvider.GetService<FeedMetrics>() is FeedMetrics metrics)
            {
                // GET only, like every other read here: routing then answers 405 with Allow: GET to anything else.
                routes.MapMetrics("/metrics", metrics.Registry).WithMetadata(new HttpMethodMetadata(new[] { HttpMethods.Get }));
            }

            return routes;
        }
    }
}
