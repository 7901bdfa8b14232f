using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ticker.Feed.Tests.Support;

namespace Ticker.Benchmarks
{
    /// <summary>
    /// The feed under load on loopback: requests per second for 200 and 304 snapshot answers, the same from nginx
    /// serving the same bytes as a static file and from nginx's cache in front of the feed (feed/deploy/nginx.conf),
    /// and the feed's memory with thousands of long-polls held. The feed runs as its own process (so its memory is its own), built with
    /// this harness; clients are spread over many 127.x.y.z source addresses, as devices would each have their own
    /// address and rate-limit bucket.
    /// </summary>
    public static class FeedLoadBenchmark
    {
        private const int Workers = 64;
        private const int LongPolls = 5000;
        private const int LongPollWaitSeconds = 30;
        private const string SnapshotPath = "/v1/snapshot?asset=BTC";
        private static readonly TimeSpan Phase = TimeSpan.FromSeconds(10);

        public static async Task<int> RunAsync()
        {
#if DEBUG
            Console.WriteLine("warning: Debug build; run with -c Release for real figures");
#endif
            string feedDll = Path.Combine(AppContext.BaseDirectory, "Ticker.Feed.dll");
            using FeedProcess feed = await FeedProcess.StartAsync(feedDll,
                "--urls", "http://127.0.0.1:0",
                "--max-waiters", (LongPolls + 100).ToString(CultureInfo.InvariantCulture),
                "--wait-max", LongPollWaitSeconds.ToString(CultureInfo.InvariantCulture),
                // Each worker stands for a very busy device; its bucket must not be the thing measured.
                "--rate-limit", "60000", "--rate-burst", "10000",
                "--db", "none",
                // As deployed behind nginx (docs/deploy.md): nginx's requests come from 127.0.0.1 and carry the client's address.
                "--trusted-proxies", "127.0.0.1",
                // A real snapshot (the seed-dip story's final state, under 1 KB) rather than an empty feed's: the
                // replay runs its six hours in about 22 s and then keeps serving its final state, unchanged.
                "--replay", "seed-dip", "--speed", "1000");
            Console.WriteLine($"feed: {feed.BaseAddress} (pid {feed.Pid}); .NET {Environment.Version}, {Environment.ProcessorCount} cores, client and feed on the same machine");

            using HttpClient probe = SpreadClient(1);
            await ReplayEndedAsync(probe, feed.BaseAddress);
            string etag = await CurrentEtagAsync(probe, feed.BaseAddress);
            byte[] body;
            using (HttpResponseMessage full = await probe.GetAsync(new Uri(feed.BaseAddress, SnapshotPath)))
            {
                body = await full.Content.ReadAsByteArrayAsync();
                Console.WriteLine($"snapshot served: {body.Length} bytes, ETag {etag}; on the wire {WireBytes(full, body.Length)} bytes per 200 (status line and headers included)");
            }

            using (var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(feed.BaseAddress, SnapshotPath)))
            {
                conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
                using HttpResponseMessage notModified = await probe.SendAsync(conditional);
                Console.WriteLine($"on the wire {WireBytes(notModified, 0)} bytes per 304");
            }

            Row feed200 = await ThroughputAsync("feed 200 (no If-None-Match)", feed.BaseAddress, null);
            Row feed304 = await ThroughputAsync($"feed 304 (If-None-Match: {etag})", feed.BaseAddress, etag);
            await NginxRowsAsync(feed, body, etag, feed200, feed304);
            return await LongPollMemoryAsync(feed, etag);
        }

