using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Ticker.Benchmarks
{
    /// <summary>
    /// Simulated days of device traffic against a replaying feed: a fleet of emulated devices long-polls the way the
    /// firmware does (If-None-Match, wait=25, the next request as soon as an answer comes), while the feed replays
    /// seed-dip in a loop at high speed, so a simulated day of one-second snapshots passes in minutes. The replay is
    /// paused for a few seconds in every cycle, and the feed holds a long-poll at most 2 s (<c>--wait-max 2</c>), so
    /// long-polls also end at their deadline many times over; some devices hang up mid-wait, as a device losing Wi-Fi
    /// does. Printed as it runs and at the end: simulated time, answers by kind, the long-polls the feed holds
    /// (/healthz) and its resident memory. A long-poll answered 304 before its deadline means the feed refused to hold
    /// it: with room for every device, that is a leaked place.
    /// </summary>
    public static class FeedSoakBenchmark
    {
        private const int Wait = 25;
        private const int WaitMax = 2;
        private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(15);
        private static readonly TimeSpan Playing = TimeSpan.FromSeconds(10);
        private static readonly TimeSpan Paused = TimeSpan.FromSeconds(5);

        public static async Task<int> RunAsync(Options options)
        {
            ArgumentNullException.ThrowIfNull(options);
#if DEBUG
            Console.WriteLine("warning: Debug build; run with -c Release for real figures");
#endif
            string feedDll = Path.Combine(AppContext.BaseDirectory, "Ticker.Feed.dll");
            int capacity = options.Devices + 8;
            using FeedLoadBenchmark.FeedProcess feed = await FeedLoadBenchmark.FeedProcess.StartAsync(feedDll,
                "--urls", "http://127.0.0.1:0",
                "--max-waiters", capacity.ToString(CultureInfo.InvariantCulture),
                "--wait-max", WaitMax.ToString(CultureInfo.InvariantCulture),
                // At high replay speed a device asks once per simulated second, many times a wall second.
                "--rate-limit", "60000", "--rate-burst", "10000",
                "--db", "none",
                "--replay", "seed-dip", "--loop", "--speed", options.Speed.ToString(CultureInfo.InvariantCulture));
            double simulatedSeconds = options.Days * 86_400;
            TimeSpan wall = TimeSpan.FromSeconds(simulatedSeconds / options.Speed * (Playing + Paused) / Playing);
            Console.WriteLine($"feed-soak: {options.Devices} devices long-polling (wait={Wait}, {options.Abandon:P0} hung up mid-wait) a feed replaying seed-dip in a loop at {options.Speed}x, " +
                $"paused {Paused.TotalSeconds:F0} s in every {(Playing + Paused).TotalSeconds:F0} s (--max-waiters {capacity} --wait-max {WaitMax}); {options.Days} simulated days in about {wall.TotalMinutes:F1} min; " +
                $"feed {feed.BaseAddress} (pid {feed.Pid}); .NET {Environment.Version}, {Environment.ProcessorCount} cores");

            using HttpClient probe = FeedLoadBenchmark.SpreadClient(1);
            var tally = new Tally();
            using var stop = new CancellationTokenSource();
            var started = Stopwatch.StartNew();
            Task[] devices = Enumerable.Range(0, options.Devices)
                .Select(device => Task.Run(() => DeviceAsync(feed.BaseAddress, device, options, tally, stop.Token)))
                .ToArray();
            Task pacer = PaceAsync(probe, feed.BaseAddress, stop.Token);

            var samples = new List<Sample>();
            double simulated = 0;
            while (simulated < simulatedSeconds)
            {
                await Task.Delay(ReportEvery);
                Sample sample = await SampleAsync(probe, feed, tally, started.Elapsed);
                samples.Add(sample);
                simulated = sample.SimulatedSeconds;
                Console.WriteLine(sample.Line(capacity));
            }

            stop.Cancel();
            await Task.WhenAll(devices);
            await pacer;
            int waiting = await UntilIdleAsync(probe, feed.BaseAddress);

            Sample first = samples[0], last = samples[^1];
            double maxMiB = samples.Max(s => s.ResidentMiB);
            Console.WriteLine($"after {last.SimulatedSeconds / 86_400:F2} simulated days ({started.Elapsed.TotalMinutes:F1} min): {tally.Total:N0} answers, {tally.Ok:N0} 200, " +
                $"{tally.AtDeadline:N0} 304 at the deadline, {tally.Early:N0} 304 before it, {tally.Abandoned:N0} hung up, {tally.Other:N0} other");
            Console.WriteLine($"feed resident memory: {first.ResidentMiB:F1} MiB at the first report, {last.ResidentMiB:F1} MiB at the last, {maxMiB:F1} MiB at most; long-polls held once the devices stopped: {waiting}");
            bool ok = waiting == 0 && tally.Early == 0 && tally.Ok > 0;
            Console.WriteLine(ok
                ? "result: every place came back and every long-poll was held until news or its deadline"
                : "result: FAILED: places held after the devices stopped, or long-polls answered before their deadline");
            return ok ? 0 : 1;
        }

        private static async Task DeviceAsync(Uri feed, int device, Options options, Tally tally, CancellationToken stop)
        {
            using HttpClient client = FeedLoadBenchmark.SpreadClient(device + 10);
            var random = new Random(options.Seed * 7919 + device);
            string? etag = null;
            while (!stop.IsCancellationRequested)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(feed, etag is null ? "/v1/snapshot?asset=BTC" : $"/v1/snapshot?asset=BTC&wait={Wait}"));
                if (etag is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }

                bool hangUp = etag is not null && random.NextDouble() < options.Abandon;
                using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stop);
                if (hangUp)
                {
                    cancel.CancelAfter(TimeSpan.FromMilliseconds(random.Next(1, 2000)));
                }

                long sent = Stopwatch.GetTimestamp();
                try
                {
                    using HttpResponseMessage response = await client.SendAsync(request, cancel.Token);
                    switch (response.StatusCode)
                    {
                        case HttpStatusCode.OK:
                            etag = response.Headers.ETag?.ToString();
                            Interlocked.Increment(ref tally.Ok);
                            break;
                        case HttpStatusCode.NotModified when Stopwatch.GetElapsedTime(sent) >= TimeSpan.FromSeconds(WaitMax - 0.5):
                            Interlocked.Increment(ref tally.AtDeadline);
                            break;
                        case HttpStatusCode.NotModified:
                            Interlocked.Increment(ref tally.Early);
                            break;
                        default:
                            Interlocked.Increment(ref tally.Other);
                            await Task.Delay(TimeSpan.FromSeconds(1), stop);
                            break;
                    }
                }
                catch (OperationCanceledException) when (cancel.IsCancellationRequested)
                {
                    Interlocked.Increment(ref tally.Abandoned);
                }
            }
        }

        /// <summary>Plays the replay for a while, then pauses it, so that no snapshot changes and held long-polls reach their deadline.</summary>
        private static async Task PaceAsync(HttpClient probe, Uri feed, CancellationToken stop)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(Playing, stop);
                    await SetPausedAsync(probe, feed, true);
                    await Task.Delay(Paused, stop);
                    await SetPausedAsync(probe, feed, false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                await SetPausedAsync(probe, feed, false);
            }
        }

        private static async Task SetPausedAsync(HttpClient probe, Uri feed, bool paused)
        {
            using var body = new StringContent(paused ? "{\"paused\":true}" : "{\"paused\":false}", System.Text.Encoding.UTF8, "application/json");
            using HttpResponseMessage response = await probe.PostAsync(new Uri(feed, "/v1/replay"), body);
            response.EnsureSuccessStatusCode();
        }

        private static async Task<Sample> SampleAsync(HttpClient probe, FeedLoadBenchmark.FeedProcess feed, Tally tally, TimeSpan elapsed)
        {
            using JsonDocument replay = JsonDocument.Parse(await probe.GetStringAsync(new Uri(feed.BaseAddress, "/v1/replay")));
            JsonElement state = replay.RootElement;
            double simulated = (state.GetProperty("pass").GetInt64() - 1) * state.GetProperty("durationMs").GetDouble() / 1000 + state.GetProperty("positionMs").GetDouble() / 1000;
            using JsonDocument health = JsonDocument.Parse(await probe.GetStringAsync(new Uri(feed.BaseAddress, "/healthz")));
            int waiting = health.RootElement.GetProperty("longPolls").GetProperty("waiting").GetInt32();
            return new Sample(elapsed, simulated, tally.Total, tally.Early, tally.Abandoned, waiting, feed.ResidentBytes() / 1048576.0);
        }

        private static async Task<int> UntilIdleAsync(HttpClient probe, Uri feed)
        {
            // The devices have stopped; the feed notices each hang-up in its own time.
            int waiting = -1;
            for (int look = 0; look < 100 && waiting != 0; look++)
            {
                using JsonDocument health = JsonDocument.Parse(await probe.GetStringAsync(new Uri(feed, "/healthz")));
                waiting = health.RootElement.GetProperty("longPolls").GetProperty("waiting").GetInt32();
                if (waiting != 0)
                {
                    await Task.Delay(100);
                }
            }

            return waiting;
        }

        private sealed class Tally
        {
            public long Ok;
            public long AtDeadline;
            public long Early;
            public long Abandoned;
            public long Other;

            public long Total => Interlocked.Read(ref Ok) + Interlocked.Read(ref AtDeadline) + Interlocked.Read(ref Early) + Interlocked.Read(ref Abandoned) + Interlocked.Read(ref Other);
        }

        private sealed record Sample(TimeSpan Wall, double SimulatedSeconds, long Answers, long Early, long Abandoned, int Waiting, double ResidentMiB)
        {
            public string Line(int capacity) =>
                $"  {Wall.TotalSeconds,5:F0} s wall, {SimulatedSeconds / 3600,6:F1} simulated h: {Answers,10:N0} answers ({Answers / Math.Max(1, Wall.TotalSeconds),6:F0}/s), " +
                $"{Early} early 304, {Abandoned:N0} hung up; held {Waiting}/{capacity}; feed {ResidentMiB:F1} MiB";
        }

        /// <summary>The command line's values (BenchmarkCommandLine checks their ranges).</summary>
        public sealed record Options(int Devices, double Days, double Speed, double Abandon, int Seed);
    }
}
