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
    /// Keeps a <see cref="ReplayWallClock"/> on the feed's replay time: reads <c>GET /v1/replay</c> (start + position,
    /// speed, paused) once a second, so pausing, a new speed or the next pass of a loop reach the device's clock.
    /// </summary>
    public sealed class ReplayFollower : IAsyncDisposable
    {
        /// <summary>How often the replay's position is read.</summary>
        public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

        private readonly HttpClient _client;
        private readonly ReplayWallClock _clock;
        private readonly TimeProvider _time;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private Task? _loop;

        private ReplayFollower(HttpClient client, ReplayWallClock clock, TimeProvider time)
        {
            _client = client;
            _clock = clock;
            _time = time;
        }

        /// <summary>The clock it keeps.</summary>
        public ReplayWallClock Clock => _clock;

        /// <summary>
        /// Starts following the feed's replay; null (nothing started) when the feed has none (a live feed answers
        /// 404) or cannot be reached.
        /// </summary>
        public static async Task<ReplayFollower?> StartAsync(Uri feed, string? token, TimeProvider time)
        {
            ArgumentNullException.ThrowIfNull(feed);
            var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = feed, Timeout = TimeSpan.FromSeconds(5) };
            if (!string.IsNullOrEmpty(token))
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var follower = new ReplayFollower(client, new ReplayWallClock(time), time);
            if (!await follower.ReadOnce(CancellationToken.None).ConfigureAwait(false))
            {
                client.Dispose();
                return null;
            }

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
                while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
                {
                    await ReadOnce(_stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        }

        private async Task<bool> ReadOnce(CancellationToken cancel)
        {
            try
            {
                using HttpResponseMessage response = await _client.GetAsync("/v1/replay", cancel).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    return false;
                }

                using JsonDocument doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false));
                JsonElement r = doc.RootElement;
                long start = r.GetProperty("startUnixMs").GetInt64();
                long position = r.GetProperty("positionMs").GetInt64();
                double speed = r.GetProperty("speed").GetDouble();
                bool paused = r.GetProperty("paused").GetBoolean() || (r.TryGetProperty("ended", out JsonElement ended) && ended.ValueKind == JsonValueKind.True);
                _clock.Update(start + position, speed, paused);
                return true;
            }
            catch (Exception e) when (e is HttpRequestException || e is JsonException || e is InvalidOperationException || e is KeyNotFoundException || e is FormatException || (e is TaskCanceledException && !cancel.IsCancellationRequested))
            {
                // The clock runs on from its last reading; the next tick tries again.
                return false;
            }
        }
    }
}
