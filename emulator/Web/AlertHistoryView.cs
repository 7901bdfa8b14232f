using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ticker.Emulator.Web
{
    /// <summary>
    /// The feed's alert history (<c>GET /v1/alerts</c>) as the page shows it: without transitions dated after the
    /// device's clock. A looping replay starts each pass at the recording's beginning, and a feed that keeps its history
    /// (a database) would otherwise list the previous pass's cascade, dated in the future, during the next calm.
    /// </summary>
    public static class AlertHistoryView
    {
        /// <summary>
        /// <paramref name="json"/> without the transitions after <paramref name="nowUnixSeconds"/>; as it is when the
        /// clock is not set (null) or the body is not the documented history.
        /// </summary>
        public static string UpTo(string json, long? nowUnixSeconds)
        {
            ArgumentNullException.ThrowIfNull(json);
            if (nowUnixSeconds is not long now)
            {
                return json;
            }

            try
            {
                if (JsonNode.Parse(json) is not JsonObject root || root["transitions"] is not JsonArray transitions)
                {
                    return json;
                }

                int before = transitions.Count;
                for (int i = transitions.Count - 1; i >= 0; i--)
                {
                    if (transitions[i] is JsonObject t && t["at"] is JsonValue at && at.TryGetValue(out long atSeconds) && atSeconds > now)
                    {
                        transitions.RemoveAt(i);
                    }
                }

                return transitions.Count == before ? json : root.ToJsonString();
            }
            catch (JsonException)
            {
                return json;
            }
        }
    }
}
