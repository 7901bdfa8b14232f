using System.Collections.Generic;
using Microsoft.AspNetCore.Http;
using Ticker.Feed.Alerts;

namespace Ticker.Feed.Http
{
    /// <summary>
    /// <c>GET /v1/alerts?since=&lt;unix seconds&gt;</c>: the cascade alert's changes after <c>since</c> (all kept
    /// ones without it), oldest first, as <c>{"transitions":[{"at":..,"level":..,"side":..,"headline":..,"m5Usd":..,"priceChgPct":..}]}</c>
    /// (the last two only when known).
    /// </summary>
    internal static class AlertsEndpoint
    {
        public static IResult Get(HttpContext http, IAlertHistory history)
        {
            var invalid = new List<InvalidParam>();
            long? since = QueryParameters.Integer(http.Request.Query, "since", 0, long.MaxValue, "must be unix seconds: an integer, 0 or more", invalid);
            if (invalid.Count > 0)
            {
                return Problems.BadRequest(invalid);
            }

            http.Response.Headers.CacheControl = "no-cache";
            return Results.Text(AlertsJson.Write(history.Since(since ?? 0)), "application/json; charset=utf-8");
        }
    }
}
