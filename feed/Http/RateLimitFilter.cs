using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ticker.Feed.Http
{
    /// <summary>Answers 429 with Retry-After when a client (by IP address) polls faster than the feed allows.</summary>
    /// <remarks>
    /// Checked before the token, so a client guessing tokens is slowed down too. The address is the connection's,
    /// or behind a proxy named in <c>--trusted-proxies</c> the device's from <c>X-Forwarded-For</c> (Hosting/ProxyHeaders):
    /// without that setting every device behind a proxy shares the proxy's bucket.
    /// </remarks>
    internal sealed class RateLimitFilter : IEndpointFilter
    {
        private readonly ClientRateLimiter _limiter;
        private readonly ILogger<RateLimitFilter> _log;

        public RateLimitFilter(ClientRateLimiter limiter, ILogger<RateLimitFilter> log)
        {
            _limiter = limiter;
            _log = log;
        }

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            HttpContext http = context.HttpContext;
            string client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (!_limiter.TryAcquire(client, out int retryAfterSeconds, out bool firstRefusal))
            {
                if (firstRefusal)
                {
                    _log.LogInformation("Client {Client} polls faster than the rate limit allows: answered 429 until its bucket refills (retry after {RetryAfter} s)", client, retryAfterSeconds);
                }

                return Problems.TooManyRequests(http, retryAfterSeconds);
            }

            return await next(context);
        }
    }
}
