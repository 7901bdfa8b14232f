using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Ticker.Feed.Monitoring
{
    /// <summary>
    /// Counts every answer to <c>GET /v1/snapshot</c> by its final status code: 200 and 304 from the endpoint, and
    /// the 400, 401, 429 and 503 that filters and the endpoint give. Outermost, so it sees the code actually sent.
    /// </summary>
    public sealed class SnapshotRequestMetrics
    {
        private readonly RequestDelegate _next;
        private readonly FeedMetrics _metrics;

        public SnapshotRequestMetrics(RequestDelegate next, FeedMetrics metrics)
        {
            _next = next ?? throw new ArgumentNullException(nameof(next));
            _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        }

        public async Task InvokeAsync(HttpContext context)
        {
            if (!context.Request.Path.Equals("/v1/snapshot", StringComparison.OrdinalIgnoreCase))
            {
                await _next(context);
                return;
            }

            try
            {
                await _next(context);
            }
            finally
            {
                _metrics.CountSnapshotRequest(context.Response.StatusCode);
            }
        }
    }
}
