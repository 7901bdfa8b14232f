using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Ticker.Feed.Http;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Http
{
    /// <summary>
    /// The snapshot's Cache-Control (docs/metrics-endpoint.md, Caching): a shared cache may keep a plain poll's answer
    /// for one refresh, a 304 says the same as its 200, a feed with a token keeps caches out, and no long-poll answer
    /// is ever storable.
    /// </summary>
    public class CacheHeaderTests
    {
        private static readonly TimeSpan Safety = TimeSpan.FromSeconds(20);
        private const string SnapshotPath = "/v1/snapshot?asset=BTC";
        private const string Token = "3f9c-ticker-token";

        /// <summary>The header as sent (HttpClient's parsed value reorders the directives).</summary>
        private static string CacheControl(HttpResponseMessage response) =>
            response.Headers.NonValidated["Cache-Control"].ToString();

        [Theory]
        [InlineData(new string[0], "public, max-age=0, s-maxage=1, stale-while-revalidate=1")]
        [InlineData(new[] { "--snapshot-interval", "5" }, "public, max-age=0, s-maxage=5, stale-while-revalidate=5")]
        public async Task A_plain_poll_may_be_kept_by_a_shared_cache_for_one_refresh_and_its_304_says_the_same(string[] args, string expected)
        {
            await using RunningFeed feed = await RunningFeed.StartAsync(args);

            using HttpResponseMessage full = await feed.Client.GetAsync(SnapshotPath);
            using HttpResponseMessage same = await feed.Client.SendAsync(feed.Get(SnapshotPath, full.Headers.ETag!.ToString()));

            Assert.Equal(HttpStatusCode.OK, full.StatusCode);
            Assert.Equal(expected, CacheControl(full));
            Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
            Assert.Equal(expected, CacheControl(same));
            Assert.Equal(full.Headers.ETag, same.Headers.ETag);
            // A private cache (a browser) must revalidate every time; only a shared cache keeps it.
            Assert.Equal(TimeSpan.Zero, full.Headers.CacheControl!.MaxAge);
            Assert.False(full.Headers.CacheControl.NoStore);
            Assert.False(full.Headers.Contains("Vary"));
        }

        [Fact]
        public async Task A_feed_with_a_token_lets_no_shared_cache_store_the_snapshot()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync("--token", Token);

            using HttpResponseMessage full = await feed.Client.SendAsync(feed.Get(SnapshotPath, bearer: Token));
            using HttpResponseMessage same = await feed.Client.SendAsync(feed.Get(SnapshotPath, full.Headers.ETag!.ToString(), Token));

            Assert.Equal(HttpStatusCode.OK, full.StatusCode);
            Assert.Equal(SnapshotCacheControl.WithToken, CacheControl(full));
            Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
            Assert.Equal(SnapshotCacheControl.WithToken, CacheControl(same));
        }

        [Fact]
        public async Task Every_answer_to_a_request_with_wait_is_no_store()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync("--max-waiters", "1");
            using HttpResponseMessage first = await feed.Client.GetAsync(SnapshotPath);
            string etag = first.Headers.ETag!.ToString();
            var gate = feed.Service<LongPollGate>();

            // Not held (no If-None-Match): 200 at once.
            using HttpResponseMessage unheld = await feed.Client.GetAsync(SnapshotPath + "&wait=5");

            // Held, then timed out: 304.
            var heldOnce = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            gate.WaitingChanged += waiting =>
            {
                if (waiting == 1)
                {
                    heldOnce.TrySetResult();
                }
            };
            Task<HttpResponseMessage> timedOut = feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=5", etag));
            await heldOnce.Task.WaitAsync(Safety);

            // Past the waiter bound: 304 at once.
            using HttpResponseMessage refused = await feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=5", etag)).WaitAsync(Safety);
            feed.Clock.Advance(TimeSpan.FromSeconds(5));
            using HttpResponseMessage timedOutAnswer = await timedOut.WaitAsync(Safety);

            // Held, then woken by a new snapshot: 200.
            var heldAgain = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            gate.WaitingChanged += waiting =>
            {
                if (waiting == 1)
                {
                    heldAgain.TrySetResult();
                }
            };
            Task<HttpResponseMessage> woken = feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=5", etag));
            await heldAgain.Task.WaitAsync(Safety);
            feed.Service<MarketState>().Price = new PriceReading(90000m);
            feed.Refresh();
            using HttpResponseMessage wokenAnswer = await woken.WaitAsync(Safety);

            Assert.Equal(HttpStatusCode.OK, unheld.StatusCode);
            Assert.Equal(HttpStatusCode.NotModified, refused.StatusCode);
            Assert.Equal(HttpStatusCode.NotModified, timedOutAnswer.StatusCode);
            Assert.Equal(HttpStatusCode.OK, wokenAnswer.StatusCode);
            foreach (HttpResponseMessage answer in new[] { unheld, refused, timedOutAnswer, wokenAnswer })
            {
                Assert.Equal(SnapshotCacheControl.LongPoll, CacheControl(answer));
            }
        }
    }
}
