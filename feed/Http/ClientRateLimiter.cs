using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Ticker.Feed.Hosting;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Http
{
    /// <summary>
    /// A token bucket per client: <see cref="FeedSettings.RateLimitBurst"/> requests at once, refilled at
    /// <see cref="FeedSettings.RateLimitPerMinute"/>. Its own rather than ASP.NET's rate limiter because it runs
    /// on the injected <see cref="TimeProvider"/>, so tests can drive it without sleeping, and because it says
    /// exactly when the next request will be allowed (Retry-After).
    /// </summary>
    /// <remarks>
    /// Buckets of clients idle long enough to be full again are dropped from time to time; forgetting a full
    /// bucket loses nothing, and memory stays bounded by the clients active in the last refill period.
    /// </remarks>
    public sealed class ClientRateLimiter
    {
        private const int SweepEvery = 1024;

        private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
        private readonly TimeProvider _time;
        private readonly double _burst;
        private readonly double _perSecond;
        private readonly TimeSpan _refillAll;
        private long _calls;

        public ClientRateLimiter(FeedSettings settings, [FromKeyedServices(FeedClocks.Wall)] TimeProvider time)
        {
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _burst = settings.RateLimitBurst;
            _perSecond = settings.RateLimitPerMinute / 60.0;
            _refillAll = TimeSpan.FromSeconds(_burst / _perSecond);
        }

        /// <summary>Clients tracked now.</summary>
        public int Tracked => _buckets.Count;

        /// <summary>Takes one request's token for <paramref name="client"/>; when none is left, says in how many whole seconds one will be.</summary>
        public bool TryAcquire(string client, out int retryAfterSeconds) => TryAcquire(client, out retryAfterSeconds, out _);

        /// <summary>
        /// As <see cref="TryAcquire(string, out int)"/>; <paramref name="firstRefusal"/> is true for the first request
        /// refused since the client was last allowed one, so a client hammering the feed is logged once, not per request.
        /// </summary>
        public bool TryAcquire(string client, out int retryAfterSeconds, out bool firstRefusal)
        {
            long now = _time.GetTimestamp();
            Bucket bucket = _buckets.GetOrAdd(client, static (_, state) => new Bucket(state.Burst, state.Now), (Burst: _burst, Now: now));
            bool allowed;
            lock (bucket)
            {
                if (now > bucket.Stamp)
                {
                    bucket.Tokens = Math.Min(_burst, bucket.Tokens + _time.GetElapsedTime(bucket.Stamp, now).TotalSeconds * _perSecond);
                    bucket.Stamp = now;
                }

                allowed = bucket.Tokens >= 1;
                firstRefusal = !allowed && !bucket.Refusing;
                bucket.Refusing = !allowed;
                if (allowed)
                {
                    bucket.Tokens -= 1;
                    retryAfterSeconds = 0;
                }
                else
                {
                    retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((1 - bucket.Tokens) / _perSecond));
                }
            }

            if (Interlocked.Increment(ref _calls) % SweepEvery == 0)
            {
                Sweep(now);
            }

            return allowed;
        }

        private void Sweep(long now)
        {
            foreach (KeyValuePair<string, Bucket> pair in _buckets)
            {
                if (_time.GetElapsedTime(pair.Value.Stamp, now) >= _refillAll)
                {
                    _buckets.TryRemove(pair);
                }
            }
        }

        private sealed class Bucket
        {
            public Bucket(double tokens, long stamp)
            {
                Tokens = tokens;
                Stamp = stamp;
            }

            public double Tokens { get; set; }

            public long Stamp { get; set; }

            /// <summary>The last request was refused.</summary>
            public bool Refusing { get; set; }
        }
    }
}
