using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Http
{
    /// <summary>The optional bearer token (401) and the per-client rate limit (429 with Retry-After), on a real server.</summary>
    public class AccessTests
    {
        private const string Token = "3f9c-ticker-token";
        private const string SnapshotPath = "/v1/snapshot?asset=BTC";

        [Fact]
        public async Task A_feed_with_a_token_answers_401_with_a_Bearer_challenge_without_it()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync("--token", Token);

            using HttpResponseMessage none = await feed.Client.GetAsync(SnapshotPath);
            using HttpResponseMessage wrong = await feed.Client.SendAsync(feed.Get(SnapshotPath, bearer: Token + "x"));
            var basic = feed.Get(SnapshotPath);
            basic.Headers.TryAddWithoutValidation("Authorization", "Basic " + Token);
            using HttpResponseMessage otherScheme = await feed.Client.SendAsync(basic);
            using HttpResponseMessage alerts = await feed.Client.GetAsync("/v1/alerts");

            foreach (HttpResponseMessage response in new[] { none, wrong, otherScheme, alerts })
            {
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            }
        }

        [Fact]
        public async Task The_right_token_gets_the_snapshot_and_health_needs_none()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync("--token", Token);

            using HttpResponseMessage snapshot = await feed.Client.SendAsync(feed.Get(SnapshotPath, bearer: Token));
            var lowercase = feed.Get(SnapshotPath);
            lowercase.Headers.TryAddWithoutValidation("Authorization", "bearer " + Token);
            using HttpResponseMessage schemeAnyCase = await feed.Client.SendAsync(lowercase);
            using HttpResponseMessage health = await feed.Client.GetAsync("/healthz");

            Assert.Equal(HttpStatusCode.OK, snapshot.StatusCode);
            Assert.Equal(HttpStatusCode.OK, schemeAnyCase.StatusCode);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        [Fact]
        public async Task A_feed_without_a_token_ignores_the_header()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();

            using HttpResponseMessage response = await feed.Client.SendAsync(feed.Get(SnapshotPath, bearer: "anything"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task A_client_polling_too_fast_gets_429_with_Retry_After_until_its_bucket_refills()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync("--rate-limit", "30", "--rate-burst", "2");

            using HttpResponseMessage first = await feed.Client.GetAsync(SnapshotPath);
            using HttpResponseMessage second = await feed.Client.GetAsync(SnapshotPath);
            using HttpResponseMessage third = await feed.Client.GetAsync(SnapshotPath);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal((HttpStatusCode)429, third.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(2), third.Headers.RetryAfter!.Delta); // 30 a minute: one every 2 s

            feed.Clock.Advance(TimeSpan.FromSeconds(2));
            using HttpResponseMessage afterRetry = await feed.Client.GetAsync(SnapshotPath);
            Assert.Equal(HttpStatusCode.OK, afterRetry.StatusCode);
        }

        [Fact]
        public async Task The_rate_limit_comes_before_the_token_so_guessing_is_slowed_too()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync("--token", Token, "--rate-limit", "60", "--rate-burst", "1");

            using HttpResponseMessage guess = await feed.Client.SendAsync(feed.Get(SnapshotPath, bearer: "guess-one"));
            using HttpResponseMessage again = await feed.Client.SendAsync(feed.Get(SnapshotPath, bearer: "guess-two"));

            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
            Assert.Equal((HttpStatusCode)429, again.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), again.Headers.RetryAfter!.Delta);
        }
    }
}
