using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Http;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Deploy
{
    /// <summary>
    /// feed/deploy/nginx.conf, run by Debian's nginx on loopback (TLS included, with a self-signed certificate), in front
    /// of a test feed on a fake clock. Devices are HTTP clients bound to their own 127.0.0.x addresses. What reaches the
    /// feed is read from the feed's own counter (<c>ticker_feed_snapshot_requests_total</c> on its /metrics).
    /// </summary>
    public class NginxTests
    {
        private static readonly TimeSpan Safety = TimeSpan.FromSeconds(20);
        private const string SnapshotPath = "/v1/snapshot?asset=BTC";

        /// <summary>
        /// A feed behind nginx. The refresh interval is long (60 s, so s-maxage=60): a cached entry cannot expire
        /// between two requests of a test however slow the machine, and the fake clock publishes only when told.
        /// </summary>
        private sealed class Rig : IAsyncDisposable
        {
            private Rig(RunningFeed feed, NginxProcess nginx, LogCapture logs)
            {
                Feed = feed;
                Nginx = nginx;
                Logs = logs;
            }

            public RunningFeed Feed { get; }

            public NginxProcess Nginx { get; }

            public LogCapture Logs { get; }

            public static async Task<Rig> StartAsync(params string[] feedArgs)
            {
                var logs = new LogCapture();
                string[] args = new[] { "--trusted-proxies", "127.0.0.1", "--snapshot-interval", "60", "--Logging:LogLevel:Ticker.Feed.Http", "Information" }
                    .Concat(feedArgs).ToArray();
                RunningFeed feed = await RunningFeed.StartAsync(args, services => services.AddSingleton<ILoggerProvider>(logs));
                try
                {
                    NginxProcess nginx = await NginxProcess.StartAsync(RepoPaths.Of("feed", "deploy", "nginx.conf"), feed.Address.Port, tls: true);
                    return new Rig(feed, nginx, logs);
                }
                catch
                {
                    await feed.DisposeAsync();
                    throw;
                }
            }

            /// <summary>A device: its own loopback address, its own connections, trusting only this nginx's certificate.</summary>
            public HttpClient Device(int n)
            {
                var local = new IPAddress(new byte[] { 127, 0, 0, (byte)(n + 1) });
                byte[] pinned = Nginx.Certificate!.RawData;
                var handler = new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    ConnectCallback = async (context, cancellation) =>
                    {
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
                handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(pinned);
                return new HttpClient(handler) { BaseAddress = Nginx.Address, Timeout = TimeSpan.FromSeconds(60) };
            }

            /// <summary>Every answer the feed itself gave to GET /v1/snapshot, by its own counter.</summary>
            public async Task<long> FeedSnapshotAnswersAsync()
            {
                string metrics = await Feed.Client.GetStringAsync("/metrics");
                return metrics.Split('\n')
                    .Where(line => line.StartsWith("ticker_feed_snapshot_requests_total{", StringComparison.Ordinal))
                    .Sum(line => (long)double.Parse(line.Substring(line.LastIndexOf(' ') + 1), CultureInfo.InvariantCulture));
            }

            /// <summary>Completes when the feed holds <paramref name="count"/> long-polls.</summary>
            public Task WhenHeld(int count)
            {
                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                LongPollGate gate = Feed.Service<LongPollGate>();
                gate.WaitingChanged += waiting =>
                {
                    if (waiting == count)
                    {
                        reached.TrySetResult();
                    }
                };
                if (gate.Waiting == count)
                {
                    reached.TrySetResult();
                }

                return reached.Task.WaitAsync(Safety);
            }

            public string Explain() => "nginx error log:\n" + Nginx.ErrorLog + "\naccess log:\n" + Nginx.AccessLog;

            public async ValueTask DisposeAsync()
            {
                // nginx first: its kept-alive connections to the feed close before the feed stops.
                Nginx.Dispose();
                await Feed.DisposeAsync();
            }
        }

        private static HttpRequestMessage Get(string path, string? ifNoneMatch = null, string? forwardedFor = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (ifNoneMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            }

            if (forwardedFor is not null)
            {
                request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
            }

            return request;
        }

        private static string Header(HttpResponseMessage response, string name) =>
            response.Headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : "";

        [NginxFact]
        public async Task A_plain_poll_is_answered_200_then_from_the_cache_and_304_for_its_ETag_without_reaching_the_feed()
        {
            await using Rig rig = await Rig.StartAsync();
            using HttpClient device = rig.Device(1);
            using HttpResponseMessage direct = await rig.Feed.Client.GetAsync(SnapshotPath);
            byte[] feedBody = await direct.Content.ReadAsByteArrayAsync();
            long before = await rig.FeedSnapshotAnswersAsync();

            using HttpResponseMessage first = await device.SendAsync(Get(SnapshotPath));
            long afterFirst = await rig.FeedSnapshotAnswersAsync();
            using HttpResponseMessage second = await device.SendAsync(Get(SnapshotPath));
            using HttpResponseMessage conditional = await device.SendAsync(Get(SnapshotPath, first.Headers.ETag?.ToString()));
            using HttpClient neighbour = rig.Device(2);
            using HttpResponseMessage otherDevice = await neighbour.SendAsync(Get(SnapshotPath, "\"1\""));
            long afterAll = await rig.FeedSnapshotAnswersAsync();

            Assert.True(HttpStatusCode.OK == first.StatusCode, rig.Explain());
            Assert.Equal(feedBody, await first.Content.ReadAsByteArrayAsync());
            Assert.Equal(direct.Headers.ETag, first.Headers.ETag);
            Assert.Equal("public, max-age=0, s-maxage=60, stale-while-revalidate=60", Header(first, "Cache-Control"));
            Assert.Equal("MISS", Header(first, "X-Cache-Status"));
            Assert.Equal(feedBody.Length, first.Content.Headers.ContentLength);
            Device.Decode(await first.Content.ReadAsByteArrayAsync());
            Assert.Equal(1, afterFirst - before);

            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal("HIT", Header(second, "X-Cache-Status"));
            Assert.Equal(feedBody, await second.Content.ReadAsByteArrayAsync());

            Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
            Assert.Equal(first.Headers.ETag, conditional.Headers.ETag);
            Assert.Empty(await conditional.Content.ReadAsByteArrayAsync());

            Assert.Equal(HttpStatusCode.OK, otherDevice.StatusCode);
            Assert.Equal(feedBody, await otherDevice.Content.ReadAsByteArrayAsync());

            // Three answers from nginx's cache: the feed's own counter did not move.
            Assert.True(afterAll == afterFirst, $"the feed answered {afterAll - afterFirst} of the cached polls\n{rig.Explain()}");
        }

        [NginxFact]
        public async Task Many_devices_polling_an_empty_cache_at_once_reach_the_feed_once()
        {
            await using Rig rig = await Rig.StartAsync();
            long before = await rig.FeedSnapshotAnswersAsync();
            HttpClient[] devices = Enumerable.Range(1, 16).Select(rig.Device).ToArray();

            HttpResponseMessage[] answers = await Task.WhenAll(devices.Select(device => device.SendAsync(Get(SnapshotPath)))).WaitAsync(Safety);
            long after = await rig.FeedSnapshotAnswersAsync();

            Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
            Assert.Single(answers.Select(answer => answer.Headers.ETag!.Tag).Distinct());
            Assert.True(after - before == 1, $"{after - before} requests reached the feed\n{rig.Explain()}");
            foreach (IDisposable disposable in answers.Cast<IDisposable>().Concat(devices))
            {
                disposable.Dispose();
            }
        }

        [NginxFact]
        public async Task A_long_poll_passes_through_nginx_is_held_by_the_feed_and_answered_when_a_snapshot_is_published_or_at_its_deadline()
        {
            await using Rig rig = await Rig.StartAsync();
            using HttpClient device = rig.Device(1);
            using HttpResponseMessage plain = await device.SendAsync(Get(SnapshotPath));
            string etag = plain.Headers.ETag!.ToString();

            Task held = rig.WhenHeld(1);
            Task<HttpResponseMessage> poll = device.SendAsync(Get(SnapshotPath + "&wait=25", etag));
            await held;
            Assert.False(poll.IsCompleted);
            rig.Feed.Service<MarketState>().Price = new PriceReading(95000.5m);
            string published = rig.Feed.Refresh().ETag;
            using HttpResponseMessage woken = await poll.WaitAsync(Safety);

            Task heldAgain = rig.WhenHeld(1);
            Task<HttpResponseMessage> timing = device.SendAsync(Get(SnapshotPath + "&wait=10", published));
            await heldAgain;
            rig.Feed.Clock.Advance(TimeSpan.FromSeconds(10));
            using HttpResponseMessage timedOut = await timing.WaitAsync(Safety);

            Assert.True(HttpStatusCode.OK == woken.StatusCode, rig.Explain());
            Assert.Equal(published, woken.Headers.ETag!.ToString());
            Assert.Equal(9500050, Device.Decode(await woken.Content.ReadAsByteArrayAsync()).Price.UsdCents);
            Assert.Equal(SnapshotCacheControl.LongPoll, Header(woken, "Cache-Control"));
            Assert.Equal(HttpStatusCode.NotModified, timedOut.StatusCode);
            Assert.Equal(published, timedOut.Headers.ETag!.ToString());
            Assert.Equal(0, rig.Feed.Service<LongPollGate>().Waiting);
            Assert.Equal("", Header(woken, "X-Cache-Status")); // the cached location's header: this one never went near the cache
        }

        [NginxFact]
        public async Task The_feeds_rate_limit_keys_on_each_device_behind_nginx_and_a_forged_X_Forwarded_For_changes_nothing()
        {
            await using Rig rig = await Rig.StartAsync("--rate-limit", "60", "--rate-burst", "2");
            using HttpClient a = rig.Device(1);
            using HttpClient b = rig.Device(2);
            // wait= without If-None-Match: answered at once, and never from the cache, so every request reaches the feed.
            const string Uncached = SnapshotPath + "&wait=1";

            using HttpResponseMessage a1 = await a.SendAsync(Get(Uncached));
            using HttpResponseMessage a2 = await a.SendAsync(Get(Uncached));
            using HttpResponseMessage a3 = await a.SendAsync(Get(Uncached));
            using HttpResponseMessage forged = await a.SendAsync(Get(Uncached, forwardedFor: "198.51.100.9"));
            using HttpResponseMessage b1 = await b.SendAsync(Get(Uncached, forwardedFor: "127.0.0.2"));

            Assert.True(HttpStatusCode.OK == a1.StatusCode, rig.Explain());
            Assert.Equal(HttpStatusCode.OK, a2.StatusCode);
            Assert.Equal((HttpStatusCode)429, a3.StatusCode);
            Assert.Equal("1", Header(a3, "Retry-After"));
            Assert.Equal((HttpStatusCode)429, forged.StatusCode);
            Assert.Equal(HttpStatusCode.OK, b1.StatusCode);
            Assert.True(rig.Logs.Any("Client 127.0.0.2 polls faster than the rate limit allows"), string.Join("\n", rig.Logs.Messages));
            Assert.False(rig.Logs.Any("198.51.100.9"));
            Assert.False(rig.Logs.Any("Client 127.0.0.1 "));
        }

        [NginxFact]
        public async Task Only_the_devices_contract_is_exposed_and_plain_http_redirects_to_https()
        {
            await using Rig rig = await Rig.StartAsync();
            using HttpClient device = rig.Device(1);

            foreach (string path in new[] { "/metrics", "/v1/replay", "/healthz", "/", "/v1/snapshotx" })
            {
                using HttpResponseMessage response = await device.SendAsync(Get(path));
                Assert.True(HttpStatusCode.NotFound == response.StatusCode, path + "\n" + rig.Explain());
            }

            using HttpResponseMessage post = await device.PostAsync("/v1/replay", new StringContent("{\"paused\":true}"));
            using HttpResponseMessage alerts = await device.SendAsync(Get("/v1/alerts"));
            using var plain = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
            using HttpResponseMessage redirect = await plain.GetAsync($"http://127.0.0.1:{rig.Nginx.HttpPort}{SnapshotPath}");

            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            Assert.Equal(HttpStatusCode.OK, alerts.StatusCode);
            Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
            Assert.StartsWith("https://", redirect.Headers.Location!.ToString());
            Assert.EndsWith(SnapshotPath, redirect.Headers.Location.ToString());
        }
    }
}
