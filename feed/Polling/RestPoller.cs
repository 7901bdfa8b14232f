using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Connectors;
using Ticker.Feed.Ingest;
using Ticker.Feed.Sources;

namespace Ticker.Feed.Polling
{
    /// <summary>
    /// Polls one <see cref="PollGroup"/> (one venue API) for the life of the feed and hands every response to
    /// <see cref="IFeedInput.AcceptRest"/>, which records, parses and reports health. The poller only decides when to
    /// ask: each target on its own period, and everything later when the venue says to slow down.
    /// </summary>
    /// <remarks>
    /// Rate limits: 429, 418 (Binance: banned) and 403 (Bybit: banned for at least 10 minutes; Binance: firewall)
    /// stop the whole group for the <c>Retry-After</c> the venue sends, or longer defaults when it sends none; 418
    /// and 403 for at least <see cref="BannedAtLeast"/>. Binance's used weight (<c>X-MBX-USED-WEIGHT-1M</c>) past
    /// <see cref="WeightCeiling"/> of the budget holds the group to the next minute. Other failures (an error status,
    /// no connection, no answer in <see cref="RequestTimeout"/>) back that target off with jitter. All waits run on the
    /// injected <see cref="TimeProvider"/>; nothing throws out of the loop, so a venue down shows only in its health.
    /// </remarks>
    public sealed class RestPoller : BackgroundService
    {
        /// <summary>Longest a request may take, feed clock.</summary>
        public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

        /// <summary>Wait after a 429 without <c>Retry-After</c>.</summary>
        public static readonly TimeSpan RateLimitedDefault = TimeSpan.FromMinutes(1);

        /// <summary>Shortest wait after 418 or 403: a ban, not a warning.</summary>
        public static readonly TimeSpan BannedAtLeast = TimeSpan.FromMinutes(10);

        /// <summary>Share of the weight budget past which the group waits for the next minute.</summary>
        public const decimal WeightCeiling = 0.8m;

        /// <summary>Largest body read (Binance's every-symbol tickers are about 1 MB).</summary>
        public const int MaxBodyBytes = 32 << 20;

        private readonly PollGroup _group;
        private readonly HttpClient _http;
        private readonly IFeedInput _input;
        private readonly SourceHealth _source;
        private readonly TimeProvider _time;
        private readonly IPollerObserver _observer;
        private readonly ILogger _log;
        private readonly long[] _dueMs;
        private readonly ReconnectBackoff[] _backoff;
        private long _blockedUntilMs;

        public RestPoller(
            PollGroup group,
            HttpClient http,
            IFeedInput input,
            SourceRegistry sources,
            TimeProvider time,
            Random random,
            IPollerObserver observer,
            ILogger<RestPoller> log)
        {
            _group = group ?? throw new ArgumentNullException(nameof(group));
            _http = http ?? throw new ArgumentNullException(nameof(http));
            _input = input ?? throw new ArgumentNullException(nameof(input));
            ArgumentNullException.ThrowIfNull(sources);
            _time = time ?? throw new ArgumentNullException(nameof(time));
            ArgumentNullException.ThrowIfNull(random);
            _observer = observer ?? throw new ArgumentNullException(nameof(observer));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            // Registered now, so /healthz lists the venue from the start.
            _source = sources.Register(group.Venue);
            _dueMs = new long[group.Targets.Count];
            _backoff = new ReconnectBackoff[group.Targets.Count];
            for (int i = 0; i < _backoff.Length; i++)
            {
                _backoff[i] = new ReconnectBackoff(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10), random);
            }
        }

