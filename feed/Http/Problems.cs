using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace Ticker.Feed.Http
{
    /// <summary>
    /// The feed's error answers as RFC 9457 problem details (<c>application/problem+json</c>). The device acts on the
    /// status and <c>Retry-After</c> alone; the body is for the human reading the device's log or a curl.
    /// </summary>
    internal static class Problems
    {
        /// <summary>400 naming every bad parameter, in <c>detail</c> and in <c>invalid-params</c>.</summary>
        public static IResult BadRequest(IReadOnlyList<InvalidParam> invalid) =>
            Results.Problem(
                type: "about:blank",
                title: "Bad Request",
                statusCode: StatusCodes.Status400BadRequest,
                detail: string.Join("; ", invalid.Select(p => p.Name + " " + p.Reason)),
                extensions: new Dictionary<string, object?>
                {
                    ["invalid-params"] = invalid.Select(p => new Dictionary<string, string> { ["name"] = p.Name, ["reason"] = p.Reason }).ToArray(),
                });

        /// <summary>401 with the challenge the contract names.</summary>
        public static IResult NotFound(string detail) =>
            Results.Problem(type: "about:blank", title: "Not Found", statusCode: StatusCodes.Status404NotFound, detail: detail);

        public static IResult Unauthorized(HttpContext http)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(
                type: "about:blank",
                title: "Unauthorized",
                statusCode: StatusCodes.Status401Unauthorized,
                detail: "This feed needs Authorization: Bearer <token> with its token.");
        }

        /// <summary>429 telling the client when to come back.</summary>
        public static IResult TooManyRequests(HttpContext http, int retryAfterSeconds)
        {
            SetRetryAfter(http, retryAfterSeconds);
            return Results.Problem(
                type: "about:blank",
                title: "Too Many Requests",
                statusCode: StatusCodes.Status429TooManyRequests,
                detail: $"This client polls faster than the feed allows; retry after {retryAfterSeconds} s.");
        }

        /// <summary>503 while starting up or shutting down.</summary>
        public static IResult Unavailable(HttpContext http, int retryAfterSeconds, string detail)
        {
            SetRetryAfter(http, retryAfterSeconds);
            return Results.Problem(
                type: "about:blank",
                title: "Service Unavailable",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                detail: detail);
        }

        /// <summary>Retry-After in whole seconds (the contract never uses the HTTP-date form), at least 1.</summary>
        private static void SetRetryAfter(HttpContext http, int seconds) =>
            http.Response.Headers.RetryAfter = (seconds < 1 ? 1 : seconds).ToString(CultureInfo.InvariantCulture);
    }
}
