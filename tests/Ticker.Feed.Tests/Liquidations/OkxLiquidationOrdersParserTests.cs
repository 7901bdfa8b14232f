using System.Collections.Generic;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Liquidations
{
    /// <summary>
    /// OKX liquidation-orders: posSide names the position (net mode: sell = long liquidated), sizes are contracts
    /// (sz x ctVal x bkPx for USDT swaps, sz x ctVal USD for coin-margined), details out of time order, garbage skipped.
    /// </summary>
    public class OkxLiquidationOrdersParserTests
    {
        // The OKX docs' example push.
        private const string DocsExample =
            "{\"id\":\"1512\",\"arg\":{\"channel\":\"liquidation-orders\",\"instType\":\"SWAP\"},\"data\":[{\"details\":[{"
            + "\"bkLoss\":\"0\",\"bkPx\":\"0.007831\",\"ccy\":\"\",\"posSide\":\"short\",\"side\":\"buy\",\"sz\":\"13\","
            + "\"ts\":\"1692266434010\"}],\"instFamily\":\"IOST-USDT\",\"instId\":\"IOST-USDT-SWAP\",\"instType\":\"SWAP\","
            + "\"uly\":\"IOST-USDT\"}]}";

        private static readonly OkxContractTable Contracts = new(new Dictionary<string, OkxContract>
        {
            ["BTC-USDT-SWAP"] = new(0.01m, "BTC"),
            ["BTC-USD-SWAP"] = new(100m, "USD"),
            ["IOST-USDT-SWAP"] = new(10m, "IOST"),
        });

        private readonly OkxLiquidationOrdersParser _parser = new(Contracts);
        private readonly ParseCounters _counters = new();
        private readonly List<LiquidationEvent> _events = new();

        private FrameKind Parse(string frame) => _parser.Parse(VenueFrames.Utf8(frame), _events, _counters);

        [Fact]
        public void The_docs_example_is_a_short_liquidated_worth_contracts_times_ctVal_times_bkPx()
        {
            Assert.Equal(FrameKind.Data, Parse(DocsExample));

            // 13 contracts x 10 IOST x 0.007831 = 1.01803 USD, rounded to 1.
            Assert.Equal(new LiquidationEvent("okx", "IOST-USDT-SWAP", PositionSide.Short, 1, 1692266434010), Assert.Single(_events));
        }

        [Fact]
        public void An_instrument_without_a_contract_value_is_skipped_and_counted()
        {
            var parser = new OkxLiquidationOrdersParser(OkxContractTable.BtcSwaps);

            Assert.Equal(FrameKind.Data, parser.Parse(VenueFrames.Utf8(DocsExample), _events, _counters));

            Assert.Empty(_events);
            Assert.Equal(1, _counters.Skipped);
            Assert.Contains("IOST-USDT-SWAP", _counters.LastProblem);
        }

        [Fact]
        public void A_USDT_swap_is_sized_in_contracts_of_its_ctVal_in_BTC()
        {
            Parse(VenueFrames.OkxPush(VenueFrames.OkxInstrument("BTC-USDT-SWAP", VenueFrames.OkxDetail("sell", "long", "60000", "250", 1_700_000_000_000))));

            // 250 contracts x 0.01 BTC x 60 000 = 150 000 USD (not 250 x 60 000).
            Assert.Equal(new LiquidationEvent("okx", "BTC-USDT-SWAP", PositionSide.Long, 150_000, 1_700_000_000_000), Assert.Single(_events));
        }

        [Fact]
        public void A_coin_margined_swap_is_worth_its_ctVal_in_USD_whatever_the_price()
        {
            Parse(VenueFrames.OkxPush(VenueFrames.OkxInstrument("BTC-USD-SWAP", VenueFrames.OkxDetail("buy", "short", "61234.5", "30", 1_700_000_000_000))));

            Assert.Equal(new LiquidationEvent("okx", "BTC-USD-SWAP", PositionSide.Short, 3_000, 1_700_000_000_000), Assert.Single(_events));
        }

        [Theory]
        [InlineData("sell", "long", PositionSide.Long)]
        [InlineData("buy", "short", PositionSide.Short)]
        [InlineData("sell", "net", PositionSide.Long)]
        [InlineData("buy", "net", PositionSide.Short)]
        [InlineData("sell", "", PositionSide.Long)]
        [InlineData("buy", "long", PositionSide.Long)] // posSide names the position; it wins over an odd order side
        public void The_side_comes_from_posSide_or_in_net_mode_from_the_order_side(string side, string posSide, PositionSide expected)
        {
            Parse(VenueFrames.OkxPush(VenueFrames.OkxInstrument("BTC-USDT-SWAP", VenueFrames.OkxDetail(side, posSide, "60000", "1", 1_700_000_000_000))));

            Assert.Equal(expected, Assert.Single(_events).SideLiquidated);
        }

        [Fact]
        public void Details_out_of_time_order_keep_their_own_times()
        {
            Parse(VenueFrames.OkxPush(
                VenueFrames.OkxInstrument(
                    "BTC-USDT-SWAP",
                    VenueFrames.OkxDetail("sell", "long", "60000", "1", 1_700_000_009_000),
                    VenueFrames.OkxDetail("sell", "long", "60000", "2", 1_700_000_001_000)),
                VenueFrames.OkxInstrument("BTC-USD-SWAP", VenueFrames.OkxDetail("buy", "short", "60000", "3", 1_700_000_005_000))));

            Assert.Equal(new long[] { 1_700_000_009_000, 1_700_000_001_000, 1_700_000_005_000 }, _events.ConvertAll(e => e.ExchangeTimeMs));
            Assert.Equal(new long[] { 600, 1_200, 300 }, _events.ConvertAll(e => e.UsdNotional));
        }

        [Theory]
        [InlineData("pong")]
        [InlineData("{\"event\":\"subscribe\",\"arg\":{\"channel\":\"liquidation-orders\",\"instType\":\"SWAP\"},\"connId\":\"a4d3ae55\"}")]
        [InlineData("{\"event\":\"error\",\"code\":\"60012\",\"msg\":\"Invalid request\",\"connId\":\"a4d3ae55\"}")]
        public void Pong_and_events_are_control_frames(string frame)
        {
            Assert.Equal(FrameKind.Control, Parse(frame));
            Assert.Empty(_events);
            Assert.Equal(0, _counters.Malformed);
        }

        [Theory]
        [InlineData("")]
        [InlineData("ping")]
        [InlineData("{}")]
        [InlineData("[]")]
        [InlineData("{\"arg\":{\"channel\":\"tickers\"},\"data\":[]}")]
        [InlineData("{\"arg\":{\"channel\":\"liquidation-orders\"},\"data\":{}}")]
        [InlineData("{\"arg\":{\"channel\":\"liquidation-orders\"},\"data\":[{\"instId\":\"BTC-USDT-SWAP\"}]}")]
        [InlineData("{\"arg\":{\"channel\":\"liquidation-orders\"},\"data\":[{\"instId\":\"BTC-USDT-SWAP\",\"details\":[{\"side\":\"sell\",\"posSide\":\"long\",\"sz\":\"1\"}]}]}")]
        [InlineData("{\"arg\":{\"channel\":\"liquidation-orders\"},\"data\":[{\"instId\":\"BTC-USDT-SWAP\",\"details\":[{\"side\":\"sell\",\"posSide\":\"long\",\"sz\":\"1\",\"ts\":\"1\"}]}]}")]
        [InlineData("{\"arg\":{\"channel\":\"liquidation-orders\"},\"data\":[{\"instId\":\"BTC-USDT-SWAP\",\"details\":[{\"side\":\"hold\",\"posSide\":\"net\",\"bkPx\":\"1\",\"sz\":\"1\",\"ts\":\"1\"}]}]}")]
        [InlineData("{\"arg\":{\"channel\":\"liquidation-orders\"},\"data\":[{\"instId\":\"BTC-USDT-SWAP\",\"details\":[{\"side\":\"sell\",\"posSide\":\"long\",\"bkPx\":\"x\",\"sz\":\"1\",\"ts\":\"1\"}]}]}")]
        [InlineData("{\"arg\":{\"channel\":\"liquidation-orders\"},\"data\":[{\"instId\":\"BTC-USDT-SWAP\",\"details\":[{\"side\":\"sell\",\"posSide\":\"long\",\"bkPx\":\"1\",\"sz\":\"1\",\"ts\":\"1.5\"}]}]}")]
        public void Garbage_is_counted_and_skipped_never_thrown(string frame)
        {
            Assert.Equal(FrameKind.Malformed, Parse(frame));

            Assert.Empty(_events);
            Assert.True(_counters.Malformed >= 1);
        }

        [Fact]
        public void Bad_details_are_skipped_and_the_good_ones_kept()
        {
            Parse(VenueFrames.OkxPush(
                VenueFrames.OkxInstrument(
                    "BTC-USDT-SWAP",
                    VenueFrames.OkxDetail("sell", "long", "60000", "1", 1_700_000_000_000),
                    "{\"side\":\"sell\"}",
                    "7"),
                "{\"details\":[]}"));

            Assert.Equal(600, Assert.Single(_events).UsdNotional);
            Assert.Equal(3, _counters.Malformed);
        }

        [Fact]
        public void A_contract_table_refuses_a_value_that_is_not_positive()
        {
            Assert.Throws<System.ArgumentException>(() => new OkxContractTable(new Dictionary<string, OkxContract> { ["X-USDT-SWAP"] = new(0m, "X") }));
        }
    }
}
