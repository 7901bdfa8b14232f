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
using Ticker.Feed.Polling;
using Ticker.Feed.Rest;
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
            Assert.Empty(feed.App.Services.GetServices<IHostedService>().OfType<RestPoller>());
            Assert.Empty(feed.Service<Ticker.Feed.Sources.SourceRegistry>().All());
        }

        [Fact]
        public async Task Venues_that_refuse_or_never_answer_show_failing_in_health_while_the_feed_keeps_serving()
        {
            var observer = new RecordingObserver();
            var polls = new RecordingPollerObserver();
            string dead = ConnectorResilienceTests.DeadAddress().ToString().TrimEnd('/');
            await using FakeRestServer silent = await FakeRestServer.StartAsync(TimeProvider.System);
            silent.HangByDefault = true;
            string rest = silent.BaseUrl.ToString().TrimEnd('/');
            await using RunningFeed feed = await RunningFeed.StartAsync(
                new[]
                {
                    "--live", "--binance-url", dead, "--bybit-url", dead, "--okx-url", dead,
                    "--binance-futures-rest-url", rest, "--binance-spot-rest-url", rest, "--bybit-rest-url", rest, "--okx-rest-url", rest,
                    "--coinbase-rest-url", rest, "--kraken-rest-url", rest, "--bitstamp-rest-url", rest,
                },
                services =>
                {
                    services.AddSingleton<IConnectorObserver>(observer);
                    services.AddSingleton<IPollerObserver>(polls);
                });

            var failed = new HashSet<string>();
            while (failed.Count < 3)
            {
                failed.Add((await observer.NextBackoff()).Venue);
            }

            // Every poller group has its first request held by the silent venue; the snapshot is served meanwhile.
            int groups = PollPlan.Create(RestEndpoints.Production).Count;
            for (int i = 0; i < groups; i++)
            {
                await silent.NextRequest();
            }

            feed.Refresh();
            using (HttpResponseMessage snapshot = await feed.Client.GetAsync("/v1/snapshot?asset=BTC"))
            {
                Assert.Equal(HttpStatusCode.OK, snapshot.StatusCode);
            }

            feed.Clock.Advance(RestPoller.RequestTimeout);
            var timedOut = new HashSet<string>();
            while (timedOut.Count < groups)
            {
                (string group, _, int? status) = await polls.NextFetched();
                Assert.Null(status);
                timedOut.Add(group);
            }

            using JsonDocument health = JsonDocument.Parse(await feed.Client.GetStringAsync("/healthz"));
            JsonElement[] sources = health.RootElement.GetProperty("sources").EnumerateArray().ToArray();
            Assert.Equal(new[] { "binance", "bybit", "okx", "coinbase", "kraken", "bitstamp" }, sources.Select(s => s.GetProperty("id").GetString()));
            Assert.All(sources, s =>
            {
                Assert.Equal("failing", s.GetProperty("state").GetString());
                Assert.False(string.IsNullOrEmpty(s.GetProperty("lastError").GetString()));
            });
            Assert.Contains("no answer within 30 s", sources[3].GetProperty("lastError").GetString(), StringComparison.Ordinal);
            feed.Refresh();
            using HttpResponseMessage after = await feed.Client.GetAsync("/v1/snapshot?asset=BTC");
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }
    }
}
