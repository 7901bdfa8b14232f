using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging.Abstractions;
using Ticker.Feed.Market;
using Ticker.Feed.Polling;
using Ticker.Feed.Rest;
using Ticker.Feed.Settings;
using Ticker.Feed.Sources;
using Ticker.Feed.Tests.Rest;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Polling
{
    /// <summary>
    /// A poller against a fake venue API on loopback (real Kestrel, real HTTP), on the fake clock: values reach the
    /// market state, the venue's rate-limit answers are obeyed, garbage is skipped, silence is a failure.
    /// </summary>
    public sealed class RestPollerTests : IAsyncDisposable
    {
        private const string PremiumIndex = RestPaths.BinancePremiumIndex;
        private const string Good = """{"symbol":"BTCUSDT","markPrice":"60000.5","indexPrice":"60001","lastFundingRate":"0.00012","interestRate":"0.0001","nextFundingTime":1597392000000,"time":1597370495002}""";

        private readonly RestRig _rig = new();
        private readonly RecordingPollerObserver _observer = new();
        private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
        private FakeRestServer? _server;
        private RestPoller? _poller;

        public async ValueTask DisposeAsync()
        {
            if (_poller is not null)
            {
                await _poller.StopAsync(CancellationToken.None).WaitAsync(FakeExchange.Guard);
                _poller.Dispose();
            }

            if (_server is not null)
            {
                await _server.DisposeAsync();
            }

            _http.Dispose();
        }

        [Fact]
        public async Task A_whole_venue_group_fills_the_market_state()
        {
            FakeRestServer server = await Server();
            server.Answer(RestPaths.BinanceSpotTicker24h, (_, context) => FakeRestServer.Write(context, 200, context.Request.Query.ContainsKey("symbol")
                ? """{"symbol":"BTCUSDT","lastPrice":"100000","priceChangePercent":"-3.25"}"""
                : """[{"symbol":"BTCUSDT","volume":"700","quoteVolume":"1"},{"symbol":"ETHBTC","volume":"5","quoteVolume":"1"}]"""));
            server.Answer(RestPaths.BinanceSpotKlines, """[[1700000000000,"1","1","1","1","1",1700000299999,"100",5,"0.5","60","0"]]""");
            PollGroup spot = PollPlan.Create(new RestEndpoints(Settings(server)))[1];
            Assert.Equal("binance-spot", spot.Name);

            await Start(spot);
            for (int i = 0; i < spot.Targets.Count; i++)
            {
                Assert.Equal(200, (await _observer.NextFetched()).Status);
            }

            Assert.Equal(PollPlan.Fast, (await _observer.NextWaiting()).Delay);
            Assert.Equal(100_000m, _rig.State.Price!.Usd);
            Assert.Equal(-3.25m, _rig.State.Price.Chg24hPct);
            Assert.Equal(70_000_000, _rig.State.Spot!.BinanceUsd24h);
            Assert.Null(_rig.State.Spot.BinanceSharePct);   // Binance is the group's only venue: no share of one venue
            Assert.Equal(3 * 20, _rig.State.Spot.DeltaUsd24h);   // BTCUSDT, BTCFDUSD and BTCUSDC klines
            Assert.Equal(SourceState.Ok, State("binance"));
        }

        [Fact]
        public async Task A_429_with_Retry_After_holds_every_request_until_it_has_elapsed()
        {
            FakeRestServer server = await Server();
            server.Answer(PremiumIndex, (n, context) => n == 1 ? FakeRestServer.Write(context, 429, """{"code":-1003,"msg":"Too many requests"}""", retryAfter: "30") : FakeRestServer.Write(context, 200, Good));
            await Start(Group(server, TimeSpan.FromSeconds(5)));

            (_, long firstAt) = await server.NextRequest();
            Assert.Equal(429, (await _observer.NextFetched()).Status);
            Assert.Equal(TimeSpan.FromSeconds(30), (await _observer.NextWaiting()).Delay);
            Assert.Equal(SourceState.Failing, State("binance"));

            // The target's own period (5 s) has passed many times over, but Retry-After has not.
            _rig.Clock.Advance(TimeSpan.FromSeconds(29.999));
            Assert.Equal(1, server.Count(PremiumIndex));
            _rig.Clock.Advance(TimeSpan.FromMilliseconds(1));
            (_, long secondAt) = await server.NextRequest();
            Assert.Equal(200, (await _observer.NextFetched()).Status);

            Assert.Equal(30_000, secondAt - firstAt);
            Assert.Equal(SourceState.Ok, State("binance"));
            Assert.Equal(0.012m, _rig.State.Leverage!.FundingPct8h);
        }

        [Fact]
        public async Task A_418_ban_without_Retry_After_waits_the_long_default()
        {
            FakeRestServer server = await Server();
            server.Answer(PremiumIndex, (_, context) => FakeRestServer.Write(context, 418, """{"code":-1003,"msg":"Way too many requests; IP banned"}"""));
            await Start(Group(server, TimeSpan.FromSeconds(5)));

            Assert.Equal(418, (await _observer.NextFetched()).Status);
            Assert.Equal(RestPoller.BannedAtLeast, (await _observer.NextWaiting()).Delay);
        }

        [Fact]
        public async Task Binance_weight_near_the_budget_holds_the_group_to_the_next_minute()
        {
            FakeRestServer server = await Server();
            server.Answer(PremiumIndex, (_, context) => FakeRestServer.Write(context, 200, Good, usedWeight: "2000"));
            await Start(Group(server, TimeSpan.FromSeconds(5)));

            Assert.Equal(200, (await _observer.NextFetched()).Status);
            // The test clock starts on a whole minute: 2000 of 2400 used, so nothing until the minute turns.
            Assert.Equal(TimeSpan.FromMinutes(1), (await _observer.NextWaiting()).Delay);
        }

        [Fact]
        public async Task A_garbage_body_is_counted_and_skipped_and_the_old_reading_stays()
        {
            FakeRestServer server = await Server();
            server.Answer(PremiumIndex, (n, context) => FakeRestServer.Write(context, 200, n == 1 ? Good : "{\"symbol\":\"BTCUSDT\",\"markPrice\":"));
            await Start(Group(server, TimeSpan.FromSeconds(5)));

            await _observer.NextFetched();
            Assert.Equal(TimeSpan.FromSeconds(5), (await _observer.NextWaiting()).Delay);
            _rig.Clock.Advance(TimeSpan.FromSeconds(5));
            Assert.Equal(200, (await _observer.NextFetched()).Status);

            Assert.Equal(1, _rig.Counters("binance").Malformed);
            Assert.Equal(new FundingReading("binance", "BTCUSDT", 0.012m, TestClock.StartMs), Assert.Single(_rig.Readings.Funding));
            Assert.Equal(60000.5m, _rig.State.Price!.Usd);
            Assert.Equal(SourceState.Ok, State("binance"));
        }

        [Fact]
        public async Task A_venue_that_never_answers_fails_after_the_timeout_and_is_retried_with_backoff()
        {
            FakeRestServer server = await Server();
            server.Hang(PremiumIndex);
            await Start(Group(server, TimeSpan.FromSeconds(5)));

            await server.NextRequest();
            _rig.Clock.Advance(RestPoller.RequestTimeout);
            Assert.Null((await _observer.NextFetched()).Status);
            TimeSpan backoff = (await _observer.NextWaiting()).Delay;

            Assert.Equal(SourceState.Failing, State("binance"));
            Assert.Contains("no answer within 30 s", _rig.Sources.Register("binance").LastError, StringComparison.Ordinal);
            Assert.InRange(backoff, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(5));
            _rig.Clock.Advance(backoff);
            await server.NextRequest();
        }

        private static FeedSettings Settings(FakeRestServer server) => new()
        {
            BinanceFuturesRestUrl = server.BaseUrl,
            BinanceSpotRestUrl = server.BaseUrl,
            BybitRestUrl = server.BaseUrl,
            OkxRestUrl = server.BaseUrl,
            CoinbaseRestUrl = server.BaseUrl,
            KrakenRestUrl = server.BaseUrl,
            BitstampRestUrl = server.BaseUrl,
        };

        private static PollGroup Group(FakeRestServer server, TimeSpan every) =>
            new("binance-futures", "binance", new[] { new PollTarget(new RestEndpoints(Settings(server)).BinancePremiumIndex(), every) }, PollPlan.BinanceFuturesWeightPerMinute);

        private async Task<FakeRestServer> Server() => _server = await FakeRestServer.StartAsync(_rig.Clock);

        private async Task Start(PollGroup group)
        {
            _poller = new RestPoller(group, _http, _rig.Input, _rig.Sources, _rig.Clock, new Random(11), _observer, NullLogger<RestPoller>.Instance);
            await _poller.StartAsync(CancellationToken.None);
        }

        private SourceState State(string venue) => _rig.Sources.Register(venue).StatusAt(_rig.Now, _rig.Sources.StaleAfter).State;
    }
}
