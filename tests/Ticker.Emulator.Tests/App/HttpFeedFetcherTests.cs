using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Ticker.App;
using Ticker.Config;
using Ticker.Emulator.Device;
using Ticker.Emulator.Tests.Support;
using Ticker.Platform;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    /// <summary>The device's HTTP adapter making the core's own requests to a real loopback feed.</summary>
    public class HttpFeedFetcherTests
    {
        private static async Task<HttpResult> Answer(HttpFeedFetcher fetcher)
        {
            await fetcher.WhenAnswered;
            var result = new HttpResult();
            Assert.True(fetcher.TryComplete(result));
            return result;
        }

        [Fact]
        public async Task It_sends_the_etag_holds_a_long_poll_and_reports_the_answer()
        {
            await using TestFeed feed = await TestFeed.StartAsync("calm");
            var app = new TickerApp(new DeviceSettings { WifiSsid = "desk", FeedUrl = feed.Address.ToString() }, 0, 1);
            app.OnNetwork(0, true, -55);
            string? raw = null;
            using var fetcher = new HttpFeedFetcher(body => raw = Encoding.UTF8.GetString(body));

            fetcher.Start(app.BeginRequest(0));
            HttpResult first = await Answer(fetcher);
            Assert.Equal(200, first.Status);
            Assert.Equal("\"48213\"", first.ETag);
            Assert.Equal(TestFeed.Example("calm"), raw);
            app.OnResponse(10, first);
            Assert.Equal(48213, app.Data!.Seq);

            // The core now long-polls with the ETag: the feed holds the request until its snapshot changes.
            HttpRequest poll = app.BeginRequest(20);
            Assert.Contains("&wait=25", poll.Url);
            fetcher.Start(poll);
            Assert.False(fetcher.TryComplete(new HttpResult()));
            feed.Serve("cascade");
            HttpResult second = await Answer(fetcher);
            Assert.Equal(200, second.Status);
            Assert.Equal("\"49021\"", second.ETag);
            app.OnResponse(30, second);
            Assert.Equal(Ticker.Data.AlertLevel.Cascade, app.ActiveAlertLevel);
        }

        [Fact]
        public async Task A_closed_port_is_a_network_failure_with_status_0()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();

            var app = new TickerApp(new DeviceSettings { WifiSsid = "desk", FeedUrl = "http://127.0.0.1:" + port }, 0, 1);
            app.OnNetwork(0, true, -55);
            using var fetcher = new HttpFeedFetcher();
            fetcher.Start(app.BeginRequest(0));
            HttpResult result = await Answer(fetcher);
            Assert.Equal(0, result.Status);
            Assert.Equal("cannot connect", result.Error);
            app.OnResponse(5, result);
            Assert.Equal("cannot connect (feed 127.0.0.1:" + port + ")", app.LastError);
        }
    }
}
