using System;
using System.Net;
using System.Net.Sockets;
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
    /// What keeps a connector alive: garbage is counted and skipped, a closed or silent socket is replaced after a
    /// backoff on the fake clock, and a venue that refuses every connection shows failing with its error.
    /// </summary>
    public class ConnectorResilienceTests
    {
        private static readonly long Now = TestClock.StartMs;

        [Fact]
        public async Task Garbage_frames_are_counted_and_skipped_on_the_same_connection()
        {
            await using FakeExchange exchange = await FakeExchange.StartAsync();
            await using ConnectorRig rig = await ConnectorRig.StartAsync(VenueProtocols.Bybit(exchange.BaseUrl, new[] { "BTCUSDT" }));
            FakeSocket socket = await exchange.AcceptAsync();
            await socket.ReceiveAsync();

            await socket.SendAsync("not json at all");
            await socket.SendAsync("{\"topic\":\"allLiquidation.BTCUSDT\",\"data\":");
            await socket.SendAsync(VenueFrames.BybitPush("BTCUSDT", Now, VenueFrames.BybitItem("BTCUSDT", "Buy", "1", "60000", Now)));

            Assert.Equal(FrameKind.Malformed, (await rig.Observer.NextFrame()).Kind);
            Assert.Equal(FrameKind.Malformed, (await rig.Observer.NextFrame()).Kind);
            Assert.Equal(FrameKind.Data, (await rig.Observer.NextFrame()).Kind);
            Assert.Equal(2, rig.Source.Parse.Malformed);
            Assert.Equal(new SideTotals(60_000, 0), rig.Aggregator.Totals(Now)!.M5);
            Assert.False(socket.Ended.IsCompleted);
            Assert.Equal(SourceState.Ok, rig.State);
        }

        [Fact]
        public async Task A_message_in_fragments_is_read_whole_and_an_oversized_one_is_counted_and_skipped()
        {
            await using FakeExchange exchange = await FakeExchange.StartAsync();
            await using ConnectorRig rig = await ConnectorRig.StartAsync(VenueProtocols.Binance(exchange.BaseUrl));
            FakeSocket socket = await exchange.AcceptAsync();
            string order = VenueFrames.BinanceCombined(VenueFrames.BinanceOrder("BTCUSDT", "BUY", "1", "50000", Now));

            await socket.SendFragmentsAsync(order, 5, 40, order.Length - 1);
            await socket.SendAsync("[" + new string(' ', WebSocketConnector.MaxFrameBytes) + "]");
            // Another order (a millisecond earlier): the same one again would be a duplicate, counted once.
            await socket.SendAsync(VenueFrames.BinanceCombined(VenueFrames.BinanceOrder("BTCUSDT", "BUY", "1", "50000", Now - 1)));

            Assert.Equal(FrameKind.Data, (await rig.Observer.NextFrame()).Kind);
            Assert.Equal(FrameKind.Malformed, (await rig.Observer.NextFrame()).Kind);
            Assert.Equal(FrameKind.Data, (await rig.Observer.NextFrame()).Kind);
            Assert.Equal(new SideTotals(0, 100_000), rig.Aggregator.Totals(Now)!.M5);
            Assert.Contains("frame over", rig.Source.Parse.LastProblem, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_socket_the_server_closes_is_reopened_after_the_backoff_and_subscribed_again()
        {
            await using FakeExchange exchange = await FakeExchange.StartAsync();
            await using ConnectorRig rig = await ConnectorRig.StartAsync(VenueProtocols.Okx(exchange.BaseUrl));
            FakeSocket first = await exchange.AcceptAsync();
            string subscription = await first.ReceiveAsync();
            await first.SendAsync("pong");
            await rig.Observer.NextFrame();

            await first.CloseAsync();

            (string venue, TimeSpan delay, string reason) = await rig.Observer.NextBackoff();
            Assert.Equal("okx", venue);
            Assert.Contains("closed by the server", reason, StringComparison.Ordinal);
            Assert.Equal(SourceState.Failing, rig.State);
            Assert.Equal(reason, rig.Source.LastError);
            Assert.InRange(delay, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));

            rig.Clock.Advance(delay);
            FakeSocket second = await exchange.AcceptAsync();
            Assert.Equal(subscription, await second.ReceiveAsync());
            await second.SendAsync("pong");
            await rig.Observer.NextFrame();
            Assert.Equal(SourceState.Ok, rig.State);

            // The second connection delivered data, so the next failure starts from the minimum delay again.
            await second.CloseAsync();
            Assert.InRange((await rig.Observer.NextBackoff()).Delay, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        }

        [Fact]
        public async Task A_silent_socket_is_dropped_after_the_quiet_time_and_reopened()
        {
            await using FakeExchange exchange = await FakeExchange.StartAsync();
            await using ConnectorRig rig = await ConnectorRig.StartAsync(VenueProtocols.Binance(exchange.BaseUrl));
            FakeSocket first = await exchange.AcceptAsync();
            await rig.Observer.NextSubscribed();

            // Open but quiet, like an unrouted Binance socket: nothing is wrong at the socket level.
            rig.Clock.Advance(ConnectorRig.Silence - TimeSpan.FromSeconds(1));
            Assert.False(first.Ended.IsCompleted);
            rig.Clock.Advance(TimeSpan.FromSeconds(1));

            (_, TimeSpan delay, string reason) = await rig.Observer.NextBackoff();
            Assert.Contains("nothing received for 60 s", reason, StringComparison.Ordinal);
            Assert.Equal(SourceState.Failing, rig.State);
            await first.Ended.WaitAsync(FakeExchange.Guard);

            rig.Clock.Advance(delay);
            FakeSocket second = await exchange.AcceptAsync();
            Assert.Equal("/market/stream?streams=!forceOrder@arr/!markPrice@arr@1s", second.PathAndQuery);
        }

        [Fact]
        public async Task A_venue_that_refuses_connections_shows_failing_and_is_retried_with_growing_delays()
        {
            await using ConnectorRig rig = await ConnectorRig.StartAsync(VenueProtocols.Bybit(DeadAddress(), new[] { "BTCUSDT" }));

            (_, TimeSpan first, string reason) = await rig.Observer.NextBackoff();
            Assert.Equal(SourceState.Failing, rig.State);
            Assert.Equal(reason, rig.Source.LastError);
            rig.Clock.Advance(first);
            (_, TimeSpan second, _) = await rig.Observer.NextBackoff();
            rig.Clock.Advance(second);
            (_, TimeSpan third, _) = await rig.Observer.NextBackoff();

            Assert.InRange(first, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
            Assert.InRange(second, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
            Assert.InRange(third, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
            Assert.Equal(SourceState.Failing, rig.State);
        }

        /// <summary>A loopback port nobody listens on: bound by the OS, then released.</summary>
        internal static Uri DeadAddress()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return new Uri("ws://127.0.0.1:" + port);
        }
    }
}
