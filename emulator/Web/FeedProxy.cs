using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Ticker.Emulator.Web
{
    /// <summary>
    /// The page's way to the feed the device polls: the replay controls (<c>/v1/replay</c>) and the alert history
    /// (<c>/v1/alerts</c>), passed through as they are, so the page never needs the feed's address or token.
    /// </summary>
    public sealed class FeedProxy : IDisposable
    {
        private readonly HttpClient _client;
        private readonly string? _token;

        /// <summary>Creates the proxy for the feed at <paramref name="feed"/>.</summary>
        public FeedProxy(Uri feed, string? token)
        {
            ArgumentNullException.ThrowIfNull(feed);
            _client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = feed, Timeout = TimeSpan.FromSeconds(10) };
            _token = string.IsNullOrEmpty(token) ? null : token;
        }

        /// <summary>Sends GET (or POST with <paramref name="jsonBody"/>) to <paramref name="path"/> and returns the feed's answer as it is.</summary>
        public async Task<IResult> ForwardAsync(string path, string? jsonBody, CancellationToken cancel)
        {
            Answer answer = await SendAsync(path, jsonBody, cancel).ConfigureAwait(false);
            return Results.Content(answer.Body, answer.ContentType, Encoding.UTF8, answer.Status);
        }

        /// <summary>The feed's answer to GET <paramref name="path"/> (502 or 504 with a problem body when it does not answer).</summary>
        public Task<Answer> GetAsync(string path, CancellationToken cancel) => SendAsync(path, null, cancel);

        private async Task<Answer> SendAsync(string path, string? jsonBody, CancellationToken cancel)
        {
            using var request = new HttpRequestMessage(jsonBody == null ? HttpMethod.Get : HttpMethod.Post, path);
            if (jsonBody != null)
            {
                request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
            }

            if (_token != null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _token);
            }

            try
            {
                using HttpResponseMessage response = await _client.SendAsync(request, cancel).ConfigureAwait(false);
                string body = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
                string type = response.Content.Headers.ContentType?.ToString() ?? "application/json";
                return new Answer((int)response.StatusCode, body, type);
            }
            catch (HttpRequestException e)
            {
                return Problem((int)HttpStatusCode.BadGateway, "feed unreachable", e.Message);
            }
            catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
            {
                return Problem((int)HttpStatusCode.GatewayTimeout, "feed did not answer", null);
            }
        }

        private static Answer Problem(int status, string title, string? detail) =>
            new Answer(status, System.Text.Json.JsonSerializer.Serialize(new { title, status, detail }), "application/problem+json");

        /// <summary>The feed's answer: status, body and content type.</summary>
        public sealed record Answer(int Status, string Body, string ContentType);

        /// <inheritdoc/>
        public void Dispose() => _client.Dispose();
    }
}
