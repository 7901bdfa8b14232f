using System.Collections.Generic;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Liquidations
{
    /// <summary>Bybit allLiquidation: S is the POSITION side (Buy = long liquidated), notional v x p, batches, garbage skipped.</summary>
    public class BybitAllLiquidationParserTests
    {
        // The Bybit docs' example push.
        private const string DocsExample =
            "{\"topic\":\"allLiquidation.ROSEUSDT\",\"type\":\"snapshot\",\"ts\":1739502303204,"
            + "\"data\":[{\"T\":1739502302929,\"s\":\"ROSEUSDT\",\"S\":\"Sell\",\"v\":\"20000\",\"p\":\"0.04499\"}]}";

        private readonly BybitAllLiquidationParser _parser = new();
        private readonly ParseCounters _counters = new();
        private readonly List<LiquidationEvent> _events = new();

        private FrameKind Parse(string frame) => _parser.Parse(VenueFrames.Utf8(frame), _events, _counters);

        [Fact]
        public void The_docs_example_is_a_short_liquidated_worth_v_times_p()
        {
            Assert.Equal(FrameKind.Data, Parse(DocsExample));

            // S = Sell is the position side: a SHORT was liquidated (the opposite of Binance's order side).
            // 20000 x 0.04499 = 899.8, rounded to 900.
            Assert.Equal(new LiquidationEvent("bybit", "ROSEUSDT", PositionSide.Short, 900, 1739502302929), Assert.Single(_events));
        }

        [Fact]
        public void Position_side_Buy_is_a_long_liquidated()
        {
            Parse(VenueFrames.BybitPush("BTCUSDT", 1_700_000_000_600, VenueFrames.BybitItem("BTCUSDT", "Buy", "0.5", "61000", 1_700_000_000_100)));

            LiquidationEvent liquidation = Assert.Single(_events);
            Assert.Equal(PositionSide.Long, liquidation.SideLiquidated);
            Assert.Equal(30_500, liquidation.UsdNotional);
            Assert.Equal(1_700_000_000_100, liquidation.ExchangeTimeMs);
        }

        [Fact]
        public void A_500_ms_batch_gives_every_liquidation_in_it()
        {
            Parse(VenueFrames.BybitPush(
                "BTCUSDT",
                1_700_000_000_600,
                VenueFrames.BybitItem("BTCUSDT", "Buy", "0.1", "60000", 1_700_000_000_100),
                VenueFrames.BybitItem("BTCUSDT", "Sell", "0.2", "60000", 1_700_000_000_200),
                VenueFrames.BybitItem("BTCUSDT", "Buy", "0.3", "60000", 1_700_000_000_300)));

            Assert.Equal(new long[] { 6_000, 12_000, 18_000 }, _events.ConvertAll(e => e.UsdNotional));
            Assert.Equal(new[] { PositionSide.Long, PositionSide.Short, PositionSide.Long }, _events.ConvertAll(e => e.SideLiquidated));
        }

        [Theory]
        [InlineData("{\"success\":true,\"ret_msg\":\"pong\",\"conn_id\":\"0970e817-426e-429a-a679-ff7f55e0b16a\",\"op\":\"ping\"}")]
        [InlineData("{\"success\":true,\"ret_msg\":\"subscribe\",\"conn_id\":\"2324d924-aa4d-45b0-a858-7b8be29ab52b\",\"req_id\":\"10001\",\"op\":\"subscribe\"}")]
        [InlineData("{\"success\":false,\"ret_msg\":\"error:handler not found\",\"conn_id\":\"x\",\"op\":\"subscribe\"}")]
        public void Answers_to_ping_and_subscribe_are_control_frames(string frame)
        {
            Assert.Equal(FrameKind.Control, Parse(frame));
            Assert.Empty(_events);
            Assert.Equal(0, _counters.Malformed);
        }

        [Fact]
        public void The_deprecated_liquidation_topic_is_refused_not_read_with_the_wrong_side_convention()
        {
            // The old topic's "side" was the ORDER side: reading it as allLiquidation would swap longs and shorts.
            string legacy = "{\"topic\":\"liquidation.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1673251091822,"
                + "\"data\":{\"price\":\"25.04\",\"side\":\"Buy\",\"size\":\"0.1\",\"symbol\":\"BTCUSDT\",\"updatedTime\":1673251091822}}";

            Assert.Equal(FrameKind.Malformed, Parse(legacy));
            Assert.Empty(_events);
        }

        [Theory]
        [InlineData("")]
        [InlineData("pong")]
        [InlineData("[]")]
        [InlineData("{}")]
        [InlineData("{\"topic\":\"allLiquidation.BTCUSDT\"}")]
        [InlineData("{\"topic\":\"allLiquidation.BTCUSDT\",\"data\":{}}")]
        [InlineData("{\"topic\":42,\"data\":[]}")]
        [InlineData("{\"topic\":\"allLiquidation.BTCUSDT\",\"data\":[{\"T\":1,\"s\":\"BTCUSDT\",\"S\":\"Long\",\"v\":\"1\",\"p\":\"1\"}]}")]
        [InlineData("{\"topic\":\"allLiquidation.BTCUSDT\",\"data\":[{\"T\":1,\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"\",\"p\":\"1\"}]}")]
        [InlineData("{\"topic\":\"allLiquidation.BTCUSDT\",\"data\":[{\"T\":\"soon\",\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"1\",\"p\":\"1\"}]}")]
        [InlineData("{\"topic\":\"allLiquidation.BTCUSDT\",\"data\":[{\"T\":1,\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"-1\",\"p\":\"1\"}]}")]
        [InlineData("{\"topic\":\"allLiquidation.BTCUSDT\",\"data\":[null,true]}")]
        public void Garbage_is_counted_and_skipped_never_thrown(string frame)
        {
            Assert.Equal(FrameKind.Malformed, Parse(frame));

            Assert.Empty(_events);
            Assert.True(_counters.Malformed >= 1);
        }

        [Fact]
        public void An_empty_batch_is_data_without_events()
        {
            Assert.Equal(FrameKind.Data, Parse("{\"topic\":\"allLiquidation.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1,\"data\":[]}"));
            Assert.Empty(_events);
            Assert.Equal(0, _counters.Malformed);
        }

        [Fact]
        public void Bad_items_of_a_batch_are_skipped_and_the_good_ones_kept()
        {
            Parse(VenueFrames.BybitPush(
                "BTCUSDT",
                1_700_000_000_600,
                VenueFrames.BybitItem("BTCUSDT", "Buy", "0.1", "60000", 1_700_000_000_100),
                "{\"T\":1,\"s\":\"BTCUSDT\"}",
                VenueFrames.BybitItem("BTCUSDT", "Sell", "0", "60000", 1_700_000_000_200)));

            Assert.Equal(6_000, Assert.Single(_events).UsdNotional);
            Assert.Equal(1, _counters.Malformed);
            Assert.Equal(1, _counters.Skipped);
        }
    }
}
