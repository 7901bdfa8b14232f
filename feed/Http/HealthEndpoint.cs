using System;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Ticker.Feed.Snapshots;
using Ticker.Feed.Sources;
using Ticker.Feed.Storage;

namespace Ticker.Feed.Http
{
    /// <summary>
    /// <c>GET /healthz</c>: 200 once a snapshot is served (503 before), with the snapshot's seq, size and shedding,
    /// the long-polls held, the database (<c>--db</c>: its file and whether writes succeed; null with <c>--db none</c>),
    /// and per source its state and what its parser counted. Open without the token and not
    /// rate-limited, so probes and people can always look.
    /// </summary>
    internal static class HealthEndpoint
    {
        public static IResult Get(HttpContext http, SnapshotHub hub, SourceRegistry sources, LongPollGate gate, TimeProvider time)
        {
            long nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
            BuiltSnapshot? snapshot = hub.Current;
            StatePersistence? storage = http.RequestServices.GetService<StatePersistence>();
            http.Response.Headers.CacheControl = "no-cache";
            var body = new
            {
                status = snapshot is null ? "starting" : "ok",
                snapshot = snapshot is null ? null : new
                {
                    seq = snapshot.Seq,
                    asOf = snapshot.AsOf,
                    bytes = snapshot.Body.Length,
                    shedThrough = snapshot.ShedThrough.ToString(),
                },
                longPolls = new { waiting = gate.Waiting, capacity = gate.Capacity },
                storage = storage is null ? null : new { path = storage.Path, ok = storage.Ok },
                sources = sources.All().Select(source =>
                {
                    SourceStatus status = source.StatusAt(nowMs, sources.StaleAfterFor(source.Id));
                    return new
                    {
                        id = source.Id,
                        state = status.State.ToString().ToLowerInvariant(),
                        ok = status.Ok,
                        ageS = status.AgeS,
                        lastError = source.LastError,
                        frames = source.Parse.Frames,
                        dataFrames = source.Parse.DataFrames,
                        controlFrames = source.Parse.ControlFrames,
                        malformed = source.Parse.Malformed,
                        skipped = source.Parse.Skipped,
                        events = source.Parse.Events,
                        eventsCounted = source.EventsCounted,
                        eventsRefused = source.EventsRefused,
                        lastProblem = source.Parse.LastProblem,
                    };
                }).ToArray(),
            };
            return Results.Json(body, statusCode: snapshot is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        }
    }
}
