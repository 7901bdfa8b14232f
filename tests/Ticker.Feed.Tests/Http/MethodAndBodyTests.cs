using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Http
{
    /// <summary>Requests the feed does not serve: other methods on /metrics, a control body the server cannot read.</summary>
    public class MethodAndBodyTests
    {
        [Theory]
        [InlineData("POST")]
        [InlineData("DELETE")]
        [InlineData("PUT")]
        public async Task Metrics_answer_only_GET_and_405_with_Allow_otherwise(string method)
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();

            using HttpResponseMessage refused = await feed.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/metrics"));
            using HttpResponseMessage scrape = await feed.Client.GetAsync("/metrics");

            Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.StatusCode);
            Assert.Equal(new[] { "GET" }, refused.Content.Headers.Allow);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        }

        [Theory]
        [InlineData("zz\r\n{}\r\n0\r\n\r\n")]
        [InlineData("5\r\n{\"paused\":true}\r\n0\r\n\r\n")]
        public async Task A_malformed_chunked_replay_control_is_400_naming_the_body_without_a_server_error(string chunks)
        {
            using var scenario = new SmallScenario();
            var logs = new LogCapture();
            await using RunningFeed feed = await RunningFeed.StartAsync(
                new[] { "--replay", scenario.RecordingPath }, services => services.AddSingleton<ILoggerProvider>(logs));

            string response = await RawAsync(feed.Address, "POST /v1/replay HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunks);

            Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", response, StringComparison.Ordinal);
            Assert.Contains("\"invalid-params\":[{\"name\":\"body\",\"reason\":\"could not be read: ", response, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await feed.Client.GetAsync("/v1/replay")).StatusCode);
            Assert.Empty(logs.AtLeast(LogLevel.Error));
        }

        // One request as raw bytes (HttpClient cannot send a broken chunked body) and everything the server answers.
        private static async Task<string> RawAsync(Uri address, string request)
        {
            using var client = new TcpClient();
            await client.ConnectAsync(address.Host, address.Port);
            using NetworkStream stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            var answer = new List<byte>();
            var buffer = new byte[4096];
            int read;
            while ((read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10))) > 0)
            {
                answer.AddRange(buffer.Take(read));
            }

            return Encoding.UTF8.GetString(answer.ToArray());
        }
    }
}
