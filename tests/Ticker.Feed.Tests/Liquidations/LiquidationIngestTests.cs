using System.Linq;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Risk;
using Ticker.Feed.Settings;
using Ticker.Feed.Sources;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Liquidations
{
    /// <summary>Frames from every venue end up as market-wide perpetual totals and per-source health; garbage only in counters.</summary>
    public class LiquidationIngestTests
    {
        private readonly FakeTimeProvider _clock = TestClock.New();
        private readonly LiquidationAggregator _aggregator;
        private readonly SourceRegistry _sources;
        private readonly LiquidationIngest _ingest;
        private readonly BtcPerpetualLiquidations _btcPerpetuals;
        private readonly long _now = TestClock.StartMs;

        public LiquidationIngestTests()
        {
            _aggregator = new LiquidationAggregator(_clock);
            _sources = new SourceRegistry(_clock, new FeedSettings());
            _btcPerpetuals = new BtcPerpetualLiquidations(_clock);
            _ingest = new LiquidationIngest(
                new ILiquidationParser[] { new BinanceForceOrderParser(), new BybitAllLiquidationParser(), new OkxLiquidationOrdersParser(OkxContractTable.BtcSwaps) },
                _aggregator,
                _sources,
                _btcPerpetuals);
        }

        [Fact]
        public void The_risk_scores_hour_counts_only_the_BTC_perpetuals_whose_open_interest_it_is_divided_by()
        {
            // An altcoin flush: $3M of ETH longs and a BTC-margined dated future beside $60,000 of BTCUSDT shorts.
            string batch = "[" + VenueFrames.BinanceOrder("ETHUSDT", "SELL", "1000", "3000", _now + 1_000) + ","
                + VenueFrames.BinanceOrder("BTCUSDT_260925", "SELL", "1", "60000", _now + 1_000) + ","
                + VenueFrames.BinanceOrder("BTCUSDT", "BUY", "1", "60000", _now + 1_000) + "]";
            _ingest.Accept("binance", VenueFrames.Utf8(batch));

            // Covered only once the feed has listened for an hour of its own.
            Assert.Null(_btcPerpetuals.LastHour(_now + 1_000));
            _ingest.MarkLive("bybit");
            Listening.Advance(_clock, System.TimeSpan.FromHours(1), () =>
            {
                _ingest.MarkLive("binance");
                _ingest.MarkLive("bybit");
            });
            _ingest.Accept("bybit", VenueFrames.Utf8(VenueFrames.BybitPush("SOLUSDT", _now, VenueFrames.BybitItem("SOLUSDT", "Buy", "100", "200", _now + 3_500_000))));
            Assert.Equal(new SideTotals(0, 60_000), _btcPerpetuals.LastHour(_now + 3_600_000));
            Assert.Equal(new SideTotals(3_000_000 + 20_000, 60_000), _aggregator.Window(_now, _now + 3_600_000));
            Assert.True(BtcPerpetualLiquidations.InOpenInterest("okx", "BTC-USD-SWAP"));
            Assert.False(BtcPerpetualLiquidations.InOpenInterest("binance", "BTCUSDC"));   // Binance's OI is read for BTCUSDT only
            Assert.False(BtcPerpetualLiquidations.InOpenInterest("bybit", "ETHUSDT"));
        }

        [Fact]
        public void Each_venue_counts_its_BTC_perpetual_liquidations_on_the_right_side()
        {
            _aggregator.MarkCoveredSince(_now - 3_600_000);
            _ingest.Accept("binance", VenueFrames.Utf8(VenueFrames.BinanceCombined(VenueFrames.BinanceOrder("BTCUSDT", "SELL", "1", "60000", _now - 1_000))));
            _ingest.Accept("bybit", VenueFrames.Utf8(VenueFrames.BybitPush("BTCUSDT", _now, VenueFrames.BybitItem("BTCUSDT", "Buy", "0.5", "60000", _now - 2_000))));
            _ingest.Accept("okx", VenueFrames.Utf8(VenueFrames.OkxPush(VenueFrames.OkxInstrument("BTC-USDT-SWAP", VenueFrames.OkxDetail("buy", "short", "60000", "100", _now - 3_000)))));

            LiquidationTotals totals = _aggregator.Totals(_now)!;
            Assert.Equal(new SideTotals(60_000 + 30_000, 60_000), totals.M5);
            Assert.Equal(new[] { "binance", "bybit", "okx" }, totals.Venues);
            Assert.True(totals.LowerBound);
        }

        [Fact]
        public void Every_perpetual_counts_market_wide_and_dated_futures_are_parsed_but_not_counted()
        {
            _aggregator.MarkCoveredSince(_now - 3_600_000);
            string batch = "[" + VenueFrames.BinanceOrder("ETHUSDT", "SELL", "10", "3000", _now) + ","
                + VenueFrames.BinanceOrder("BTCUSDT_260925", "SELL", "1", "60000", _now) + ","
                + VenueFrames.BinanceOrder("BTCUSDT", "BUY", "0.1", "60000", _now) + "]";

            _ingest.Accept("binance", VenueFrames.Utf8(batch));

            // ETHUSDT's 30,000 long counts; the dated BTC future's 60,000 does not.
            Assert.Equal(new SideTotals(30_000, 6_000), _aggregator.Totals(_now)!.M5);
            SourceHealth binance = _sources.All().Single();
            Assert.Equal(3, binance.Parse.Events);
            Assert.Equal(2, binance.EventsCounted);
        }

        [Theory]
        [InlineData("binance", "BTCUSDT", true)]
        [InlineData("binance", "1000PEPEUSDC", true)]
        [InlineData("binance", "BTCUSDT_260925", false)]
        [InlineData("bybit", "SOLUSDT", true)]
        [InlineData("bybit", "BTCPERP", true)]
        [InlineData("bybit", "BTC-26DEC25", false)]
        [InlineData("bybit", "BTCUSDT-26SEP25", false)]
        [InlineData("okx", "ETH-USD-SWAP", true)]
        [InlineData("okx", "DOGE-USDT-SWAP", true)]
        [InlineData("okx", "BTC-USD-260925", false)]
        [InlineData("okx", "BTC-USD-260925-60000-C", false)]
        [InlineData("kraken", "XBTUSD", false)]
        public void Perpetuals_are_told_from_dated_futures_and_options_by_the_symbol_shape(string venue, string symbol, bool perpetual)
        {
            Assert.Equal(perpetual, Perpetuals.Contains(venue, symbol));
        }

        [Fact]
        public void A_quiet_but_well_formed_stream_keeps_its_source_ok_and_its_venue_counted()
        {
            Assert.Equal(FrameKind.Control, _ingest.Accept("okx", VenueFrames.Utf8("pong")));

            Assert.Equal(SourceState.Ok, _sources.StatusAt(_now).Single().State);
            Assert.Equal(new[] { "okx" }, _aggregator.Totals(_now)!.Venues);
        }

        [Fact]
        public void Malformed_frames_are_counted_on_their_source_and_change_nothing_else()
        {
            Assert.Equal(FrameKind.Malformed, _ingest.Accept("bybit", VenueFrames.Utf8("{\"topic\":")));
            Assert.Equal(FrameKind.Malformed, _ingest.Accept("bybit", new byte[] { 0xFF, 0xFE, 0x00 }));

            SourceHealth bybit = _sources.All().Single();
            Assert.Equal(2, bybit.Parse.Malformed);
            Assert.Equal(SourceState.Never, bybit.StatusAt(_now, _sources.StaleAfter).State);
            Assert.Null(_aggregator.Totals(_now));
        }

        [Fact]
        public void Events_with_impossible_times_are_refused_and_counted()
        {
            _ingest.Accept("bybit", VenueFrames.Utf8(VenueFrames.BybitPush(
                "BTCUSDT",
                _now,
                VenueFrames.BybitItem("BTCUSDT", "Buy", "1", "60000", _now - 2 * 86_400_000L),
                VenueFrames.BybitItem("BTCUSDT", "Buy", "1", "60000", _now + 3_600_000))));

            SourceHealth bybit = _sources.All().Single();
            Assert.Equal(0, bybit.EventsCounted);
            Assert.Equal(2, bybit.EventsRefused);
        }

        [Fact]
        public void A_venue_without_a_parser_is_a_wiring_error()
        {
            Assert.Throws<System.ArgumentException>(() => _ingest.Accept("kraken", VenueFrames.Utf8("{}")));
        }
    }
}
