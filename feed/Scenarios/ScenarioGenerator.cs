using System;
using System.Collections.Generic;
using Ticker.Feed.Ingest;
using Ticker.Feed.Polling;
using Ticker.Feed.Replay;
using Ticker.Feed.Rest;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// Turns a <see cref="ScenarioDescription"/> into a recording of raw exchange messages, deterministically (one
    /// seeded <see cref="Xorshift"/>, invariant culture, the description's start): liquidation frames of the three
    /// venues, Binance mark price and Bybit public trades, and the REST bodies the pollers request, at the URLs of
    /// <see cref="RestEndpoints.Production"/> and the periods of <see cref="PollPlan"/>.
    /// </summary>
    public static class ScenarioGenerator
    {
        public static GeneratedScenario Generate(ScenarioDescription description)
        {
            ArgumentNullException.ThrowIfNull(description);
            description.Validate();
            var random = new Xorshift(description.Seed);
            var path = new MarketPath(description);
            var recording = new RecordingBuilder();

            var liquidations = new LiquidationFrames(path, random, recording);
            liquidations.WriteAll(LiquidationPlanner.Plan(description, random));
            new StreamFrames(path, random, recording, description.Recording).WriteAll();
            // OKX's liquidation stream is quiet between events; the live connector's ping every 25 s gets the bare
            // text "pong", which keeps the venue's coverage going (more than 2 minutes unheard is a gap).
            for (long t = path.StartMs + 25_000; t < path.EndMs; t += 25_000)
            {
                recording.Frame(t + 60, InputSources.OkxPublicWs, "\"pong\""u8.ToArray());
            }

            // Without REST polls, the OKX instruments list is still polled: it prices OKX's altcoin contracts (ctVal).
            WriteRest(path, random, recording, description.Recording.RestPolls ? null : url => url.Contains("/public/instruments", StringComparison.Ordinal));

            var markers = new List<ReplayMarker>();
            long at = 0;
            foreach (ScenarioPhase phase in description.Phases)
            {
                markers.Add(new ReplayMarker(at, phase.Label));
                at += phase.Minutes * 60_000L;
            }

            return new GeneratedScenario(recording.ToBytes(), MarkersJson(description, markers), markers, liquidations.Written, recording.Count);
        }

        /// <summary>
        /// Every target of the pollers' plan (<see cref="PollPlan"/>), at its period from the scenario's start (the
        /// first poll of target i of group g at start + 1 s + g x 200 ms + i x 700 ms), each answer arriving 40-200 ms later.
        /// </summary>
        private static void WriteRest(MarketPath path, Xorshift random, RecordingBuilder recording, Func<string, bool>? only)
        {
            RestEndpoints urls = RestEndpoints.Production;
            var bodies = new RestBodies(path, urls);
            IReadOnlyList<PollGroup> groups = PollPlan.Create(urls);
            for (int g = 0; g < groups.Count; g++)
            {
                for (int i = 0; i < groups[g].Targets.Count; i++)
                {
                    PollTarget target = groups[g].Targets[i];
                    if (only is not null && !only(target.Url))
                    {
                        continue;
                    }

                    long every = (long)target.Every.TotalMilliseconds;
                    for (long t = path.StartMs + 1_000 + (g * 200) + (i * 700); t < path.EndMs; t += every)
                    {
                        recording.Rest(t + 40 + random.Next(160), target.Url, bodies.For(target.Url, t));
                    }
                }
            }
        }

        private static byte[] MarkersJson(ScenarioDescription description, List<ReplayMarker> markers) => JsonPayload.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("scenario", description.Name);
            if (description.Title is not null)
            {
                w.WriteString("title", description.Title);
            }

            if (description.DemoSpeed is double speed)
            {
                w.WriteNumber("demoSpeed", speed);
            }

            w.WriteNumber("durationMs", (long)description.Duration.TotalMilliseconds);
            w.WriteStartArray("markers");
            foreach (ReplayMarker marker in markers)
            {
                w.WriteStartObject();
                w.WriteNumber("atMs", marker.AtMs);
                w.WriteString("label", marker.Label);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
