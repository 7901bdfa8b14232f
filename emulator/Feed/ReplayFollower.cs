using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ticker.Emulator.Device;

namespace Ticker.Emulator.Feed
{
    /// <summary>
    /// Keeps a <see cref="FeedWallClock"/> on the feed's own time: reads <c>GET /v1/replay</c> (start + position,
    /// speed, paused) once a second, so pausing, a new speed or the next pass of a loop reach the device's clock. A
    /// feed that answers 404 has no replay (live): the desktop's time, checked again every <see cref="LivePeriods"/>
    /// periods. A busy (429), failing or unreachable feed leaves the clock as it was, unset at first, and is asked again.
    /// </summary>
    public sealed class ReplayFollower : IAsyncDisposable
    {
        /// <summary>How often the replay's position is read.</summary>
        public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

        /// <summary>Periods between readings while the feed is live (it may start replaying, but rarely does).</summary>
        public const int LivePeriods = 30;

        private readonly HttpClient _client;
        private readonly FeedWallClock _clock;
        private readonly TimeProvider _time;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private Task? _loop;

        private ReplayFollower(HttpClient client, FeedWallClock clock, TimeProvider time)
        {
            _client = client;
            _clock = clock;
            _time = time;
        }

        /// <summary>The clock it keeps.</summary>
        public FeedWallClock Clock => _clock;

        /// <summary>Reads the feed's time once (so it is usually known before the device starts) and keeps following it.</summary>
        public static async Task<ReplayFollower> StartAsync(Uri feed, string? token, TimeProvider time)
        {
            ArgumentNullException.ThrowIfNull(feed);
            var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = feed, Timeout = TimeSpan.FromSeconds(5) };
            if (!string.IsNullOrEmpty(token))
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var follower = new ReplayFollower(client, new FeedWallClock(time), time);
            await follower.ReadOnce(CancellationToken.None).ConfigureAwait(false);
            follower._loop = follower.Follow();
            return follower;
        }

        /// <inheritdoc/>
        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            if (_loop != null)
            {
                await _loop.ConfigureAwait(false);
            }

            _client.Dispose();
            _stop.Dispose();
        }

        private async Task Follow()
        {
            using var timer = new PeriodicTimer(Period, _time);
            try
            {
                int skipped = 0;
                while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
                {
                    if (_clock.From == FeedWallClock.Source.Live && ++skipped < LivePeriods)
                    {
                        continue;
                    }

                    skipped = 0;
                    await ReadOnce(_stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        }

        private async Task ReadOnce(CancellationToken cancel)
        {
            try
            {
                using HttpResponseMessage response = await _client.GetAsync("/v1/replay", cancel).ConfigureAwait(false);
                if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
                {
                    _clock.Live();
                    return;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return;
                }

                using JsonDocument doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false));
                JsonElement r = doc.RootElement;
                long start = r.GetProperty("startUnixMs").GetInt64();
                long position = r.GetProperty("positionMs").GetInt64();
                double speed = r.GetProperty("speed").GetDouble();
                bool paused = r.GetProperty("paused").GetBoolean() || (r.TryGetProperty("ended", out JsonElement ended) && ended.ValueKind == JsonValueKind.True);
                _clock.Replaying(start + position, speed, paused);
            }
            catch (Exception e) when (e is HttpRequestException || e is JsonException || e is InvalidOperationException || e is KeyNotFoundException || e is FormatException || (e is TaskCanceledException && !cancel.IsCancellationRequested))
            {
                // The clock runs on from its last reading; the next tick tries again.
            }
        }
    }
}
