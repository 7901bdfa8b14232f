using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Http
{
    /// <summary>
    /// When the feed has a token, answers 401 (with <c>WWW-Authenticate: Bearer</c>) to a request without
    /// <c>Authorization: Bearer &lt;token&gt;</c>; a feed without a token ignores the header.
    /// </summary>
    internal sealed class BearerTokenFilter : IEndpointFilter
    {
        private const string Scheme = "Bearer ";
        private readonly byte[]? _token;

        public BearerTokenFilter(FeedSettings settings)
        {
            _token = settings.Token is null ? null : Encoding.ASCII.GetBytes(settings.Token);
        }

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            if (_token is not null && !Authorized(context.HttpContext.Request.Headers.Authorization))
            {
                return Problems.Unauthorized(context.HttpContext);
            }

            return await next(context);
        }

        private bool Authorized(StringValues authorization)
        {
            if (authorization.Count != 1 || authorization[0] is not string value
                || !value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            byte[] given = Encoding.UTF8.GetBytes(value.AsSpan(Scheme.Length).Trim().ToString());
            // Fixed-time: how long the comparison takes says nothing about how much of a guess was right.
            return CryptographicOperations.FixedTimeEquals(given, _token);
        }
    }
}
