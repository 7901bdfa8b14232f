using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Ticker.Feed.Http
{
    /// <summary>Answers 429 with Retry-After when a client (by IP address) polls faster than the feed allows.</summary>
    /// <remarks>
    /// Checked before the token, so a client guessing tokens is slowed down too. Behind a reverse proxy every
    /// client shares the proxy's address: run the feed directly, or give it forwarded headers first.
    /// </remarks>
    internal sealed class RateLimitFilter : IEndpointFilter
    {
        private readonly ClientRateLimiter _limiter;

        public RateLimitFilter(ClientRateLimiter limiter)
        {
            _limiter = limiter;
        }

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            HttpContext http = context.HttpContext;
            string client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (!_limiter.TryAcquire(client, out int retryAfterSeconds))
            {
                return Problems.TooManyRequests(http, retryAfterSeconds);
            }

            return await next(context);
        }
    }
}
