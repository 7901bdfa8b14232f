using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Http
{
    /// <summary>
    /// <c>--trusted-proxies</c>: behind a trusted proxy the rate limit and the logs key on the device's address from
    /// X-Forwarded-For; from anyone else the header changes nothing. The test client connects from 127.0.0.1, so it
    /// plays the proxy when 127.0.0.1 is trusted and an outsider when it is not.
    /// </summary>
    public class TrustedProxyTests
    {
        private const string SnapshotPath = "/v1/snapshot?asset=BTC";

        private static HttpRequestMessage From(RunningFeed feed, string forwardedFor)
        {
            HttpRequestMessage request = feed.Get(SnapshotPath);
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
            return request;
        }

        private static async Task<HttpStatusCode> StatusAsync(RunningFeed feed, string forwardedFor)
        {
            using HttpResponseMessage response = await feed.Client.SendAsync(From(feed, forwardedFor));
            return response.StatusCode;
        }

        private static Task<RunningFeed> StartAsync(LogCapture logs, params string[] args) =>
            RunningFeed.StartAsync(
                new[] { "--rate-limit", "60", "--rate-burst", "1", "--Logging:LogLevel:Ticker.Feed.Http", "Information" }.Concat(args).ToArray(),
                services => services.AddSingleton<ILoggerProvider>(logs));

        [Fact]
        public async Task Behind_a_trusted_proxy_each_forwarded_device_has_its_own_bucket_and_is_logged_by_its_address()
        {
            var logs = new LogCapture();
            await using RunningFeed feed = await StartAsync(logs, "--trusted-proxies", "127.0.0.1");

            Assert.Equal(HttpStatusCode.OK, await StatusAsync(feed, "198.51.100.7"));
            Assert.Equal((HttpStatusCode)429, await StatusAsync(feed, "198.51.100.7"));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(feed, "198.51.100.8"));
            // A chain: the device, then a CDN the proxy trusts; the feed trusts only its proxy, so the last hop counts.
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(feed, "198.51.100.7, 203.0.113.50"));
            Assert.Equal((HttpStatusCode)429, await StatusAsync(feed, "203.0.113.50"));

            Assert.True(logs.Any("Client 198.51.100.7 polls faster than the rate limit allows"), string.Join(Environment.NewLine, logs.Messages));
            Assert.False(logs.Any("Client 127.0.0.1"));
        }

        [Fact]
        public async Task A_trusted_network_in_CIDR_form_is_believed_too()
        {
            var logs = new LogCapture();
            await using RunningFeed feed = await StartAsync(logs, "--trusted-proxies", "10.0.0.0/8, 127.0.0.0/8, ::1");

            Assert.Equal(HttpStatusCode.OK, await StatusAsync(feed, "198.51.100.7"));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(feed, "198.51.100.8"));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("10.0.0.0/8")]
        public async Task A_client_that_is_not_a_trusted_proxy_cannot_choose_its_bucket_with_X_Forwarded_For(string? trusted)
        {
            var logs = new LogCapture();
            await using RunningFeed feed = await StartAsync(logs, trusted is null ? Array.Empty<string>() : new[] { "--trusted-proxies", trusted });

            Assert.Equal(HttpStatusCode.OK, await StatusAsync(feed, "198.51.100.7"));
            // Another forwarded address does not buy a fresh bucket: the connection's own address is the key.
            Assert.Equal((HttpStatusCode)429, await StatusAsync(feed, "198.51.100.8"));

            Assert.True(logs.Any("Client 127.0.0.1 polls faster than the rate limit allows"), string.Join(Environment.NewLine, logs.Messages));
            Assert.False(logs.Any("198.51.100."));
        }

        [Fact]
        public async Task A_client_over_its_limit_is_logged_once_not_per_refused_request()
        {
            var logs = new LogCapture();
            await using RunningFeed feed = await StartAsync(logs);

            for (int i = 0; i < 5; i++)
            {
                await StatusAsync(feed, "198.51.100.7");
            }

            Assert.Single(logs.Messages, message => message.Contains("polls faster than the rate limit allows", StringComparison.Ordinal));
        }
    }
}
