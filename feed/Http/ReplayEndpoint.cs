using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ticker.Feed.Replay;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Http
{
    /// <summary>
    /// <c>GET /v1/replay</c>: a served replay's state; <c>POST /v1/replay</c> with any of <c>{"paused":bool}</c>,
    /// <c>{"speed":N}</c>, <c>{"restart":true}</c>: changes it and answers the new state. Only in replay serve mode:
    /// a live feed answers 404.
    /// </summary>
    internal static class ReplayEndpoint
    {
        /// <summary>Largest control body read: the three members fit in far less.</summary>
        private const int MaxBodyBytes = 4096;

        public static IResult Get(HttpContext http)
        {
            if (http.RequestServices.GetService<ReplayRunner>() is not ReplayRunner runner)
            {
                return NotReplaying();
            }

            return Write(http, runner.Status());
        }

        public static async Task<IResult> Post(HttpContext http)
        {
            if (http.RequestServices.GetService<ReplayRunner>() is not ReplayRunner runner)
            {
                return NotReplaying();
            }

            var invalid = new List<InvalidParam>();
            bool? paused = null;
            double? speed = null;
            bool restart = false;
            using (JsonDocument? body = await ReadBody(http, invalid))
            {
                if (body is not null)
                {
                    foreach (JsonProperty member in body.RootElement.EnumerateObject())
                    {
                        switch (member.Name)
                        {
                            case "paused" when member.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                                paused = member.Value.GetBoolean();
                                break;
                            case "paused":
                                invalid.Add(new InvalidParam("paused", "must be true or false"));
                                break;
                            case "speed" when member.Value.ValueKind == JsonValueKind.Number
                                && member.Value.TryGetDouble(out double n) && n >= FeedSettingsReader.ReplaySpeedMin && n <= FeedSettingsReader.ReplaySpeedMax:
                                speed = n;
                                break;
                            case "speed":
                                invalid.Add(new InvalidParam("speed", string.Format(
                                    CultureInfo.InvariantCulture, "must be a number from {0} to {1} (simulated seconds per second)", FeedSettingsReader.ReplaySpeedMin, FeedSettingsReader.ReplaySpeedMax)));
                                break;
                            case "restart" when member.Value.ValueKind == JsonValueKind.True:
                                restart = true;
                                break;
                            case "restart":
                                invalid.Add(new InvalidParam("restart", "must be true (leave it out not to restart)"));
                                break;
                            default:
                                invalid.Add(new InvalidParam(member.Name, "is not a replay control: use paused, speed or restart"));
                                break;
                        }
                    }
                }
            }

            if (invalid.Count > 0)
            {
                return Problems.BadRequest(invalid);
            }

            // The answer waits for the replay to take the change in: not past the client leaving or the feed stopping.
            IHostApplicationLifetime lifetime = http.RequestServices.GetRequiredService<IHostApplicationLifetime>();
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
            ReplayStatus status = runner.Status();
            try
            {
                if (restart)
                {
                    status = await runner.RestartAsync(cancel.Token);
                }

                if (speed is double newSpeed)
                {
                    status = await runner.SetSpeedAsync(newSpeed, cancel.Token);
                }

                if (paused is bool pause)
                {
                    status = await runner.SetPausedAsync(pause, cancel.Token);
                }
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                return Problems.Unavailable(http, 5, "The feed is shutting down.");
            }

            return Write(http, status);
        }

        /// <summary>The state as JSON: <c>{"file","positionMs","durationMs","startUnixMs","speed","paused","loop","pass","ended","markers":[{"atMs","label"}]}</c>.</summary>
        public static string Json(ReplayStatus status)
        {
            var markers = new JsonArray();
            foreach (ReplayMarker marker in status.Markers)
            {
                markers.Add(new JsonObject { ["atMs"] = marker.AtMs, ["label"] = marker.Label });
            }

            return new JsonObject
            {
                ["file"] = status.File,
                ["positionMs"] = status.PositionMs,
                ["durationMs"] = status.DurationMs,
                ["startUnixMs"] = status.StartUnixMs,
                ["speed"] = status.Speed,
                ["paused"] = status.Paused,
                ["loop"] = status.Loop,
                ["pass"] = status.Pass,
                ["ended"] = status.Ended,
                ["markers"] = markers,
            }.ToJsonString();
        }

        private static IResult Write(HttpContext http, ReplayStatus status)
        {
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Text(Json(status), "application/json; charset=utf-8");
        }

        private static IResult NotReplaying() => Problems.NotFound("This feed is not serving a replay (start it with --replay <file>).");

        private static async Task<JsonDocument?> ReadBody(HttpContext http, List<InvalidParam> invalid)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[1024];
            int read;
            try
            {
                while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
                {
                    if (buffer.Length + read > MaxBodyBytes)
                    {
                        invalid.Add(new InvalidParam("body", $"must be at most {MaxBodyBytes} bytes"));
                        return null;
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            catch (BadHttpRequestException error)
            {
                // A body the server cannot read (malformed chunked framing, shorter than its Content-Length): the
                // client's mistake, answered 400 like any bad body rather than left to escape as a server error.
                invalid.Add(new InvalidParam("body", "could not be read: " + error.Message.TrimEnd('.')));
                return null;
            }

            try
            {
                JsonDocument document = JsonDocument.Parse(buffer.ToArray());
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    document.Dispose();
                    invalid.Add(new InvalidParam("body", "must be a JSON object with any of paused, speed, restart"));
                    return null;
                }

                return document;
            }
            catch (JsonException)
            {
                invalid.Add(new InvalidParam("body", "must be a JSON object with any of paused, speed, restart"));
                return null;
            }
        }
    }
}
