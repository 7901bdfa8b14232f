using System;
using System.Collections.Generic;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Ingest;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;
using Ticker.Feed.Rest;
using Ticker.Feed.Settings;
using Ticker.Feed.Sources;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Ingest
{
    /// <summary>FeedInput routes each input to its parser by source and stream (websocket) or by URL (REST), and taps the recorder first.</summary>
    public class FeedInputTests
    {
        private readonly FakeTimeProvider _clock = TestClock.New();
        private readonly long _now = TestClock.StartMs;
        private readonly LiquidationAggregator _aggregator;
        private readonly SourceRegistry _sources;
        private readonly MarketReadings _readings = new();
        private readonly MarketState _state = new();
        private readonly CapturingRecorder _recorder = new();
        private readonly FeedInput _input;

        public FeedInputTests()
        {
            _aggregator = new LiquidationAggregator(_clock);
            _aggregator.MarkCoveredSince(_now - 3_600_000);
            _sources = new SourceRegistry(_clock, new FeedSettings());
            var ingest = new LiquidationIngest(
                new ILiquidationParser[] { new BinanceForceOrderParser(), new BybitAllLiquidationParser(), new OkxLiquidationOrdersParser(OkxContractTable.BtcSwaps) },
                _aggregator,
                _sources);
            _input = new FeedInput(ingest, _readings, new MarketCombiner(_readings, _state), new RestRouter(Array.Empty<IRestParser>()), _sources, _clock, _recorder);
        }

        [Fact]
        public void Binance_combined_stream_routes_liquidations_and_mark_prices_and_neither_counts_malformed()
        {
            FrameKind liquidation = _input.AcceptFrame(InputSources.BinanceUsdmWs, VenueFrames.Utf8(VenueFrames.BinanceCombined(VenueFrames.BinanceOrder("BTCUSDT", "BUY", "2", "50000", _now - 1_000))));
            FrameKind markPrice = _input.AcceptFrame(InputSources.BinanceUsdmWs, VenueFrames.Utf8(VenueFrames.BinanceMarkPrices(_now, VenueFrames.BinanceMarkPrice("BTCUSDT", "50010.5", "-0.00002500", _now))));

            Assert.Equal(FrameKind.Data, liquidation);
            Assert.Equal(FrameKind.Data, markPrice);
            Assert.Equal(new SideTotals(0, 100_000), _aggregator.Totals(_now)!.M5);
            Assert.Equal(0, _sources.Register("binance").Parse.Malformed);
            Assert.Equal(2, _sources.Register("binance").Parse.DataFrames);
            // r is a fraction per 8-hour interval: -0.000025 = -0.0025 % per 8 h.
            FundingReading funding = Assert.Single(_readings.Funding);
            Assert.Equal(new FundingReading("binance", "BTCUSDT", -0.0025m, _now), funding);
            Assert.Equal(new PriceSample(50010.5m, null, _now), _readings.MarkPrice);
        }

        [Fact]
        public void A_mark_price_frame_without_BTCUSDT_is_data_and_a_broken_one_is_counted_and_skipped()
        {
            Assert.Equal(FrameKind.Data, _input.AcceptFrame(InputSources.BinanceUsdmWs, VenueFrames.Utf8(VenueFrames.BinanceMarkPrices(_now, VenueFrames.BinanceMarkPrice("ETHUSDT", "3000", "0.0001", _now)))));
            Assert.Empty(_readings.Funding);

            Assert.Equal(FrameKind.Malformed, _input.AcceptFrame(InputSources.BinanceUsdmWs, VenueFrames.Utf8("{\"stream\":\"!markPrice@arr@1s\",\"data\":[{\"e\":\"markPriceUpdate\",\"s\":\"BTCUSDT\",\"p\":\"x\"}]}")));
            Assert.Equal(1, _sources.Register("binance").Parse.Malformed);
            Assert.Null(_readings.MarkPrice);
        }

        [Fact]
        public void Bybit_public_trades_fill_taker_buckets_by_the_taker_side()
        {
            long bucket = _now - (_now % 300_000);
            // Heard from before the bucket began, two buys and a sell inside it, then a trade in the next bucket.
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(bucket - 1, VenueFrames.BybitTrade("Sell", "9", "60000", bucket - 1))));
            FrameKind kind = _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(
                bucket + 10,
                VenueFrames.BybitTrade("Buy", "1.5", "60000", bucket + 10),
                VenueFrames.BybitTrade("Buy", "0.5", "60000", bucket + 20),
                VenueFrames.BybitTrade("Sell", "0.8", "60000", bucket + 30))));
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(bucket + 300_000, VenueFrames.BybitTrade("Buy", "1", "60000", bucket + 300_000))));

            Assert.Equal(FrameKind.Data, kind);
            Assert.Equal(new TakerBucket("bybit", bucket, 300_000, 2.0m, 0.8m), _readings.BybitTrades.LatestComplete());
            Assert.Equal(2.5m, _state.Leverage!.TakerBuySell);
            Assert.Null(_state.Leverage.TakerBuySellBybit);   // Bybit alone: the pooled figure is Bybit's, not repeated
            Assert.Equal(5, _state.Leverage.TakerBucketMin);
            Assert.Equal(0, _sources.Register("bybit").Parse.Malformed);
        }

        [Fact]
        public void The_taker_ratio_pools_binance_and_bybit_and_bybits_own_is_published_beside_it()
        {
            long bucket = _now - (_now % 300_000);
            _readings.BinanceTaker = new TakerBucket("binance", bucket, 300_000, 10m, 10m);
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(bucket - 1, VenueFrames.BybitTrade("Sell", "9", "60000", bucket - 1))));
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(
                bucket + 10,
                VenueFrames.BybitTrade("Buy", "2", "60000", bucket + 10),
                VenueFrames.BybitTrade("Sell", "0.8", "60000", bucket + 30))));
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(bucket + 300_000, VenueFrames.BybitTrade("Buy", "1", "60000", bucket + 300_000))));

            // Pooled: (10 + 2) / (10 + 0.8) = 1.1111; Bybit alone: 2 / 0.8 = 2.5, the figure a Bybit-led spike shows.
            Assert.Equal(1.1111m, _state.Leverage!.TakerBuySell);
            Assert.Equal(2.5m, _state.Leverage.TakerBuySellBybit);

            // Binance alone (Bybit did not cover the bucket): no Bybit figure.
            _readings.BinanceTaker = new TakerBucket("binance", bucket + 600_000, 300_000, 10m, 5m);
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(bucket + 300_001, VenueFrames.BybitTrade("Buy", "1", "60000", bucket + 300_001))));
            Assert.Equal(2m, _state.Leverage!.TakerBuySell);
            Assert.Null(_state.Leverage.TakerBuySellBybit);
        }

        [Fact]
        public void A_bucket_the_stream_did_not_cover_from_its_start_is_not_complete()
        {
            long bucket = _now - (_now % 300_000);
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(bucket + 10, VenueFrames.BybitTrade("Buy", "1", "60000", bucket + 10))));
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(bucket + 300_000, VenueFrames.BybitTrade("Buy", "1", "60000", bucket + 300_000))));

            Assert.Null(_readings.BybitTrades.LatestComplete());
            Assert.Null(_state.Leverage);
        }

        [Fact]
        public void A_bybit_subscription_answer_marks_a_gap_so_the_bucket_it_falls_in_is_not_complete()
        {
            long bucket = _now - (_now % 300_000);
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(bucket - 1, VenueFrames.BybitTrade("Sell", "1", "60000", bucket - 1))));
            // The connection dropped and came back inside the bucket.
            Assert.Equal(FrameKind.Control, _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8("{\"success\":true,\"ret_msg\":\"\",\"conn_id\":\"c2\",\"req_id\":\"\",\"op\":\"subscribe\"}")));
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(bucket + 200_000, VenueFrames.BybitTrade("Buy", "1", "60000", bucket + 200_000))));
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitTrades(bucket + 300_000, VenueFrames.BybitTrade("Buy", "1", "60000", bucket + 300_000))));

            Assert.Null(_readings.BybitTrades.Complete(bucket));
        }

        [Fact]
        public void Bybit_liquidations_and_okx_frames_still_reach_the_liquidation_ingest()
        {
            _input.AcceptFrame(InputSources.BybitLinearWs, VenueFrames.Utf8(VenueFrames.BybitPush("BTCUSDT", _now, VenueFrames.BybitItem("BTCUSDT", "Buy", "1", "60000", _now - 500))));
            _input.AcceptFrame(InputSources.OkxPublicWs, VenueFrames.Utf8(VenueFrames.OkxPush(VenueFrames.OkxInstrument("BTC-USDT-SWAP", VenueFrames.OkxDetail("buy", "short", "60000", "100", _now - 500)))));

            Assert.Equal(new SideTotals(60_000, 60_000), _aggregator.Totals(_now)!.M5);
            Assert.Equal(FrameKind.Control, _input.AcceptFrame(InputSources.OkxPublicWs, VenueFrames.Utf8("pong")));
        }

        [Fact]
        public void Every_input_is_recorded_with_the_clock_time_before_it_is_parsed_garbage_included()
        {
            _input.AcceptFrame(InputSources.OkxPublicWs, VenueFrames.Utf8("{broken"));
            _clock.Advance(TimeSpan.FromMilliseconds(1_234));
            _input.AcceptRest("https://fapi.binance.com/fapi/v9/unknown?symbol=BTCUSDT", 200, VenueFrames.Utf8("[]"));

            Assert.Equal(new[] { $"{_now} okx-public-ws {{broken", $"{_now + 1_234} rest https://fapi.binance.com/fapi/v9/unknown?symbol=BTCUSDT 200 []" }, _recorder.Lines);
            Assert.Equal(1, _input.UnroutedRest);
        }

        [Fact]
        public void An_unknown_websocket_source_is_a_wiring_error()
        {
            Assert.Throws<ArgumentException>(() => _input.AcceptFrame("kraken-ws", VenueFrames.Utf8("{}")));
            Assert.Throws<ArgumentException>(() => _input.AcceptFrame(InputSources.Rest, VenueFrames.Utf8("{}")));
        }

        private sealed class CapturingRecorder : IInputRecorder
        {
            public List<string> Lines { get; } = new();

            public void RecordFrame(long receivedMs, string source, ReadOnlySpan<byte> frame) =>
                Lines.Add($"{receivedMs} {source} {System.Text.Encoding.UTF8.GetString(frame)}");

            public void RecordRest(long receivedMs, string url, int status, ReadOnlySpan<byte> body) =>
                Lines.Add($"{receivedMs} rest {url} {status} {System.Text.Encoding.UTF8.GetString(body)}");
        }
    }
}
