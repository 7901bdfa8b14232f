using System.Collections.Generic;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Liquidations
{
    /// <summary>Binance USD-M forceOrder: order side SELL = long liquidated, notional z x ap, every wrapper, garbage skipped.</summary>
    public class BinanceForceOrderParserTests
    {
        // The Binance docs' example event, as the stream sends it.
        private const string DocsExample =
            "{\"e\":\"forceOrder\",\"E\":1568014460893,\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\",\"o\":\"LIMIT\",\"f\":\"IOC\","
            + "\"q\":\"0.014\",\"p\":\"9910\",\"ap\":\"9910\",\"X\":\"FILLED\",\"l\":\"0.014\",\"z\":\"0.014\",\"T\":1568014460893}}";

        private readonly BinanceForceOrderParser _parser = new();
        private readonly ParseCounters _counters = new();
        private readonly List<LiquidationEvent> _events = new();

        private FrameKind Parse(string frame) => _parser.Parse(VenueFrames.Utf8(frame), _events, _counters);

        [Fact]
        public void The_docs_example_is_a_long_liquidated_worth_z_times_ap_in_whole_dollars()
        {
            Assert.Equal(FrameKind.Data, Parse(DocsExample));

            // 0.014 x 9910 = 138.74, rounded to 139.
            LiquidationEvent liquidation = Assert.Single(_events);
            Assert.Equal(new LiquidationEvent("binance", "BTCUSDT", PositionSide.Long, 139, 1568014460893), liquidation);
            Assert.Equal(1, _counters.Events);
            Assert.Equal(0, _counters.Malformed);
        }

        [Fact]
        public void Order_side_BUY_is_a_short_liquidated()
        {
            Parse(VenueFrames.BinanceOrder("BTCUSDT", "BUY", "2", "65000.5", 1_700_000_000_000));

            LiquidationEvent liquidation = Assert.Single(_events);
            Assert.Equal(PositionSide.Short, liquidation.SideLiquidated);
            Assert.Equal(130_001, liquidation.UsdNotional);
        }

        [Fact]
        public void The_notional_uses_the_filled_quantity_and_average_price_not_q_and_p()
        {
            string frame = "{\"e\":\"forceOrder\",\"E\":1,\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\",\"q\":\"5\",\"p\":\"50000\","
                + "\"ap\":\"60000\",\"z\":\"0.5\",\"T\":1700000000000}}";
            Parse(frame);

            Assert.Equal(30_000, Assert.Single(_events).UsdNotional);
        }

        [Fact]
        public void The_combined_stream_wrapper_is_unwrapped()
        {
            Assert.Equal(FrameKind.Data, Parse(VenueFrames.BinanceCombined(DocsExample)));

            Assert.Equal(139, Assert.Single(_events).UsdNotional);
        }

        [Fact]
        public void An_array_of_events_gives_one_event_each_plain_or_wrapped()
        {
            string array = "[" + VenueFrames.BinanceOrder("BTCUSDT", "SELL", "1", "60000", 1_700_000_000_000) + ","
                + VenueFrames.BinanceOrder("ETHUSDT", "BUY", "10", "3000", 1_700_000_000_500) + "]";

            Assert.Equal(FrameKind.Data, Parse(array));
            Assert.Equal(FrameKind.Data, Parse(VenueFrames.BinanceCombined(array)));

            Assert.Equal(4, _events.Count);
            Assert.Equal(new LiquidationEvent("binance", "ETHUSDT", PositionSide.Short, 30_000, 1_700_000_000_500), _events[1]);
        }

        [Theory]
        [InlineData("0.0001", "5000", 1)] // 0.5 rounds half away from zero
        [InlineData("0.00009", "5000", 0)] // 0.45: nothing to count
        [InlineData("1.23456789", "98765.4321", 121_933)] // exact decimal product 121932.631112635269
        public void Notional_is_exact_decimal_rounded_half_away_from_zero(string qty, string price, long expected)
        {
            Parse(VenueFrames.BinanceOrder("BTCUSDT", "SELL", qty, price, 1_700_000_000_000));

            if (expected == 0)
            {
                Assert.Empty(_events);
                Assert.Equal(1, _counters.Skipped);
            }
            else
            {
                Assert.Equal(expected, Assert.Single(_events).UsdNotional);
            }
        }

        [Fact]
        public void Numbers_sent_as_JSON_numbers_are_read_too()
        {
            Parse("{\"e\":\"forceOrder\",\"E\":1,\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\",\"z\":0.25,\"ap\":60000,\"T\":1700000000000}}");

            Assert.Equal(15_000, Assert.Single(_events).UsdNotional);
        }

        [Theory]
        [InlineData("{\"result\":null,\"id\":1}")]
        [InlineData("{\"error\":{\"code\":2,\"msg\":\"Invalid request\"},\"id\":3}")]
        public void Answers_to_requests_are_control_frames(string frame)
        {
            Assert.Equal(FrameKind.Control, Parse(frame));
            Assert.Empty(_events);
            Assert.Equal(0, _counters.Malformed);
            Assert.Equal(1, _counters.ControlFrames);
        }

        [Theory]
        [InlineData("")]
        [InlineData("not json")]
        [InlineData("{\"e\":\"forceOrder\"")]
        [InlineData("null")]
        [InlineData("42")]
        [InlineData("\"forceOrder\"")]
        [InlineData("{}")]
        [InlineData("{\"e\":\"forceOrder\",\"o\":null}")]
        [InlineData("{\"e\":\"aggTrade\",\"o\":{}}")]
        [InlineData("{\"e\":\"forceOrder\",\"o\":{\"s\":\"BTCUSDT\",\"S\":\"HOLD\",\"z\":\"1\",\"ap\":\"1\",\"T\":1}}")]
        [InlineData("{\"e\":\"forceOrder\",\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\",\"z\":\"abc\",\"ap\":\"1\",\"T\":1}}")]
        [InlineData("{\"e\":\"forceOrder\",\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\",\"z\":\"1\",\"ap\":\"-5\",\"T\":1}}")]
        [InlineData("{\"e\":\"forceOrder\",\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\",\"z\":\"1\",\"ap\":\"NaN\",\"T\":1}}")]
        [InlineData("{\"e\":\"forceOrder\",\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\",\"z\":\"1\",\"ap\":\"1\"}}")]
        [InlineData("{\"e\":\"forceOrder\",\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\",\"z\":\"1\",\"ap\":\"1\",\"T\":-4}}")]
        [InlineData("{\"e\":\"forceOrder\",\"o\":{\"s\":\"\",\"S\":\"SELL\",\"z\":\"1\",\"ap\":\"1\",\"T\":1}}")]
        [InlineData("{\"e\":\"forceOrder\",\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\",\"z\":\"1e30\",\"ap\":\"1e30\",\"T\":1}}")]
        [InlineData("{\"e\":\"forceOrder\",\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\",\"z\":\"1000000\",\"ap\":\"10000000\",\"T\":1}}")]
        [InlineData("{\"e\":\"forceOrder\",\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\",\"z\":\"1\",\"ap\":\"1\",\"T\":1}} trailing")]
        [InlineData("[1,2,3]")]
        [InlineData("{\"stream\":\"!forceOrder@arr\",\"data\":\"oops\"}")]
        [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
        public void Garbage_is_counted_and_skipped_never_thrown(string frame)
        {
            Assert.Equal(FrameKind.Malformed, Parse(frame));

            Assert.Empty(_events);
            Assert.True(_counters.Malformed >= 1);
            Assert.NotNull(_counters.LastProblem);
            Assert.Equal(1, _counters.Frames);
        }

        [Fact]
        public void Bad_items_of_a_batch_are_skipped_and_the_good_ones_kept()
        {
            string batch = "[" + VenueFrames.BinanceOrder("BTCUSDT", "SELL", "1", "60000", 1_700_000_000_000)
                + ",{\"e\":\"forceOrder\",\"o\":{\"S\":\"SELL\"}},17,"
                + VenueFrames.BinanceOrder("BTCUSDT", "BUY", "2", "60000", 1_700_000_000_001) + "]";

            Assert.Equal(FrameKind.Data, Parse(batch));

            Assert.Equal(2, _events.Count);
            Assert.Equal(2, _counters.Malformed);
            Assert.Equal(1, _counters.DataFrames);
        }

        [Fact]
        public void Invalid_UTF8_is_malformed_not_an_exception()
        {
            byte[] frame = { (byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}' };

            Assert.Equal(FrameKind.Malformed, _parser.Parse(frame, _events, _counters));
        }
    }
}