        /// <summary>
        /// The same client against nginx: serving the snapshot's bytes as a static file (the most a web server does for
        /// one small document), and running feed/deploy/nginx.conf (without TLS) in front of this feed, its cache
        /// answering. Skipped, saying so, when nginx is not installed.
        /// </summary>
        private static async Task NginxRowsAsync(FeedProcess feed, byte[] body, string etag, Row feed200, Row feed304)
        {
            if (NginxProcess.Binary is null)
            {
                Console.WriteLine("nginx rows: skipped, nginx is not installed (apt-get install -y nginx)");
                return;
            }

            string staticDir = Directory.CreateTempSubdirectory("ticker-static-").FullName;
            try
            {
                string file = Path.Combine(staticDir, "snapshot.json");
                File.WriteAllBytes(file, body);
                int staticPort = NginxProcess.FreePort();
                // Logged like the deployed site, so the two nginx rows do the same bookkeeping per request.
                string staticSite = $"server {{\n    listen 127.0.0.1:{staticPort};\n    access_log {Path.Combine(staticDir, "access.log")} ticker;\n" +
                    $"    location = /v1/snapshot {{\n        default_type application/json;\n        alias {file};\n    }}\n}}\n";
                using NginxProcess nginx = await NginxProcess.StartAsync(
                    RepoPaths.Of("feed", "deploy", "nginx.conf"), feed.BaseAddress.Port, tls: false,
                    edgeRatePerSecond: 1_000_000, extraSite: staticSite, workers: "auto");
                var staticBase = new Uri($"http://127.0.0.1:{staticPort}");
                Console.WriteLine($"nginx: {NginxVersion()} (pid {nginx.Pid}, one worker per core), static file on {staticBase}, feed/deploy/nginx.conf without TLS on {nginx.Address}");

                using HttpClient probe = SpreadClient(2);
                string staticEtag;
                using (HttpResponseMessage first = await probe.GetAsync(new Uri(staticBase, SnapshotPath)))
                {
                    staticEtag = first.Headers.ETag!.Tag;
                    Console.WriteLine($"static file: {(await first.Content.ReadAsByteArrayAsync()).Length} bytes, ETag {staticEtag}; on the wire {WireBytes(first, body.Length)} bytes per 200");
                }

                Row static200 = await ThroughputAsync("nginx static file 200", staticBase, null);
                Row static304 = await ThroughputAsync($"nginx static file 304 (If-None-Match: {staticEtag})", staticBase, staticEtag);

                using (HttpResponseMessage cached = await probe.GetAsync(new Uri(nginx.Address, SnapshotPath)))
                {
                    Console.WriteLine($"nginx proxy_cache: {cached.StatusCode}, Cache-Control: {cached.Headers.NonValidated["Cache-Control"]}; on the wire {WireBytes(cached, body.Length)} bytes per 200");
                }

                long before = await FeedSnapshotAnswersAsync(probe, feed.BaseAddress);
                var window = Stopwatch.StartNew();
                Row cache200 = await ThroughputAsync("nginx proxy_cache 200", nginx.Address, null);
                Row cache304 = await ThroughputAsync($"nginx proxy_cache 304 (If-None-Match: {etag})", nginx.Address, etag);
                long reached = await FeedSnapshotAnswersAsync(probe, feed.BaseAddress) - before;
                Console.WriteLine($"requests that reached the feed during both proxy_cache phases: {reached} in {window.Elapsed.TotalSeconds:F1} s ({reached / window.Elapsed.TotalSeconds:F2}/s; one revalidation per refresh is 1/s) while nginx answered {(cache200.Count + cache304.Count):N0}");

                Console.WriteLine($"ratios to the feed's own rows: static file 200 x{static200.Rate / feed200.Rate:F2}, 304 x{static304.Rate / feed304.Rate:F2}; " +
                    $"proxy_cache 200 x{cache200.Rate / feed200.Rate:F2}, 304 x{cache304.Rate / feed304.Rate:F2}; proxy_cache / static file 200 x{cache200.Rate / static200.Rate:F2}, 304 x{cache304.Rate / static304.Rate:F2}");
            }
            finally
            {
                Directory.Delete(staticDir, recursive: true);
            }
        }

