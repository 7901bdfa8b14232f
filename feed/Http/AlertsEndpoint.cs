using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Ticker.Data;
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
            var transitions = new JsonArray();
            foreach (AlertTransition t in history.Since(since ?? 0))
            {
                var item = new JsonObject
                {
                    ["at"] = t.At,
                    ["level"] = (int)t.Level,
                    ["side"] = t.Side switch
                    {
                        AlertSide.Long => "long",
                        AlertSide.Short => "short",
                        _ => null,
                    },
                    ["headline"] = t.Headline,
                };
                if (t.M5Usd is long m5)
                {
                    item["m5Usd"] = m5;
                }

                if (t.PriceChgPct is decimal price)
                {
                    item["priceChgPct"] = Math.Round(price, 2);
                }

                transitions.Add(item);
            }

            return Results.Text(new JsonObject { ["transitions"] = transitions }.ToJsonString(), "application/json; charset=utf-8");
        }
    }
}
