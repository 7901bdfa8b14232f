using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Ticker.Data;
using Ticker.Feed.Alerts;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Sources;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Http
{
    /// <summary>GET /v1/alerts (the alert history) and GET /healthz (per-source state) on a real server.</summary>
    public class AlertsAndHealthTests
    {
        [Fact]
        public async Task Alerts_start_empty_in_the_transitions_shape()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();

            using HttpResponseMessage response = await feed.Client.GetAsync("/v1/alerts?since=1795000000");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("{\"transitions\":[]}", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task Alerts_lists_the_transitions_after_since_oldest_first()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            IAlertHistory history = feed.Service<IAlertHistory>();
            history.Record(new AlertTransition(300, AlertLevel.None, AlertSide.None, null));
            history.Record(new AlertTransition(100, AlertLevel.Watch, AlertSide.Long, "Taker buys 11.7x: watch"));
            history.Record(new AlertTransition(200, AlertLevel.Cascade, AlertSide.Long, "Long cascade"));

            using HttpResponseMessage response = await feed.Client.GetAsync("/v1/alerts?since=100");

            Assert.Equal(
                "{\"transitions\":[{\"at\":200,\"level\":3,\"side\":\"long\",\"headline\":\"Long cascade\"},{\"at\":300,\"level\":0,\"side\":null,\"headline\":null}]}",
                await response.Content.ReadAsStringAsync());
        }

        [Theory]
        [InlineData("?since=yesterday")]
        [InlineData("?since=-5")]
        [InlineData("?since=1&since=2")]
        public async Task A_bad_since_gets_400_naming_since(string query)
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();

            using HttpResponseMessage response = await feed.Client.GetAsync("/v1/alerts" + query);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("since", problem.RootElement.GetProperty("invalid-params")[0].GetProperty("name").GetString());
        }

        [Fact]
        public async Task Health_shows_the_snapshot_the_long_polls_and_each_source_with_its_parser_counters()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            LiquidationIngest ingest = feed.Service<LiquidationIngest>();
            ingest.Accept("okx", VenueFrames.Utf8("pong"));
            ingest.Accept("okx", VenueFrames.Utf8("{broken"));
            feed.Service<SourceRegistry>().Register("binance").ReportFailure("HTTP 451");
            feed.Refresh();

            using HttpResponseMessage response = await feed.Client.GetAsync("/healthz");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using JsonDocument health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            JsonElement root = health.RootElement;
            Assert.Equal("ok", root.GetProperty("status").GetString());
            Assert.Equal(1000, root.GetProperty("longPolls").GetProperty("capacity").GetInt32());
            JsonElement okx = root.GetProperty("sources")[0];
            Assert.Equal("okx", okx.GetProperty("id").GetString());
            Assert.Equal("ok", okx.GetProperty("state").GetString());
            Assert.Equal(2, okx.GetProperty("frames").GetInt64());
            Assert.Equal(1, okx.GetProperty("malformed").GetInt64());
            Assert.Equal("okx: frame is not JSON", okx.GetProperty("lastProblem").GetString());
            JsonElement binance = root.GetProperty("sources")[1];
            Assert.Equal("failing", binance.GetProperty("state").GetString());
            Assert.False(binance.GetProperty("ok").GetBoolean());
            Assert.Equal("HTTP 451", binance.GetProperty("lastError").GetString());
        }
    }
}
