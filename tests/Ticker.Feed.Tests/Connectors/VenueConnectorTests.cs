using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Connectors;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Sources;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Connectors
{
    /// <summary>
    /// Each venue's connector against a fake exchange on loopback: the route and subscription the venue requires,
    /// its frames becoming liquidations on the right side with the right USD notional, and its heartbeat.
    /// </summary>
    public class VenueConnectorTests
    {
        private static readonly long Now = TestClock.StartMs;

        [Fact]
        public async Task Binance_reads_the_combined_market_route_and_counts_a_sell_as_a_long_liquidated()
        {
            await using FakeExchange exchange = await FakeExchange.StartAsync();
            await using ConnectorRig rig = await ConnectorRig.StartAsync(VenueProtocols.Binance(exchange.BaseUrl));
            FakeSocket socket = await exchange.AcceptAsync();
            Assert.Equal("/market/stream?streams=!forceOrder@arr/!markPrice@arr@1s", socket.PathAndQuery);
            Assert.Equal(SourceState.Connecting, rig.State);

            await socket.SendAsync(VenueFrames.BinanceCombined(VenueFrames.BinanceOrder("BTCUSDT", "SELL", "0.5", "60000.10", Now - 1_000)));

            Assert.Equal(("binance", FrameKind.Data), await rig.Observer.NextFrame());
            Assert.Equal(new SideTotals(30_000, 0), rig.Aggregator.Totals(Now)!.M5);
            Assert.Equal(SourceState.Ok, rig.State);
        }

        [Fact]
        public async Task Binance_mark_price_frames_on_the_same_socket_give_funding_and_keep_the_source_ok()
        {
            await using FakeExchange exchange = await FakeExchange.StartAsync();
            await using ConnectorRig rig = await ConnectorRig.StartAsync(VenueProtocols.Binance(exchange.BaseUrl));
            FakeSocket socket = await exchange.AcceptAsync();

            await socket.SendAsync(VenueFrames.BinanceMarkPrices(Now, VenueFrames.BinanceMarkPrice("ETHUSDT", "3000.5", "0.00050000", Now), VenueFrames.BinanceMarkPrice("BTCUSDT", "60012.34", "0.00010000", Now)));

            Assert.Equal(("binance", FrameKind.Data), await rig.Observer.NextFrame());
            Assert.Equal(0, rig.Source.Parse.Malformed);
            Assert.Equal(SourceState.Ok, rig.State);
            Assert.Equal(0.01m, rig.Market.Leverage!.FundingPct8h);
            Assert.Equal(60012.34m, rig.Market.Price!.Usd);
        }

        [Fact]
        public async Task Bybit_subscribes_one_arg_per_symbol_counts_the_position_side_and_pings_every_20_s()
        {
            await using FakeExchange exchange = await FakeExchange.StartAsync();
            await using ConnectorRig rig = await ConnectorRig.StartAsync(VenueProtocols.Bybit(exchange.BaseUrl, new[] { "BTCUSDT", "BTCPERP" }));
            FakeSocket socket = await exchange.AcceptAsync();
            Assert.Equal("/v5/public/linear", socket.PathAndQuery);
            Assert.Equal("{\"op\":\"subscribe\",\"args\":[\"publicTrade.BTCUSDT\",\"allLiquidation.BTCUSDT\",\"allLiquidation.BTCPERP\"]}", await socket.ReceiveAsync());

            await socket.SendAsync(VenueFrames.BybitPush("BTCUSDT", Now, VenueFrames.BybitItem("BTCUSDT", "Sell", "0.25", "64000", Now - 500)));
            Assert.Equal(("bybit", FrameKind.Data), await rig.Observer.NextFrame());
            Assert.Equal(new SideTotals(0, 16_000), rig.Aggregator.Totals(Now)!.M5);

            // Data keeps flowing (the push above), yet Bybit wants its ping on the fixed period.
            rig.Clock.Advance(TimeSpan.FromSeconds(20));
            Assert.Equal("{\"op\":\"ping\"}", await socket.ReceiveAsync());
            await socket.SendAsync("{\"success\":true,\"ret_msg\":\"pong\",\"conn_id\":\"c1\",\"op\":\"ping\"}");
            Assert.Equal(("bybit", FrameKind.Control), await rig.Observer.NextFrame());
            Assert.Equal(SourceState.Ok, rig.State);
        }

        [Fact]
        public async Task Bybit_follows_the_most_traded_symbols_once_known_subscribing_only_the_new_ones_on_the_open_socket()
        {
            IReadOnlyList<string>? top = null;
            await using FakeExchange exchange = await FakeExchange.StartAsync();
            await using ConnectorRig rig = await ConnectorRig.StartAsync(VenueProtocols.Bybit(exchange.BaseUrl, new[] { "BTCUSDT" }, () => Volatile.Read(ref top)));
            FakeSocket socket = await exchange.AcceptAsync();
            Assert.Equal("{\"op\":\"subscribe\",\"args\":[\"publicTrade.BTCUSDT\",\"allLiquidation.BTCUSDT\"]}", await socket.ReceiveAsync());

            Assert.Equal("bybit", await rig.Observer.NextSubscribed());

            // The tickers poll names the most traded perpetuals; the next watchdog tick subscribes the new ones.
            Volatile.Write(ref top, new[] { "BTCUSDT", "ETHUSDT", "SOLUSDT" });
            rig.Clock.Advance(WebSocketConnector.CheckEvery);
            Assert.Equal("{\"op\":\"subscribe\",\"args\":[\"allLiquidation.ETHUSDT\",\"allLiquidation.SOLUSDT\"]}", await socket.ReceiveAsync());

            // An ETH liquidation now counts, market-wide.
            await socket.SendAsync(VenueFrames.BybitPush("ETHUSDT", Now, VenueFrames.BybitItem("ETHUSDT", "Buy", "10", "3000", Now - 500)));
            Assert.Equal(("bybit", FrameKind.Data), await rig.Observer.NextFrame());
            Assert.Equal(new SideTotals(30_000, 0), rig.Aggregator.Window(Now - 300_000, Now + (long)WebSocketConnector.CheckEvery.TotalMilliseconds));
        }

        [Fact]
        public void Heartbeat_rules_bybit_on_a_fixed_period_okx_only_when_quiet_binance_never()
        {
            var any = new Uri("ws://127.0.0.1:1");
            VenueProtocol bybit = VenueProtocols.Bybit(any, new[] { "BTCUSDT" });
            VenueProtocol okx = VenueProtocols.Okx(any);

            // 20 s since the last ping, but a frame 10 s ago.
            Assert.True(Heartbeat.IsDue(bybit, 20_000, 10_000, 0));
            Assert.False(Heartbeat.IsDue(okx, 20_000, 10_000, 0));
            Assert.True(Heartbeat.IsDue(okx, 30_000, 10_000, 0));
            Assert.False(Heartbeat.IsDue(bybit, 19_999, 0, 0));
            // OKX: one ping per quiet spell, not one per check.
            Assert.False(Heartbeat.IsDue(okx, 30_000, 0, 25_000));
            Assert.False(Heartbeat.IsDue(VenueProtocols.Binance(any), 1_000_000, 0, 0));
        }

        [Fact]
        public void Bybit_splits_long_symbol_lists_into_requests_of_ten_args()
        {
            string[] symbols = new string[12];
            for (int i = 0; i < symbols.Length; i++)
            {
                symbols[i] = "SYM" + i;
            }

            VenueProtocol bybit = VenueProtocols.Bybit(new Uri("ws://127.0.0.1:1"), symbols);

            // The trade topic first, then 12 liquidation topics: 10 args, then 3.
            Assert.Equal(2, bybit.Subscriptions.Count);
            Assert.StartsWith("{\"op\":\"subscribe\",\"args\":[\"publicTrade.BTCUSDT\",\"allLiquidation.SYM0\",", bybit.Subscriptions[0], StringComparison.Ordinal);
            Assert.Contains("\"allLiquidation.SYM8\"]", bybit.Subscriptions[0], StringComparison.Ordinal);
            Assert.Equal("{\"op\":\"subscribe\",\"args\":[\"allLiquidation.SYM9\",\"allLiquidation.SYM10\",\"allLiquidation.SYM11\"]}", bybit.Subscriptions[1]);
        }

        [Fact]
        public async Task Okx_subscribes_to_every_swap_counts_contracts_in_usd_and_pings_only_when_quiet()
        {
            await using FakeExchange exchange = await FakeExchange.StartAsync();
            await using ConnectorRig rig = await ConnectorRig.StartAsync(VenueProtocols.Okx(exchange.BaseUrl));
            FakeSocket socket = await exchange.AcceptAsync();
            Assert.Equal("/ws/v5/public", socket.PathAndQuery);
            Assert.Equal("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"liquidation-orders\",\"instType\":\"SWAP\"}]}", await socket.ReceiveAsync());

            // 100 contracts of 0.01 BTC at 60,000: a short liquidated for 60,000 USD.
            rig.Clock.Advance(TimeSpan.FromSeconds(10));
            await socket.SendAsync(VenueFrames.OkxPush(VenueFrames.OkxInstrument("BTC-USDT-SWAP", VenueFrames.OkxDetail("buy", "short", "60000", "100", Now))));
            Assert.Equal(("okx", FrameKind.Data), await rig.Observer.NextFrame());
            Assert.Equal(new SideTotals(0, 60_000), rig.Aggregator.Totals(rig.Clock.GetUtcNow().ToUnixTimeMilliseconds())!.M5);

            // Quiet for 20 s after the push (Heartbeat_rules checks that 10 s quiet is not enough).
            rig.Clock.Advance(TimeSpan.FromSeconds(20));
            Assert.Equal("okx", await rig.Observer.NextPing());
            Assert.Equal("ping", await socket.ReceiveAsync());
            await socket.SendAsync("pong");
            Assert.Equal(("okx", FrameKind.Control), await rig.Observer.NextFrame());
            Assert.Equal(SourceState.Ok, rig.State);
        }
    }
}