        /// <summary>The group this poller asks.</summary>
        public PollGroup Group => _group;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            long start = NowMs();
            Array.Fill(_dueMs, start);
            while (!stoppingToken.IsCancellationRequested)
            {
                for (int i = 0; i < _dueMs.Length; i++)
                {
                    long now = NowMs();
                    if (now < _blockedUntilMs)
                    {
                        break;
                    }

                    if (_dueMs[i] <= now)
                    {
                        try
                        {
                            await FetchAsync(i, stoppingToken).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                        {
                            return;
                        }
                    }
                }

                long next = long.MaxValue;
                foreach (long due in _dueMs)
                {
                    next = Math.Min(next, due);
                }

                long wait = Math.Max(next, _blockedUntilMs) - NowMs();
                if (wait <= 0)
                {
                    continue;
                }

                TimeSpan delay = TimeSpan.FromMilliseconds(wait);
                // Armed before the observer hears of it: a test may advance its clock at once.
                Task timer = Task.Delay(delay, _time, stoppingToken);
                _observer.Waiting(_group.Name, delay);
                try
                {
                    await timer.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        private async Task FetchAsync(int index, CancellationToken stoppingToken)
        {
            PollTarget target = _group.Targets[index];
            using var timeout = new CancellationTokenSource(RequestTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
            int? status = null;
            try
            {
                using HttpResponseMessage response = await _http.GetAsync(target.Url, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                byte[] body = await ReadBodyAsync(response, linked.Token).ConfigureAwait(false);
                status = (int)response.StatusCode;
                _input.AcceptRest(target.Url, status.Value, body);
                Schedule(index, response);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                Fail(index, $"no answer within {(int)RequestTimeout.TotalSeconds} s from {Path(target.Url)}");
            }
            catch (Exception error) when (error is HttpRequestException or IndexOutOfRangeException or InvalidOperationException or System.IO.IOException)
            {
                Fail(index, $"{Path(target.Url)}: {error.Message}");
            }

            _observer.Fetched(_group.Name, target.Url, status);
        }

        private void Schedule(int index, HttpResponseMessage response)
        {
            long now = NowMs();
            int status = (int)response.StatusCode;
            if (status == 200)
            {
                _backoff[index].Reset();
                _dueMs[index] = now + (long)_group.Targets[index].Every.TotalMilliseconds;
                HoldForWeight(response, now);
                return;
            }

            if (status is 429 or 418 or 403)
            {
                TimeSpan wait = RetryAfter(response, now) ?? (status == 429 ? RateLimitedDefault : BannedAtLeast);
                if (status != 429 && wait < BannedAtLeast)
                {
                    wait = BannedAtLeast;
                }

                _blockedUntilMs = Math.Max(_blockedUntilMs, now + (long)wait.TotalMilliseconds);
                _dueMs[index] = _blockedUntilMs;
                _log.LogWarning("{Group}: HTTP {Status}; no request before {Seconds} s.", _group.Name, status, (long)wait.TotalSeconds);
                return;
            }

            // FeedInput has reported the status on the source; here only when to try again.
            _dueMs[index] = now + (long)_backoff[index].Next().TotalMilliseconds;
        }

        private void Fail(int index, string reason)
        {
            _source.ReportFailure(reason);
            TimeSpan delay = _backoff[index].Next();
            _dueMs[index] = NowMs() + (long)delay.TotalMilliseconds;
            _log.LogWarning("{Group}: {Reason}. Next try in {Delay} ms.", _group.Name, reason, (long)delay.TotalMilliseconds);
        }

        // Binance reports the IP's weight used this minute; near the budget, wait for the minute to turn.
        private void HoldForWeight(HttpResponseMessage response, long now)
        {
            if (_group.WeightLimitPerMinute <= 0
                || !response.Headers.TryGetValues("X-MBX-USED-WEIGHT-1M", out System.Collections.Generic.IEnumerable<string>? values))
            {
                return;
            }

            foreach (string value in values)
            {
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int used) && used >= _group.WeightLimitPerMinute * WeightCeiling)
                {
                    long nextMinute = now - (now % 60_000) + 60_000;
                    _blockedUntilMs = Math.Max(_blockedUntilMs, nextMinute);
                    _log.LogWarning("{Group}: weight {Used} of {Limit} used this minute; holding until the next minute.", _group.Name, used, _group.WeightLimitPerMinute);
                }
            }
        }

        private static TimeSpan? RetryAfter(HttpResponseMessage response, long now)
        {
            if (response.Headers.RetryAfter is { } header)
            {
                if (header.Delta is { } delta && delta > TimeSpan.Zero)
                {
                    return delta;
                }

                if (header.Date is { } date)
                {
                    long ms = date.ToUnixTimeMilliseconds() - now;
                    return ms > 0 ? TimeSpan.FromMilliseconds(ms) : null;
                }
            }

            return null;
        }

        private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken token)
        {
            if (response.Content.Headers.ContentLength is > MaxBodyBytes)
            {
                throw new InvalidOperationException($"body of {response.Content.Headers.ContentLength} bytes is over {MaxBodyBytes}");
            }

            using System.IO.Stream stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            using var buffer = new System.IO.MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    throw new InvalidOperationException($"body over {MaxBodyBytes} bytes");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }

        private static string Path(string url) => Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? uri.AbsolutePath : url;

        private long NowMs() => _time.GetUtcNow().ToUnixTimeMilliseconds();
    }
}
