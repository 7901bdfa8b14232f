using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Backfill;
using Ticker.Feed.Ingest;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Rest;
using Ticker.Feed.Risk;
using Ticker.Feed.Settings;
using Ticker.Feed.Sources;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Backfill
{
    /// <summary>
    /// OKX's start-up liquidation backfill against a fake OKX REST API (real Kestrel on 127.0.0.1): each family read
    /// newest first page by page, counted like the stream's (a liquidation the stream delivered counts once), and
    /// OKX's coverage widened only as far back as the pages truly reach; a broken answer is counted and skipped.
    /// </summary>
    public sealed class OkxLiquidationBackfillTests : IAsyncDisposable
    {
        private const long HourMs = 3_600_000;
        private static readonly long Now = TestClock.StartMs;

        private readonly FakeTimeProvider _clock = TestClock.New();
        private readonly LiquidationAggregator _aggregator;
        private readonly SourceRegistry _sources;
        private readonly LiquidationIngest _ingest;
        private readonly OkxContractBook _book = new(OkxContractTable.BtcSwaps);
        private readonly ConcurrentDictionary<string, List<Row>> _rows = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _broken = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<string> _asked = new();
        private readonly LogCapture _logs = new();
        private FakeRestServer? _server;

        public OkxLiquidationBackfillTests()
        {
            _aggregator = new LiquidationAggregator(_clock);
            _sources = new SourceRegistry(_clock, new FeedSettings());
            _ingest = new LiquidationIngest(new ILiquidationParser[] { new OkxLiquidationOrdersParser(_book) }, _aggregator, _sources, new BtcPerpetualLiquidations(_clock));

            // The instruments list has been read: every family's swap has its contract value.
            _book.Current = OkxContractTable.BtcSwaps.MergedWith(new Dictionary<string, OkxContract>
            {
                ["ETH-USDT-SWAP"] = new(0.1m, "ETH"),
                ["ETH-USD-SWAP"] = new(10m, "USD"),
                ["SOL-USDT-SWAP"] = new(1m, "SOL"),
                ["XRP-USDT-SWAP"] = new(100m, "XRP"),
                ["DOGE-USDT-SWAP"] = new(1000m, "DOGE"),
                ["SUI-USDT-SWAP"] = new(1m, "SUI"),
                ["ADA-USDT-SWAP"] = new(100m, "ADA"),
                ["LTC-USDT-SWAP"] = new(1m, "LTC"),
            });
        }

        [Fact]
        public async Task Every_family_read_to_the_end_of_its_day_is_counted_and_OKX_is_covered_a_day_back()
        {
            // 20 hours ago, $6,000 of BTC longs; 3 hours ago, $3,000 of ETH shorts; a minute ago, $20,000 of SOL longs.
            Add("BTC-USDT-SWAP", "sell", "long", "60000", "10", Now - 20 * HourMs);
            Add("ETH-USDT-SWAP", "buy", "short", "3000", "10", Now - 3 * HourMs);
            Add("SOL-USDT-SWAP", "sell", "net", "200", "100", Now - 60_000);
            _aggregator.MarkVenueLive("okx");

            BackfillReport report = await RunAsync();

            Assert.Equal((3, 0), (report.Added, report.Known));
            Assert.Equal(Now - 24 * HourMs, report.CoveredSinceMs);
            Assert.Empty(report.Failures);
            Assert.Equal(RestEndpoints.OkxBackfillFamilies.Count, report.Pages);   // one short page each
            LiquidationTotals totals = _aggregator.Totals(Now)!;
            Assert.Equal(new[] { "okx" }, totals.Venues);
            Assert.Equal(new SideTotals(26_000, 3_000), totals.H24);
            Assert.Null(totals.H24CoveredS);                                       // whole: the day is covered
            Assert.Equal(new SideTotals(20_000, 3_000), totals.H4);
            Assert.Equal(new SideTotals(6_000, 0), totals.H24Btc);
            Assert.Contains(_logs.Messages, line => line.Contains("OKX liquidation backfill: 3 liquidations counted, 0 already heard, from 10 pages of 10 families; OKX covered from 2026-11-19 12:00:00Z (24.0 h back)", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_family_still_full_after_its_last_page_covers_OKX_only_from_its_oldest_row()
        {
            // BTC-USDT: a liquidation every minute for 20 hours (1,200 rows), more than 10 pages of 100 hold.
            for (int i = 0; i < 1_200; i++)
            {
                Add("BTC-USDT-SWAP", "sell", "long", "60000", "1", Now - 30_000 - i * 60_000L);
            }

            // ETH-USDT: one 2 hours ago, inside what the BTC pages reach, and one 19 hours ago, beyond it.
            Add("ETH-USDT-SWAP", "buy", "short", "3000", "10", Now - 2 * HourMs);
            Add("ETH-USDT-SWAP", "buy", "short", "3000", "20", Now - 19 * HourMs);
            _aggregator.MarkVenueLive("okx");

            BackfillReport report = await RunAsync();

            // The 1,000th newest BTC row is the oldest read: 999 minutes and 30 s ago. OKX is covered from there on.
            long oldestRead = Now - 30_000 - 999 * 60_000L;
            Assert.Equal(oldestRead, report.CoveredSinceMs);
            Assert.Equal(RestEndpoints.OkxBackfillMaxPages + RestEndpoints.OkxBackfillFamilies.Count - 1, report.Pages);
            Assert.Equal(999 + 1, report.Added);   // coverage is (oldest, now]: the oldest row is its edge, not counted

            string[] btcPages = _asked.Where(query => query.Contains("instFamily=BTC-USDT&", StringComparison.Ordinal)).ToArray();
            Assert.Equal(RestEndpoints.OkxBackfillMaxPages, btcPages.Length);
            Assert.DoesNotContain("after=", btcPages[0], StringComparison.Ordinal);
            Assert.EndsWith("&after=" + (Now - 30_000 - 99 * 60_000L).ToString(CultureInfo.InvariantCulture), btcPages[1], StringComparison.Ordinal);
            Assert.All(_asked, query => Assert.Contains("instType=SWAP", query, StringComparison.Ordinal));
            Assert.All(_asked, query => Assert.Contains("state=filled&limit=100", query, StringComparison.Ordinal));

            LiquidationTotals totals = _aggregator.Totals(Now)!;
            Assert.Equal((Now - oldestRead) / 1000, totals.H24CoveredS);
            Assert.Equal(new SideTotals(999 * 600, 3_000), totals.H24);             // the 19-hour-old ETH row is not counted
            Assert.Equal(new SideTotals(60 * 600, 0), totals.H1);
            Assert.Null(totals.H1CoveredS);
        }

        [Fact]
        public async Task A_liquidation_the_stream_already_delivered_counts_once()
        {
            string detail = VenueFrames.OkxDetail("sell", "long", "60000", "50", Now - 10_000);
            Assert.Equal(FrameKind.Data, _ingest.Accept("okx", VenueFrames.Utf8(VenueFrames.OkxPush(VenueFrames.OkxInstrument("BTC-USDT-SWAP", detail)))));
            Add("BTC-USDT-SWAP", "sell", "long", "60000", "50", Now - 10_000);
            Add("BTC-USDT-SWAP", "buy", "short", "60000", "10", Now - 5 * HourMs);

            BackfillReport report = await RunAsync();

            Assert.Equal((1, 1), (report.Added, report.Known));
            Assert.Equal(new SideTotals(30_000, 6_000), _aggregator.Totals(Now)!.H24);
        }

        [Theory]
        [InlineData("500")]
        [InlineData("not json")]
        [InlineData("okx error")]
        public async Task A_broken_answer_is_counted_and_skipped_in_one_line_and_the_coverage_is_not_widened(string broken)
        {
            _clock.Advance(TimeSpan.FromMinutes(10));
            long now = Now + 10 * 60_000;
            Add("BTC-USDT-SWAP", "sell", "long", "60000", "10", now - 5 * HourMs);
            Add("BTC-USDT-SWAP", "sell", "long", "60000", "20", now - 30_000);
            _broken["SOL-USDT"] = context => broken switch
            {
                "500" => FakeRestServer.Write(context, 500, "{\"code\":\"50001\",\"msg\":\"Service temporarily unavailable\",\"data\":[]}"),
                "not json" => FakeRestServer.Write(context, 200, "<html>bad gateway</html>"),
                _ => FakeRestServer.Write(context, 200, "{\"code\":\"50011\",\"msg\":\"Too Many Requests\",\"data\":[]}"),
            };
            _aggregator.MarkVenueLive("okx");
            _clock.Advance(TimeSpan.FromMinutes(1));
            _aggregator.MarkVenueLive("okx");
            long malformedBefore = _sources.Register("okx").Parse.Malformed;

            BackfillReport report = await RunAsync();

            Assert.Null(report.CoveredSinceMs);
            string failure = Assert.Single(report.Failures);
            Assert.StartsWith("SOL-USDT: ", failure, StringComparison.Ordinal);
            string line = Assert.Single(_logs.Messages, message => message.Contains("SOL-USDT", StringComparison.Ordinal));
            Assert.Contains(broken switch { "500" => "HTTP 500", "not json" => "not a JSON object", _ => "code 50011 (Too Many Requests)" }, line, StringComparison.Ordinal);
            Assert.Contains(_logs.Messages, message => message.Contains("OKX's coverage not widened (1 of 10 families failed)", StringComparison.Ordinal));
            SourceHealth okx = _sources.Register("okx");
            Assert.Equal(broken == "500" ? 0 : 1, okx.Parse.Malformed - malformedBefore);
            Assert.Contains("SOL-USDT", okx.LastError, StringComparison.Ordinal);

            // Only what is newer than the backfill's start would count (nothing here): OKX's span is still its stream's minute.
            Assert.Equal((0, 0), (report.Added, report.Known));
            LiquidationTotals totals = _aggregator.Totals(now + 60_000)!;
            Assert.Equal(60, totals.H24CoveredS);
            Assert.Equal(new SideTotals(0, 0), totals.H24);
        }

        [Fact]
        public async Task A_family_that_never_answers_is_given_up_after_the_request_timeout_and_the_rest_still_run()
        {
            Add("BTC-USDT-SWAP", "sell", "long", "60000", "10", Now - 2 * HourMs);
            var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _broken["ETH-USDT"] = async context =>
            {
                asked.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            };
            _aggregator.MarkVenueLive("okx");

            Task<BackfillReport> running = RunAsync();
            await asked.Task.WaitAsync(FakeExchange.Guard);
            Assert.False(running.IsCompleted);
            _clock.Advance(OkxLiquidationBackfill.RequestTimeout);
            BackfillReport report = await running;

            Assert.Equal("ETH-USDT: no answer within 30 s", Assert.Single(report.Failures));
            Assert.Null(report.CoveredSinceMs);
            Assert.Equal(RestEndpoints.OkxBackfillFamilies.Count, _asked.Count);   // the families after it were still read
            Assert.Single(_logs.Messages, message => message.Contains("ETH-USDT skipped: no answer within 30 s", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Without_the_instruments_list_only_the_BTC_swaps_are_read_and_the_coverage_is_not_widened()
        {
            _book.Current = OkxContractTable.BtcSwaps;
            Add("BTC-USDT-SWAP", "sell", "long", "60000", "10", Now - 2 * HourMs);
            _aggregator.MarkVenueLive("okx");

            BackfillReport report = await RunAsync();

            // The alts cannot be priced (their contract values come with the list): a day of BTC alone is not OKX's day.
            Assert.Equal(RestEndpoints.OkxBackfillFamilies.Count - 2, report.Failures.Count);
            Assert.All(report.Failures, failure => Assert.Contains("no contract value", failure, StringComparison.Ordinal));
            Assert.Null(report.CoveredSinceMs);
            Assert.Equal(2, _asked.Count);
            Assert.Equal(0, report.Added);
        }

        [Fact]
        public async Task A_feed_without_live_asks_OKX_for_nothing()
        {
            await using FakeRestServer okx = await FakeRestServer.StartAsync(_clock);
            string rest = okx.BaseUrl.ToString().TrimEnd('/');
            await using RunningFeed feed = await RunningFeed.StartAsync("--okx-rest-url", rest);

            feed.Service<IFeedInput>().AcceptFrame(InputSources.OkxPublicWs, VenueFrames.Utf8(VenueFrames.OkxPush(VenueFrames.OkxInstrument("BTC-USDT-SWAP", VenueFrames.OkxDetail("sell", "long", "60000", "1", TestClock.StartMs)))));
            feed.Clock.Advance(OkxLiquidationBackfill.ContractsWait + TimeSpan.FromMinutes(1));
            feed.Refresh();

            Assert.Null(feed.App.Services.GetService(typeof(OkxLiquidationBackfill)));
            Assert.Equal(0, okx.Count(RestPaths.OkxLiquidationOrders));
        }

        [Fact]
        public async Task With_live_the_feed_backfills_once_OKX_is_heard_and_serves_a_whole_day_from_its_first_minute()
        {
            Add("BTC-USDT-SWAP", "sell", "long", "60000", "10", Now - 20 * HourMs);
            Add("ETH-USDT-SWAP", "buy", "short", "3000", "10", Now - 3 * HourMs);
            Add("BTC-USDT-SWAP", "buy", "short", "60000", "5", Now - 1_000);
            await using FakeExchange okxStream = await FakeExchange.StartAsync();
            _server = await FakeRestServer.StartAsync(_clock);
            _server.Answer(RestPaths.OkxLiquidationOrders, (_, context) => AnswerAsync(context));
            _server.Answer(RestPaths.OkxInstruments, "{\"code\":\"0\",\"msg\":\"\",\"data\":[" + string.Join(",", RestEndpoints.OkxBackfillFamilies.Select(family =>
            {
                _book.Current.TryGet(family + "-SWAP", out OkxContract contract);
                return "{\"instType\":\"SWAP\",\"instId\":\"" + family + "-SWAP\",\"instFamily\":\"" + family + "\",\"ctVal\":\""
                    + contract.CtVal.ToString(CultureInfo.InvariantCulture) + "\",\"ctValCcy\":\"" + contract.CtValCcy + "\"}";
            })) + "]}");
            string dead = Connectors.ConnectorResilienceTests.DeadAddress().ToString().TrimEnd('/');
            string rest = _server.BaseUrl.ToString().TrimEnd('/');
            await using RunningFeed feed = await RunningFeed.StartAsync(
                new[]
                {
                    "--live", "--binance-url", dead, "--bybit-url", dead, "--okx-url", okxStream.BaseUrl.ToString().TrimEnd('/'),
                    "--binance-futures-rest-url", rest, "--binance-spot-rest-url", rest, "--bybit-rest-url", rest, "--okx-rest-url", rest,
                    "--coinbase-rest-url", rest, "--kraken-rest-url", rest, "--bitstamp-rest-url", rest,
                },
                null,
                _clock);
            OkxLiquidationBackfill backfill = feed.Service<OkxLiquidationBackfill>();
            FakeSocket socket = await okxStream.AcceptAsync();
            await socket.ReceiveAsync();   // the subscription
            Assert.False(backfill.Done.IsCompleted);
            Assert.Equal(0, _server.Count(RestPaths.OkxLiquidationOrders));

            // The stream delivers the newest liquidation; the backfill then reads the day, that one among it.
            await socket.SendAsync(VenueFrames.OkxPush(VenueFrames.OkxInstrument("BTC-USDT-SWAP", VenueFrames.OkxDetail("buy", "short", "60000", "5", Now - 1_000))));
            BackfillReport? report = await backfill.Done.WaitAsync(FakeExchange.Guard);

            Assert.NotNull(report);
            Assert.Equal((2, 1), (report.Added, report.Known));
            Assert.Equal(Now - 24 * HourMs, report.CoveredSinceMs);
            Assert.Empty(report.Failures);

            // Served at once: the whole day on OKX, the liquidation the stream delivered counted once.
            feed.Refresh();
            using JsonDocument snapshot = JsonDocument.Parse(await feed.Client.GetStringAsync("/v1/snapshot?asset=BTC"));
            JsonElement liq = snapshot.RootElement.GetProperty("liq");
            Assert.Equal("{\"long\":6000,\"short\":6000,\"btcLong\":6000,\"btcShort\":3000}", liq.GetProperty("h24").GetRawText());   // no coveredS: whole
        }

        [Fact]
        public async Task The_pacer_lets_twenty_requests_through_per_two_seconds_of_the_feed_clock()
        {
            var pacer = new RequestPacer(OkxLiquidationBackfill.RequestsPerWindow, TimeSpan.FromSeconds(2), _clock);
            for (int i = 0; i < 20; i++)
            {
                Assert.True(pacer.NextAsync(CancellationToken.None).IsCompletedSuccessfully);
            }

            Task twentyFirst = pacer.NextAsync(CancellationToken.None);
            Assert.False(twentyFirst.IsCompleted);
            _clock.Advance(TimeSpan.FromMilliseconds(1_999));
            Assert.False(twentyFirst.IsCompleted);
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            await twentyFirst.WaitAsync(FakeExchange.Guard);
        }

        public async ValueTask DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }

        private void Add(string instId, string side, string posSide, string bkPx, string sz, long timeMs) =>
            _rows.GetOrAdd(instId.Substring(0, instId.Length - "-SWAP".Length), _ => new List<Row>()).Add(new Row(instId, VenueFrames.OkxDetail(side, posSide, bkPx, sz, timeMs), timeMs));

        private async Task<BackfillReport> RunAsync()
        {
            _server = await FakeRestServer.StartAsync(_clock);
            _server.Answer(RestPaths.OkxLiquidationOrders, (_, context) => AnswerAsync(context));
            var settings = new FeedSettings { OkxRestUrl = _server.BaseUrl };
            using var http = new HttpClient();
            var backfill = new OkxLiquidationBackfill(
                http,
                new RestEndpoints(settings),
                _ingest,
                _book,
                _sources,
                NullInputRecorder.Instance,
                _clock,
                new LoggerFactory(new[] { _logs }).CreateLogger<OkxLiquidationBackfill>());
            return await backfill.RunAsync(CancellationToken.None).WaitAsync(FakeExchange.Guard);
        }

        // OKX's REST answer: the family's rows newest first, those earlier than "after" when given, "limit" of them.
        private Task AnswerAsync(HttpContext context)
        {
            _asked.Enqueue(context.Request.QueryString.Value ?? "");
            string family = context.Request.Query["instFamily"].ToString();
            if (_broken.TryGetValue(family, out Func<HttpContext, Task>? broken))
            {
                return broken(context);
            }

            int limit = int.Parse(context.Request.Query["limit"].ToString(), CultureInfo.InvariantCulture);
            long after = context.Request.Query.ContainsKey("after") ? long.Parse(context.Request.Query["after"].ToString(), CultureInfo.InvariantCulture) : long.MaxValue;
            Row[] page = (_rows.TryGetValue(family, out List<Row>? rows) ? rows : new List<Row>())
                .Where(row => row.TimeMs < after)
                .OrderByDescending(row => row.TimeMs)
                .Take(limit)
                .ToArray();
            string data = string.Join(",", page.GroupBy(row => row.InstId).Select(group => VenueFrames.OkxInstrument(group.Key, group.Select(row => row.Detail).ToArray())));
            return FakeRestServer.Write(context, 200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[" + data + "]}");
        }

        private sealed record Row(string InstId, string Detail, long TimeMs);
    }
}
