using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Ticker.Data;
using Ticker.Feed.Http;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Snapshots;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Http
{
    /// <summary>
    /// GET /v1/snapshot against a real Kestrel server on 127.0.0.1: 200 with ETag, 304, long-polls woken by a new
    /// snapshot or timed out on the fake clock, the waiter bound, and 400s naming the parameter. Waiting is
    /// observed through events, never slept on.
    /// </summary>
    public class SnapshotEndpointTests
    {
        /// <summary>Longest a test waits for something that should happen at once: a failure, not a synchronisation.</summary>
        private static readonly TimeSpan Safety = TimeSpan.FromSeconds(20);

        private const string SnapshotPath = "/v1/snapshot?asset=BTC";

        private static async Task<string> ETagOf(RunningFeed feed)
        {
            using HttpResponseMessage response = await feed.Client.GetAsync(SnapshotPath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return response.Headers.ETag!.ToString();
        }

        /// <summary>Completes when <paramref name="count"/> requests are held by the long-poll gate.</summary>
        private static Task WhenWaiting(RunningFeed feed, int count)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            LongPollGate gate = feed.Service<LongPollGate>();
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

        [Fact]
        public async Task A_GET_answers_200_with_the_snapshot_its_ETag_and_an_exact_Content_Length()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            feed.Service<MarketState>().Price = new PriceReading(91254.37m, 0.84m);
            BuiltSnapshot built = feed.Refresh();

            using HttpResponseMessage response = await feed.Client.GetAsync(SnapshotPath);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            byte[] body = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal("application/json", response.Content.Headers.ContentType!.ToString());
            Assert.Equal(body.Length, response.Content.Headers.ContentLength);
            Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
            Assert.Empty(response.Content.Headers.ContentEncoding);
            Assert.Equal("\"" + built.Seq + "\"", response.Headers.ETag!.ToString());
            Assert.False(response.Headers.ETag.IsWeak);
            Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.CacheControl!.SharedMaxAge); // the header itself: CacheHeaderTests
            Assert.InRange(body.Length, 1, SnapshotBuilder.MaxBytes);

            Snapshot snapshot = Device.Decode(body);
            Assert.Equal(built.Seq, snapshot.Seq);
            Assert.Equal(TestClock.StartSeconds, snapshot.AsOf);
            Assert.Equal("BTC", snapshot.Asset);
            Assert.Equal(25, snapshot.WaitMax);
            Assert.Equal(9125437, snapshot.Price.UsdCents);
            Assert.False(snapshot.Liq.Present); // nothing heard from any venue: no liq section, not zeros
        }

        [Theory]
        [InlineData("{0}")]
        [InlineData("W/{0}")]
        [InlineData("\"1\", {0}")]
        [InlineData("*")]
        public async Task If_None_Match_naming_the_current_snapshot_gets_304_with_its_ETag(string format)
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            string etag = await ETagOf(feed);

            using HttpResponseMessage response = await feed.Client.SendAsync(feed.Get(SnapshotPath, string.Format(format, etag)));

            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
            Assert.Equal(etag, response.Headers.ETag!.ToString());
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        [Fact]
        public async Task An_old_ETag_gets_the_current_snapshot()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            string old = await ETagOf(feed);
            feed.Service<MarketState>().Price = new PriceReading(90000m);
            BuiltSnapshot current = feed.Refresh();

            using HttpResponseMessage response = await feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=25", old));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(current.ETag, response.Headers.ETag!.ToString());
        }

        [Fact]
        public async Task A_long_poll_is_answered_as_soon_as_a_new_snapshot_is_published()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            string etag = await ETagOf(feed);
            Task waiting = WhenWaiting(feed, 1);

            Task<HttpResponseMessage> poll = feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=25", etag));
            await waiting;
            Assert.False(poll.IsCompleted);
            feed.Service<MarketState>().Price = new PriceReading(95000.5m);
            BuiltSnapshot published = feed.Refresh();

            using HttpResponseMessage response = await poll.WaitAsync(Safety);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(published.ETag, response.Headers.ETag!.ToString());
            Assert.NotEqual(etag, published.ETag);
            Assert.Equal(9500050, Device.Decode(await response.Content.ReadAsByteArrayAsync()).Price.UsdCents);
            Assert.Equal(0, feed.Service<LongPollGate>().Waiting);
        }

        [Fact]
        public async Task A_long_poll_with_nothing_new_gets_304_after_wait_seconds()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            string etag = await ETagOf(feed);
            Task waiting = WhenWaiting(feed, 1);
            Task<HttpResponseMessage> poll = feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=10", etag));
            await waiting;

            feed.Clock.Advance(TimeSpan.FromSeconds(9));
            Assert.False(poll.IsCompleted);
            feed.Clock.Advance(TimeSpan.FromSeconds(1));

            using HttpResponseMessage response = await poll.WaitAsync(Safety);
            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
            Assert.Equal(etag, response.Headers.ETag!.ToString());
        }

        [Fact]
        public async Task A_long_poll_is_held_no_longer_than_waitMax()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync("--wait-max", "5");
            string etag = await ETagOf(feed);
            Task waiting = WhenWaiting(feed, 1);
            Task<HttpResponseMessage> poll = feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=30", etag));
            await waiting;

            feed.Clock.Advance(TimeSpan.FromSeconds(5));

            using HttpResponseMessage response = await poll.WaitAsync(Safety);
            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        }

        [Fact]
        public async Task Wait_without_If_None_Match_is_answered_at_once()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();

            using HttpResponseMessage response = await feed.Client.GetAsync(SnapshotPath + "&wait=30").WaitAsync(Safety);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(0, feed.Service<LongPollGate>().Waiting);
        }

        [Fact]
        public async Task Past_the_waiter_bound_a_long_poll_is_answered_at_once()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync("--max-waiters", "1");
            string etag = await ETagOf(feed);
            Task waiting = WhenWaiting(feed, 1);
            Task<HttpResponseMessage> held = feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=25", etag));
            await waiting;

            // The clock stands still: an answer can only come from not being held.
            using HttpResponseMessage second = await feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=25", etag)).WaitAsync(Safety);

            Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
            Assert.False(held.IsCompleted);
            Assert.Equal(1, feed.Service<LongPollGate>().Waiting);
            feed.Service<MarketState>().Price = new PriceReading(1m);
            feed.Refresh();
            using HttpResponseMessage first = await held.WaitAsync(Safety);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        [Fact]
        public async Task A_feed_without_long_polling_omits_waitMax_and_answers_at_once_but_still_checks_wait()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync("--wait-max", "0");
            using HttpResponseMessage first = await feed.Client.GetAsync(SnapshotPath);
            Assert.True(Value.IsMissing(Device.Decode(await first.Content.ReadAsByteArrayAsync()).WaitMax));

            using HttpResponseMessage poll = await feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=25", first.Headers.ETag!.ToString())).WaitAsync(Safety);
            using HttpResponseMessage bad = await feed.Client.GetAsync(SnapshotPath + "&wait=31");

            Assert.Equal(HttpStatusCode.NotModified, poll.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        [Theory]
        [InlineData("&wait=0")]
        [InlineData("&wait=31")]
        [InlineData("&wait=abc")]
        [InlineData("&wait=1.5")]
        [InlineData("&wait=")]
        [InlineData("&wait=%2B5")]
        [InlineData("&wait=-1")]
        [InlineData("&wait=99999999999999999999999")]
        [InlineData("&wait=5&wait=5")]
        public async Task A_bad_wait_gets_400_problem_details_naming_wait(string query)
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();

            using HttpResponseMessage response = await feed.Client.GetAsync(SnapshotPath + query);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
            Assert.StartsWith("wait ", problem.RootElement.GetProperty("detail").GetString());
            JsonElement invalid = Assert.Single(problem.RootElement.GetProperty("invalid-params").EnumerateArray());
            Assert.Equal("wait", invalid.GetProperty("name").GetString());
        }

        [Theory]
        [InlineData("/v1/snapshot", "asset")]
        [InlineData("/v1/snapshot?asset=ETH", "asset")]
        [InlineData("/v1/snapshot?asset=btc", "asset")]
        [InlineData("/v1/snapshot?asset=BTC&asset=BTC", "asset")]
        [InlineData("/v1/snapshot?asset=ETH&wait=0", "asset,wait")]
        public async Task Every_bad_parameter_is_named(string path, string names)
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();

            using HttpResponseMessage response = await feed.Client.GetAsync(path);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(names, string.Join(",", problem.RootElement.GetProperty("invalid-params").EnumerateArray().Select(p => p.GetProperty("name").GetString())));
        }

        [Fact]
        public async Task Unknown_query_parameters_are_ignored()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();

            using HttpResponseMessage response = await feed.Client.GetAsync(SnapshotPath + "&fw=1.4.2&wait2=x");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task Other_paths_get_404_and_other_methods_405_with_Allow_GET()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();

            using HttpResponseMessage missing = await feed.Client.GetAsync("/v2/snapshot?asset=BTC");
            using HttpResponseMessage posted = await feed.Client.PostAsync(SnapshotPath, new StringContent("{}"));

            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, posted.StatusCode);
            Assert.Equal(new[] { "GET" }, posted.Content.Headers.Allow);
        }

        [Fact]
        public async Task A_long_poll_held_at_shutdown_gets_503_with_Retry_After()
        {
            RunningFeed feed = await RunningFeed.StartAsync();
            try
            {
                string etag = await ETagOf(feed);
                Task waiting = WhenWaiting(feed, 1);
                Task<HttpResponseMessage> poll = feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=25", etag));
                await waiting;

                Task stopping = feed.App.StopAsync();
                using HttpResponseMessage response = await poll.WaitAsync(Safety);
                await stopping.WaitAsync(Safety);

                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter!.Delta);
            }
            finally
            {
                await feed.DisposeAsync();
            }
        }

        [Fact]
        public async Task Liquidations_heard_by_the_feed_reach_the_device_and_partial_windows_carry_their_covered_seconds()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            LiquidationIngest ingest = feed.Service<LiquidationIngest>();
            long now = TestClock.StartMs;
            ingest.Accept("bybit", VenueFrames.Utf8(VenueFrames.BybitPush("BTCUSDT", now, VenueFrames.BybitItem("BTCUSDT", "Buy", "2", "60000", now + 1_000))));
            feed.Refresh();

            using HttpResponseMessage justStarted = await feed.Client.GetAsync(SnapshotPath);
            Snapshot first = Device.Decode(await justStarted.Content.ReadAsByteArrayAsync());
            Assert.True(first.Liq.Present);
            Assert.True(first.Liq.LowerBound); // Bybit alone: every liquidation, but of its top-N symbols only
            Assert.Equal("bybit", first.Liq.Venues[0]);
            Assert.True(Value.IsMissing(first.Liq.M5.Long)); // listening for less than 5 minutes: unknown
            Assert.Equal("bybit", first.Sources[0].Name);
            Assert.True(first.Sources[0].Ok);

            Listening.Advance(feed.Clock, TimeSpan.FromMinutes(5), () => ingest.Accept("bybit", VenueFrames.Utf8("{\"success\":true,\"ret_msg\":\"pong\",\"conn_id\":\"c\",\"op\":\"ping\"}")));
            feed.Refresh();
            using HttpResponseMessage later = await feed.Client.GetAsync(SnapshotPath);
            Snapshot second = Device.Decode(await later.Content.ReadAsByteArrayAsync());
            Assert.Equal(120_000, second.Liq.M5.Long);
            Assert.Equal(0, second.Liq.M5.Short);
            Assert.Equal(120_000, second.Liq.H1.Long);   // partial: the 5 minutes heard of the hour
            Assert.Equal(300, second.Liq.H1.CoveredS);
            Assert.True(Value.IsMissing(second.Liq.M5.CoveredS));   // whole
        }
    }
}
