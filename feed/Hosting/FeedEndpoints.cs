using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ticker.Feed.Http;

namespace Ticker.Feed.Hosting
{
    /// <summary>The feed's routes. /v1 is the contract (token and rate limit apply); /healthz is for operators and probes.</summary>
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
            return routes;
        }
    }
}
