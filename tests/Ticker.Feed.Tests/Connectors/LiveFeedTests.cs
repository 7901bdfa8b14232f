using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ticker.Feed.Connectors;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Connectors
{
    /// <summary>The connectors inside the feed host: off unless asked for, and a dead venue never stops the serving.</summary>
    public class LiveFeedTests
    {
        [Fact]
        public async Task Without_live_no_connector_runs_and_no_source_is_claimed()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();

            Assert.Empty(feed.App.Services.GetServices<IHostedService>().OfType<WebSocketConnector>());
            Assert.Empty(feed.Service<Ticker.Feed.Sources.SourceRegistry>().All());
        }

        [Fact]
        public async Task Venues_that_refuse_connections_show_failing_in_health_while_the_feed_keeps_serving()
        {
            var observer = new RecordingObserver();
            string dead = ConnectorResilienceTests.DeadAddress().ToString().TrimEnd('/');
            await using RunningFeed feed = await RunningFeed.StartAsync(
                new[] { "--live", "--binance-url", dead, "--bybit-url", dead, "--okx-url", dead },
                services => services.AddSingleton<IConnectorObserver>(observer));

            var failed = new HashSet<string>();
            while (failed.Count < 3)
            {
                failed.Add((await observer.NextBackoff()).Venue);
            }

            feed.Refresh();
            using HttpResponseMessage snapshot = await feed.Client.GetAsync("/v1/snapshot?asset=BTC");
            Assert.Equal(HttpStatusCode.OK, snapshot.StatusCode);

            using JsonDocument health = JsonDocument.Parse(await feed.Client.GetStringAsync("/healthz"));
            JsonElement[] sources = health.RootElement.GetProperty("sources").EnumerateArray().ToArray();
            Assert.Equal(new[] { "binance", "bybit", "okx" }, sources.Select(s => s.GetProperty("id").GetString()));
            Assert.All(sources, s =>
            {
                Assert.Equal("failing", s.GetProperty("state").GetString());
                Assert.False(string.IsNullOrEmpty(s.GetProperty("lastError").GetString()));
            });
        }
    }
}
