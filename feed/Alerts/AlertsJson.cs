using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Ticker.Data;

namespace Ticker.Feed.Alerts
{
    /// <summary>
    /// The alert history as <c>GET /v1/alerts</c> writes it:
    /// <c>{"transitions":[{"at":..,"level":..,"side":..,"headline":..,"m5Usd":..,"priceChgPct":..}]}</c> (the last
    /// two only when known). One writer, so a fast replay's <c>--alerts-out</c> file is byte for byte the endpoint's body.
    /// </summary>
    public static class AlertsJson
    {
        public static string Write(IEnumerable<AlertTransition> history)
        {
            ArgumentNullException.ThrowIfNull(history);
            var transitions = new JsonArray();
            foreach (AlertTransition t in history)
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

            return new JsonObject { ["transitions"] = transitions }.ToJsonString();
        }
    }
}
