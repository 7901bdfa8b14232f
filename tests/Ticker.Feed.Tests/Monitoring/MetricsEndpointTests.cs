using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Sources;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Monitoring
{
    /// <summary>GET /metrics scraped over real HTTP (Kestrel on loopback): the named series and their values.</summary>
    public class MetricsEndpointTests
    {
        [Fact]
        public async Task A_scrape_shows_requests_by_code_the_snapshot_sources_parsers_alert_and_risk()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            SourceHealth bybit = feed.Service<SourceRegistry>().Register("bybit");
            bybit.ReportGood();
            feed.Service<LiquidationIngest>().Accept("bybit", Encoding.UTF8.GetBytes("{not json"));
            MarketState market = feed.Service<MarketState>();
            market.Alert = new AlertReading(AlertLevel.Warning, AlertSide.Long, 1, 60_000_000);
            market.Leverage = Risk.RiskFormulaTests.DocsExample with { AtUnixMs = feed.Clock.GetUtcNow().ToUnixTimeMilliseconds() };
            var built = feed.Refresh();

            HttpResponseMessage ok = await feed.Client.GetAsync("/v1/snapshot?asset=BTC");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal(HttpStatusCode.NotModified, (await feed.Client.SendAsync(feed.Get("/v1/snapshot?asset=BTC", ifNoneMatch: built.ETag))).StatusCode);
            Assert.Equal(HttpStatusCode.NotModified, (await feed.Client.SendAsync(feed.Get("/v1/snapshot?asset=BTC", ifNoneMatch: built.ETag))).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await feed.Client.GetAsync("/v1/snapshot?asset=ETH")).StatusCode);
            await feed.Client.GetAsync("/v1/alerts");   // not a snapshot request: not counted

            HttpResponseMessage scrape = await feed.Client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
            Assert.StartsWith("text/plain", scrape.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
            string text = await scrape.Content.ReadAsStringAsync();

            AssertSeries(text, "ticker_feed_snapshot_requests_total{code=\"200\"} 1");
            AssertSeries(text, "ticker_feed_snapshot_requests_total{code=\"304\"} 2");
            AssertSeries(text, "ticker_feed_snapshot_requests_total{code=\"400\"} 1");
            AssertSeries(text, $"ticker_feed_snapshot_seq {built.Seq}");
            AssertSeries(text, $"ticker_feed_snapshot_bytes {built.Body.Length}");
            AssertSeries(text, "ticker_feed_long_polls_waiting 0");
            AssertSeries(text, "ticker_feed_long_polls_capacity 1000");
            AssertSeries(text, "ticker_feed_source_up{source=\"bybit\"} 1");
            AssertSeries(text, "ticker_feed_source_state{source=\"bybit\",state=\"ok\"} 1");
            AssertSeries(text, "ticker_feed_source_state{source=\"bybit\",state=\"failing\"} 0");
            AssertSeries(text, "ticker_feed_parser_frames_total{source=\"bybit\"} 1");
            AssertSeries(text, "ticker_feed_parser_malformed_total{source=\"bybit\"} 1");
            AssertSeries(text, "ticker_feed_parser_events_total{source=\"bybit\"} 0");
            AssertSeries(text, "ticker_feed_alert_level 2");
            AssertSeries(text, "ticker_feed_risk_score 49");
        }

        [Fact]
        public async Task Metrics_need_no_token_and_are_off_with_metrics_false()
        {
            await using (RunningFeed open = await RunningFeed.StartAsync("--token", "0123456789abcdef"))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await open.Client.GetAsync("/v1/snapshot?asset=BTC")).StatusCode);
                string text = await open.Client.GetStringAsync("/metrics");
                AssertSeries(text, "ticker_feed_snapshot_requests_total{code=\"401\"} 1");
                AssertSeries(text, "ticker_feed_risk_score NaN");
                AssertSeries(text, "ticker_feed_alert_level 0");
            }

            await using RunningFeed off = await RunningFeed.StartAsync("--metrics", "false");
            Assert.Equal(HttpStatusCode.NotFound, (await off.Client.GetAsync("/metrics")).StatusCode);
        }

        private static void AssertSeries(string exposition, string line)
        {
            foreach (string candidate in exposition.Split('\n'))
            {
                if (candidate.TrimEnd() == line)
                {
                    return;
                }
            }

            Assert.Fail($"No line '{line}' in:{Environment.NewLine}{exposition}");
        }
    }
}
