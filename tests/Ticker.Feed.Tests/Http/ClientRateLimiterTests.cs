using System;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Http;
using Ticker.Feed.Settings;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Http
{
    /// <summary>A token bucket per client on the fake clock: a burst, a sustained rate, and an exact Retry-After.</summary>
    public class ClientRateLimiterTests
    {
        private readonly FakeTimeProvider _clock = TestClock.New();

        private ClientRateLimiter Limiter(int perMinute, int burst) =>
            new(new FeedSettings { RateLimitPerMinute = perMinute, RateLimitBurst = burst }, _clock);

        [Fact]
        public void A_client_gets_its_burst_then_waits_for_the_refill()
        {
            ClientRateLimiter limiter = Limiter(perMinute: 6, burst: 3); // one token per 10 s

            Assert.True(limiter.TryAcquire("10.0.0.1", out _));
            Assert.True(limiter.TryAcquire("10.0.0.1", out _));
            Assert.True(limiter.TryAcquire("10.0.0.1", out _));
            Assert.False(limiter.TryAcquire("10.0.0.1", out int retryAfter));
            Assert.Equal(10, retryAfter);

            _clock.Advance(TimeSpan.FromSeconds(4));
            Assert.False(limiter.TryAcquire("10.0.0.1", out retryAfter));
            Assert.Equal(6, retryAfter);

            _clock.Advance(TimeSpan.FromSeconds(6));
            Assert.True(limiter.TryAcquire("10.0.0.1", out _));
        }

        [Fact]
        public void Clients_have_their_own_buckets()
        {
            ClientRateLimiter limiter = Limiter(perMinute: 60, burst: 1);

            Assert.True(limiter.TryAcquire("10.0.0.1", out _));
            Assert.False(limiter.TryAcquire("10.0.0.1", out int retryAfter));
            Assert.Equal(1, retryAfter);
            Assert.True(limiter.TryAcquire("10.0.0.2", out _));
        }

        [Fact]
        public void A_bucket_never_holds_more_than_the_burst()
        {
            ClientRateLimiter limiter = Limiter(perMinute: 60, burst: 2);
            Assert.True(limiter.TryAcquire("c", out _));

            _clock.Advance(TimeSpan.FromHours(1));

            Assert.True(limiter.TryAcquire("c", out _));
            Assert.True(limiter.TryAcquire("c", out _));
            Assert.False(limiter.TryAcquire("c", out _));
        }

        [Fact]
        public void Idle_clients_are_forgotten_so_memory_stays_bounded()
        {
            ClientRateLimiter limiter = Limiter(perMinute: 60, burst: 5);
            for (int i = 0; i < 1000; i++)
            {
                limiter.TryAcquire("idle-" + i, out _);
            }

            _clock.Advance(TimeSpan.FromMinutes(1));
            for (int i = 0; i < 24; i++)
            {
                limiter.TryAcquire("active", out _); // the 1024th call sweeps
            }

            Assert.Equal(1, limiter.Tracked);
        }
    }
}
