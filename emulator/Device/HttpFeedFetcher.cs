using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Ticker.Platform;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// The device's HTTP client on the desktop: one <see cref="HttpClient"/>, one request at a time, run in the
    /// background so the loop stays live while a long-poll is held. It sends what the core asks for (URL with
    /// <c>wait=</c>, <c>If-None-Match</c>, bearer token, timeout) and reports what came back; retries, backoff and
    /// long-poll decisions stay in the core.
    /// </summary>
    public sealed class HttpFeedFetcher : IBackgroundFetcher, IDisposable
    {
        private readonly HttpClient _client;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly Action<byte[]>? _snapshotReceived;
        private Task<Answer>? _pending;

        /// <summary>Creates the fetcher.</summary>
        /// <param name="snapshotReceived">Gets the body of every 200 answer (the raw snapshot), on a pool thread.</param>
        public HttpFeedFetcher(Action<byte[]>? snapshotReceived = null)
        {
            // No proxy: the feed is usually on loopback, and a desktop's proxy settings must not reroute the device.
            var handler = new SocketsHttpHandler { UseProxy = false, AutomaticDecompression = DecompressionMethods.None };
            _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
            _snapshotReceived = snapshotReceived;
        }

        /// <inheritdoc/>
        public void Start(HttpRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (_pending != null)
            {
                throw new InvalidOperationException("A request is already under way.");
            }

            _pending = FetchAsync(request.Url, request.IfNoneMatch, request.BearerToken, request.TimeoutMs);
        }

        /// <summary>Completes when the request under way has its answer (at once when there is none): for waiting instead of polling.</summary>
        public Task WhenAnswered => _pending ?? Task.CompletedTask;

        /// <inheritdoc/>
        public bool TryComplete(HttpResult result)
        {
            ArgumentNullException.ThrowIfNull(result);
            Task<Answer>? pending = _pending;
            if (pending == null || !pending.IsCompleted)
            {
                return false;
            }

            _pending = null;
            Answer answer = pending.Result;
            result.Status = answer.Status;
            result.Body = answer.Body;
            result.BodyLength = answer.Body?.Length ?? 0;
            result.ETag = answer.ETag;
            result.RetryAfterS = answer.RetryAfterS;
            result.Error = answer.Error;
            return true;
        }

        /// <summary>Cancels the request under way.</summary>
        public void Dispose()
        {
            _stopping.Cancel();
            _client.Dispose();
            _stopping.Dispose();
        }

        private async Task<Answer> FetchAsync(string url, string? ifNoneMatch, string? bearer, int timeoutMs)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            timeout.CancelAfter(timeoutMs > 0 ? timeoutMs : 10_000);
            try
            {
                using var message = new HttpRequestMessage(HttpMethod.Get, url);
                if (ifNoneMatch != null)
                {
                    message.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
                }

                if (bearer != null)
                {
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                }

                using HttpResponseMessage response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                byte[] body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                if (status == 200)
                {
                    _snapshotReceived?.Invoke(body);
                }

                // Retry-After read by the core's rule, as the device reads it (whole seconds, anything else 0).
                string? retryAfter = response.Headers.TryGetValues("Retry-After", out var values) ? string.Join(",", values) : null;
                return new Answer(status, body, response.Headers.ETag?.ToString(), RetryAfter.ParseSeconds(retryAfter), null);
            }
            catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
            {
                return Failure("timed out");
            }
            catch (OperationCanceledException)
            {
                return Failure("stopped");
            }
            catch (HttpRequestException e)
            {
                return Failure(e.HttpRequestError switch
                {
                    HttpRequestError.NameResolutionError => "host not found",
                    HttpRequestError.ConnectionError => "cannot connect",
                    HttpRequestError.SecureConnectionError => "TLS failed",
                    HttpRequestError.ResponseEnded => "connection closed",
                    _ => "no answer",
                });
            }
            catch (Exception e) when (e is InvalidOperationException || e is UriFormatException || e is NotSupportedException)
            {
                return Failure("bad URL");
            }
        }

        private static Answer Failure(string error) => new Answer(0, null, null, 0, error);

        private sealed record Answer(int Status, byte[]? Body, string? ETag, int RetryAfterS, string? Error);
    }
}