        private static async Task<Row> ThroughputAsync(string label, Uri target, string? etag)
        {
            var counts = new int[600];
            var latencies = new List<double>[Workers];
            using var stop = new CancellationTokenSource();
            var stopwatch = Stopwatch.StartNew();
            Task[] workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
            {
                using HttpClient client = SpreadClient(worker + 3);
                var mine = latencies[worker] = new List<double>(100_000);
                while (!stop.IsCancellationRequested)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(target, SnapshotPath));
                    if (etag is not null)
                    {
                        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                    }

                    long start = Stopwatch.GetTimestamp();
                    using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    Interlocked.Increment(ref counts[(int)response.StatusCode]);
                }
            })).ToArray();

            // Warm-up, then count only the measured window.
            await Task.Delay(TimeSpan.FromSeconds(2));
            Array.Clear(counts);
            foreach (var list in latencies)
            {
                list?.Clear();
            }

            stopwatch.Restart();
            await Task.Delay(Phase);
            stop.Cancel();
            double seconds = stopwatch.Elapsed.TotalSeconds;
            await Task.WhenAll(workers);

            double[] all = latencies.SelectMany(list => list).OrderBy(ms => ms).ToArray();
            int total = counts.Sum();
            string statuses = string.Join(", ", counts.Select((count, status) => (count, status)).Where(pair => pair.count > 0).Select(pair => $"{pair.status}: {pair.count}"));
            var row = new Row(total / seconds, total, Percentile(all, 0.50), Percentile(all, 0.99));
            Console.WriteLine($"{label}: {row.Rate:F0} requests/s over {seconds:F1} s with {Workers} keep-alive clients ({statuses}); latency p50 {row.P50:F2} ms, p99 {row.P99:F2} ms");
            return row;
        }

        /// <summary>Every answer the feed gave to GET /v1/snapshot, by its own counter on /metrics.</summary>
        private static async Task<long> FeedSnapshotAnswersAsync(HttpClient client, Uri feed)
        {
            string metrics = await client.GetStringAsync(new Uri(feed, "/metrics"));
            return metrics.Split('\n')
                .Where(line => line.StartsWith("ticker_feed_snapshot_requests_total{", StringComparison.Ordinal))
                .Sum(line => (long)double.Parse(line.Substring(line.LastIndexOf(' ') + 1), CultureInfo.InvariantCulture));
        }

        /// <summary>An HTTP/1.1 answer's size on the wire: status line, headers as received, blank line, body.</summary>
        private static int WireBytes(HttpResponseMessage response, int bodyBytes)
        {
            int bytes = $"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}\r\n".Length + 2 + bodyBytes;
            foreach (var header in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
            {
                bytes += header.Key.Length + 2 + header.Value.ToString().Length + 2;
            }

            return bytes;
        }

        private static string NginxVersion()
        {
            var info = new ProcessStartInfo(NginxProcess.Binary!, "-v") { RedirectStandardError = true, UseShellExecute = false };
            using Process process = Process.Start(info)!;
            string version = process.StandardError.ReadToEnd().Trim();
            process.WaitForExit();
            return version.Replace("nginx version: ", "", StringComparison.Ordinal);
        }

        /// <summary>One throughput phase: requests per second, requests counted, and latency percentiles in ms.</summary>
        private sealed record Row(double Rate, int Count, double P50, double P99);

        private static async Task<int> LongPollMemoryAsync(FeedProcess feed, string etag)
        {
            // Let the feed settle after the throughput phases so its idle figure is a fair baseline.
            GC.Collect();
            await Task.Delay(TimeSpan.FromSeconds(2));
            long idleBytes = feed.ResidentBytes();
            Console.WriteLine($"feed resident memory, idle after the throughput phases: {idleBytes / 1048576.0:F1} MiB");

            using HttpClient client = SpreadClient(100);
            var started = Stopwatch.StartNew();
            var statuses = new int[600];
            Task[] polls = Enumerable.Range(0, LongPolls).Select(async _ =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(feed.BaseAddress, $"/v1/snapshot?asset=BTC&wait={LongPollWaitSeconds}"));
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                using HttpResponseMessage response = await client.SendAsync(request);
                Interlocked.Increment(ref statuses[(int)response.StatusCode]);
            }).ToArray();

            int held = 0;
            using HttpClient health = SpreadClient(99);
            while (held < LongPolls && started.Elapsed < TimeSpan.FromSeconds(LongPollWaitSeconds - 5))
            {
                using JsonDocument doc = JsonDocument.Parse(await health.GetStringAsync(new Uri(feed.BaseAddress, "/healthz")));
                held = doc.RootElement.GetProperty("longPolls").GetProperty("waiting").GetInt32();
                await Task.Delay(100);
            }

            TimeSpan allHeldAfter = started.Elapsed;
            long heldBytes = feed.ResidentBytes();
            Console.WriteLine($"long-polls held: {held} of {LongPolls} after {allHeldAfter.TotalSeconds:F1} s; feed resident memory {heldBytes / 1048576.0:F1} MiB, " +
                $"{(heldBytes - idleBytes) / 1048576.0:F1} MiB more than idle = {(heldBytes - idleBytes) / (double)Math.Max(1, held) / 1024:F1} KiB per held long-poll (connection included)");

            await Task.WhenAll(polls);
            TimeSpan answeredAfter = started.Elapsed;
            string answered = string.Join(", ", statuses.Select((count, status) => (count, status)).Where(pair => pair.count > 0).Select(pair => $"{pair.status}: {pair.count}"));
            Console.WriteLine($"all {LongPolls} long-polls answered by {answeredAfter.TotalSeconds:F1} s (wait={LongPollWaitSeconds}): {answered}");
            bool ok = held == LongPolls && statuses[304] == LongPolls;
            Console.WriteLine(ok ? "result: every long-poll was held and then answered 304 at its deadline" : "result: NOT every long-poll was held and answered 304");
            return ok ? 0 : 1;
        }

        private static async Task ReplayEndedAsync(HttpClient client, Uri feed)
        {
            Console.Write("replaying seed-dip to its end");
            while (true)
            {
                using JsonDocument state = JsonDocument.Parse(await client.GetStringAsync(new Uri(feed, "/v1/replay")));
                if (state.RootElement.GetProperty("ended").GetBoolean())
                {
                    Console.WriteLine(" done");
                    return;
                }

                Console.Write('.');
                await Task.Delay(1000);
            }
        }

        private static async Task<string> CurrentEtagAsync(HttpClient client, Uri feed)
        {
            for (int attempt = 0; attempt < 100; attempt++)
            {
                using HttpResponseMessage response = await client.GetAsync(new Uri(feed, "/v1/snapshot?asset=BTC"));
                if (response.StatusCode == HttpStatusCode.OK && response.Headers.ETag is not null)
                {
                    return response.Headers.ETag.Tag;
                }

                await Task.Delay(100);
            }

            throw new InvalidOperationException("the feed never served a snapshot");
        }

        /// <summary>A client whose every new connection comes from the next 127.a.b.c address, so each is its own "device".</summary>
        internal static HttpClient SpreadClient(int block)
        {
            int next = 0;
            var handler = new SocketsHttpHandler
            {
                MaxConnectionsPerServer = int.MaxValue,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                ConnectCallback = async (context, cancellation) =>
                {
                    int n = Interlocked.Increment(ref next);
                    var local = new IPAddress(new byte[] { 127, (byte)(block % 250 + 1), (byte)(n / 250 % 250), (byte)(n % 250 + 1) });
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        socket.Bind(new IPEndPoint(local, 0));
                        await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            };
            return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(LongPollWaitSeconds + 30) };
        }

        private static double Percentile(double[] sorted, double p) =>
            sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

        /// <summary>The feed as a child process, started on a free loopback port and stopped on dispose.</summary>
        internal sealed class FeedProcess : IDisposable
        {
            private readonly Process _process;

            private FeedProcess(Process process, Uri baseAddress)
            {
                _process = process;
                BaseAddress = baseAddress;
            }

            public Uri BaseAddress { get; }

            public int Pid => _process.Id;

            public static async Task<FeedProcess> StartAsync(string dll, params string[] args)
            {
                var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                info.ArgumentList.Add(dll);
                foreach (string arg in args)
                {
                    info.ArgumentList.Add(arg);
                }

                Process process = Process.Start(info) ?? throw new InvalidOperationException("could not start the feed");
                process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("feed: " + e.Data); };
                process.BeginErrorReadLine();
                const string Marker = "Ticker feed listening on ";
                while (await process.StandardOutput.ReadLineAsync() is string line)
                {
                    int at = line.IndexOf(Marker, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        string url = line.Substring(at + Marker.Length).Split(' ')[0];
                        _ = process.StandardOutput.ReadToEndAsync();
                        return new FeedProcess(process, new Uri(url));
                    }
                }

                throw new InvalidOperationException("the feed exited before listening (exit code " + (process.HasExited ? process.ExitCode : -1) + ")");
            }

            public long ResidentBytes()
            {
                _process.Refresh();
                return _process.WorkingSet64;
            }

            public void Dispose()
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit();
                }

                _process.Dispose();
            }
        }
    }
}
