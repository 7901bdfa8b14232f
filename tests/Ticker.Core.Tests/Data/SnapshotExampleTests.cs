using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Ticker.Data;
using Xunit;

namespace Ticker.Core.Tests.Data
{
    /// <summary>The documented examples (docs/examples) decode, field by field, within the contract's byte limit.</summary>
    public class SnapshotExampleTests
    {
        public static IEnumerable<object[]> Examples() =>
            SnapshotTestKit.ExampleFiles().Select(f => new object[] { Path.GetFileName(f) });

        [Fact]
        public void The_four_documented_examples_are_there()
        {
            var names = SnapshotTestKit.ExampleFiles().Select(Path.GetFileName).ToArray();
            Assert.Contains("snapshot-calm.json", names);
            Assert.Contains("snapshot-building.json", names);
            Assert.Contains("snapshot-cascade.json", names);
            Assert.Contains("snapshot-partial.json", names);
            Assert.Contains("snapshot-young.json", names);
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void Every_example_fits_the_1024_byte_limit(string name)
        {
            Assert.InRange(SnapshotTestKit.Example(name).Length, 1, 1024);
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void Every_example_decodes_reading_each_byte_once(string name)
        {
            byte[] bytes = SnapshotTestKit.Example(name);
            var (ok, decoder, snapshot) = SnapshotTestKit.Decode(bytes);

            Assert.True(ok, $"{name}: {decoder.Error} at {decoder.ErrorPosition}");
            Assert.Equal(DecodeError.None, decoder.Error);
            Assert.Equal(1, snapshot.Version);
            Assert.False(Value.IsMissing(snapshot.Seq));
            Assert.False(Value.IsMissing(snapshot.AsOf));
            Assert.Equal(bytes.Length, decoder.BytesRead);
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void Every_example_decodes_the_same_from_the_middle_of_a_larger_buffer(string name)
        {
            byte[] bytes = SnapshotTestKit.Example(name);
            byte[] buffer = new byte[bytes.Length + 40];
            buffer.AsSpan().Fill((byte)'}');
            bytes.CopyTo(buffer, 17);
            var decoder = new SnapshotDecoder();
            var snapshot = new Snapshot();

            Assert.True(decoder.Decode(buffer, 17, bytes.Length, snapshot));
            Assert.Equal(SnapshotTestKit.Dump(SnapshotTestKit.Decode(bytes).Snapshot), SnapshotTestKit.Dump(snapshot));
        }

        [Fact]
        public void Calm_example_field_by_field()
        {
            var (ok, _, s) = SnapshotTestKit.Decode(SnapshotTestKit.Example("snapshot-calm.json"));
            Assert.True(ok);

            Assert.Equal(48213, s.Seq);
            Assert.Equal(1795003205, s.AsOf);
            Assert.Same("BTC", s.Asset);
            Assert.Equal(25, s.WaitMax);

            Assert.True(s.Price.Present);
            Assert.Equal(9125437, s.Price.UsdCents);
            Assert.Equal(84, s.Price.Chg24hPctE2);

            Assert.True(s.Risk.Present);
            Assert.Equal(17, s.Risk.Score);
            Assert.Equal(62, s.Risk.FundingPct8hE4);
            Assert.Equal(38420000000, s.Risk.OiUsd);
            Assert.Equal(61, s.Risk.OiChg24hPctE2);
            Assert.Equal(1040, s.Risk.TakerBuySellE3);
            Assert.Equal(5, s.Risk.TakerBucketMin);
            Assert.Equal(1120, s.Risk.LongShortRatioE3);
            Assert.Equal(new long[] { 14, 28, 6, 31, 5 },
                new[] { s.Risk.PartFunding, s.Risk.PartOpenInterest, s.Risk.PartTaker, s.Risk.PartLongShort, s.Risk.PartLiquidations });

            Assert.True(s.Liq.Present);
            Assert.True(s.Liq.LowerBound);
            Assert.Equal(184000, s.Liq.M5.Long);
            Assert.Equal(96000, s.Liq.M5.Short);
            Assert.Equal(3120000, s.Liq.H1.Long);
            Assert.Equal(2480000, s.Liq.H1.Short);
            Assert.Equal(11400000, s.Liq.H4.Long);
            Assert.Equal(9100000, s.Liq.H4.Short);
            Assert.Equal(57600000, s.Liq.H24.Long);
            Assert.Equal(49200000, s.Liq.H24.Short);
            Assert.Equal(1410000, s.Liq.H1.BtcLong);
            Assert.Equal(1150000, s.Liq.H1.BtcShort);
            Assert.Equal(26900000, s.Liq.H24.BtcLong);
            Assert.Equal(22300000, s.Liq.H24.BtcShort);
            Assert.Equal(Value.Missing, s.Liq.M5.BtcLong);
            Assert.Equal(24, s.Liq.HourlyCount);
            Assert.Equal(new long[] { 2, 3, 2, 2, 1, 2, 3, 4, 3, 2, 2, 3, 3, 2, 2, 3, 2, 1, 2, 4, 3, 3, 2, 3 }, s.Liq.HourlyLongM);
            Assert.Equal(new long[] { 2, 2, 2, 1, 2, 2, 1, 3, 2, 3, 3, 2, 2, 1, 2, 2, 3, 2, 2, 2, 2, 2, 3, 2 }, s.Liq.HourlyShortM);
            Assert.Equal(3, s.Liq.VenueCount);
            Assert.Same(ExchangeIds.Binance, s.Liq.Venues[0]);
            Assert.Same(ExchangeIds.Bybit, s.Liq.Venues[1]);
            Assert.Same(ExchangeIds.Okx, s.Liq.Venues[2]);
            Assert.Null(s.Liq.Venues[3]);

            Assert.True(s.Spot.Present);
            Assert.Equal(5246, s.Spot.BinanceSharePctE2);
            Assert.Equal(6, s.Spot.Venues);
            Assert.Equal(3215000000, s.Spot.BinanceUsd24h);
            Assert.Equal(2914000000, s.Spot.OthersUsd24h);
            Assert.Equal(86400000, s.Spot.DeltaUsd24h);
            Assert.Equal(-4200000, s.Spot.DeltaUsd1h);

            // No alert object: level 0, and nothing about it is known.
            Assert.False(s.Alert.Present);
            Assert.Equal(AlertLevel.None, s.Alert.Level);
            Assert.Equal(AlertSide.None, s.Alert.Side);
            Assert.Equal(Value.Missing, s.Alert.StartedAt);
            Assert.Null(s.Alert.Headline);

            Assert.Equal(6, s.SourceCount);
            string[] names = { ExchangeIds.Binance, ExchangeIds.Bybit, ExchangeIds.Okx, ExchangeIds.Coinbase, ExchangeIds.Kraken, ExchangeIds.Bitstamp };
            for (int i = 0; i < names.Length; i++)
            {
                // Shed under the byte budget (step 2): the ages of sources that are ok.
                Assert.Same(names[i], s.Sources[i].Name);
                Assert.True(s.Sources[i].Ok);
                Assert.Equal(Value.Missing, s.Sources[i].AgeS);
            }

            Assert.Null(s.Sources[6].Name);
        }

        [Fact]
        public void Building_example_field_by_field()
        {
            var (ok, _, s) = SnapshotTestKit.Decode(SnapshotTestKit.Example("snapshot-building.json"));
            Assert.True(ok);

            Assert.Equal(48377, s.Seq);
            Assert.Equal(9487612, s.Price.UsdCents);
            Assert.Equal(462, s.Price.Chg24hPctE2);
            Assert.Equal(64, s.Risk.Score);
            Assert.Equal(384, s.Risk.FundingPct8hE4);
            Assert.Equal(41380000000, s.Risk.OiUsd);
            Assert.Equal(784, s.Risk.OiChg24hPctE2);
            Assert.Equal(11700, s.Risk.TakerBuySellE3);
            Assert.Equal(5, s.Risk.TakerBucketMin);
            Assert.Equal(2410, s.Risk.LongShortRatioE3);
            Assert.Equal(95, s.Risk.PartTaker);
            Assert.Equal(12, s.Risk.PartLiquidations);

            // Shed under the byte budget (steps 1-4): lowerBound (absent reads as true), the sources' ages, the
            // venues and h4, and the sources that are ok; everything a screen shows is kept.
            Assert.True(s.Liq.LowerBound);
            Assert.Equal(Value.Missing, s.Liq.H4.Long);
            Assert.Equal(0, s.Liq.VenueCount);
            Assert.Equal(97800000, s.Liq.H24.BtcShort);
            Assert.Equal(2930000, s.Liq.M5.Short);
            Assert.Equal(201400000, s.Liq.H24.Short);
            Assert.Equal(24, s.Liq.HourlyCount);
            Assert.Equal(18, s.Liq.HourlyShortM[23]);
            Assert.Equal(5512, s.Spot.BinanceSharePctE2);
            Assert.Equal(6, s.Spot.Venues);
            Assert.Equal(4123000000, s.Spot.BinanceUsd24h);
            Assert.Equal(3357000000, s.Spot.OthersUsd24h);
            Assert.Equal(512000000, s.Spot.DeltaUsd24h);
            Assert.Equal(61000000, s.Spot.DeltaUsd1h);

            Assert.True(s.Alert.Present);
            Assert.Equal(AlertLevel.Watch, s.Alert.Level);
            Assert.Equal(AlertSide.Short, s.Alert.Side);
            Assert.Equal(1795009205, s.Alert.StartedAt);
            Assert.Equal(12400000, s.Alert.M5Usd);
            Assert.Equal(14100000, s.Alert.EventUsd);
            Assert.Equal(185, s.Alert.PriceChgPctE2);
            Assert.Equal("Short watch: $14M", s.Alert.Headline);

            Assert.Equal(0, s.SourceCount);
        }

        [Fact]
        public void Cascade_example_field_by_field()
        {
            var (ok, _, s) = SnapshotTestKit.Decode(SnapshotTestKit.Example("snapshot-cascade.json"));
            Assert.True(ok);

            Assert.Equal(8731250, s.Price.UsdCents);
            Assert.Equal(-691, s.Price.Chg24hPctE2);
            Assert.Equal(82, s.Risk.Score);
            Assert.Equal(100, s.Risk.PartLiquidations);
            // Kept through a busy alert: the market screen's inputs and the spot screen's volumes (steps 1-6 shed only
            // what no screen shows).
            Assert.Equal(-121, s.Risk.FundingPct8hE4);
            Assert.Equal(214, s.Risk.TakerBuySellE3);
            Assert.Equal(4870000000, s.Spot.BinanceUsd24h);
            Assert.Equal(-388000000, s.Spot.DeltaUsd1h);

            Assert.Equal(412000000, s.Liq.M5.Long);
            Assert.Equal(2140000000, s.Liq.H1.Long);
            Assert.Equal(Value.Missing, s.Liq.H1.BtcLong);
            Assert.Equal(1018000000, s.Liq.H24.BtcLong);
            Assert.Equal(61000000, s.Liq.H24.BtcShort);
            Assert.Equal(Value.Missing, s.Liq.H4.Long);
            Assert.Equal(3912000000, s.Liq.H24.Long);
            Assert.Equal(118000000, s.Liq.H24.Short);
            Assert.Equal(3912, s.Liq.HourlyLongM.Sum());
            Assert.Equal(2140, s.Liq.HourlyLongM[23]);
            Assert.Equal(3610, s.Liq.HourlyLongM.Skip(20).Sum());           // h4's figure, though h4 itself was shed

            Assert.Equal(AlertLevel.Cascade, s.Alert.Level);
            Assert.Equal(AlertSide.Long, s.Alert.Side);
            Assert.Equal(1795043585, s.Alert.StartedAt);
            Assert.Equal(412000000, s.Alert.M5Usd);
            Assert.Equal(3874000000, s.Alert.EventUsd);
            Assert.Equal(Value.Missing, s.Alert.PriceChgPctE2);
            Assert.Equal("Long cascade: $3.9B", s.Alert.Headline);

            // Only the failing source is left (step 4), without its age (step 5).
            Assert.Equal(1, s.SourceCount);
            Assert.Same(ExchangeIds.Okx, s.Sources[0].Name);
            Assert.False(s.Sources[0].Ok);
            Assert.Equal(Value.Missing, s.Sources[0].AgeS);
        }

        [Fact]
        public void Partial_example_leaves_every_absent_section_missing_not_zero()
        {
            var (ok, _, s) = SnapshotTestKit.Decode(SnapshotTestKit.Example("snapshot-partial.json"));
            Assert.True(ok);

            Assert.Equal(3, s.Seq);
            Assert.Equal(1795003265, s.AsOf);
            Assert.Null(s.Asset);
            Assert.Equal(Value.Missing, s.WaitMax);
            Assert.True(s.Price.Present);
            Assert.Equal(9118750, s.Price.UsdCents);
            Assert.Equal(Value.Missing, s.Price.Chg24hPctE2);

            Assert.False(s.Risk.Present);
            Assert.Equal(Value.Missing, s.Risk.Score);
            Assert.Equal(Value.Missing, s.Risk.PartFunding);
            Assert.False(s.Liq.Present);
            Assert.Equal(Value.Missing, s.Liq.M5.Long);
            Assert.Equal(Value.Missing, s.Liq.H24.Short);
            Assert.Equal(0, s.Liq.HourlyCount);
            Assert.All(s.Liq.HourlyLongM, v => Assert.Equal(Value.Missing, v));
            Assert.Equal(0, s.Liq.VenueCount);
            Assert.False(s.Spot.Present);
            Assert.Equal(Value.Missing, s.Spot.BinanceSharePctE2);
            Assert.Equal(Value.Missing, s.Spot.Venues);
            Assert.False(s.Alert.Present);
            Assert.Equal(AlertLevel.None, s.Alert.Level);

            Assert.Equal(3, s.SourceCount);
            Assert.Same(ExchangeIds.Binance, s.Sources[0].Name);
            Assert.False(s.Sources[0].Ok);
            Assert.Equal(Value.Missing, s.Sources[0].AgeS);
            Assert.Same(ExchangeIds.Coinbase, s.Sources[1].Name);
            Assert.Equal(3, s.Sources[1].AgeS);
            Assert.Same(ExchangeIds.Kraken, s.Sources[2].Name);
        }

        [Fact]
        public void Young_example_carries_a_partial_24h_window_bybits_taker_ratio_and_the_deltas_scope()
        {
            var (ok, _, s) = SnapshotTestKit.Decode(SnapshotTestKit.Example("snapshot-young.json"));
            Assert.True(ok);

            // The feed started 6 hours ago: h24 covers 21,600 s of its span; the shorter windows are whole.
            Assert.Equal(88_200_000, s.Liq.H24.Long);
            Assert.Equal(21_600, s.Liq.H24.CoveredS);
            Assert.Equal(Value.Missing, s.Liq.H4.CoveredS);
            Assert.Equal(Value.Missing, s.Liq.M5.CoveredS);
            Assert.True(s.Liq.LowerBound);   // absent reads as true

            Assert.Equal(2_100, s.Risk.TakerBuySellE3);
            Assert.Equal(3_400, s.Risk.TakerBuySellBybitE3);
            Assert.Equal(1, s.Spot.DeltaVenueCount);
            Assert.Same(ExchangeIds.Binance, s.Spot.DeltaVenues[0]);
            Assert.Equal(41_800_000, s.Spot.DeltaUsd24h);
        }

        [Theory]
        [InlineData("{\"v\":1,\"seq\":1,\"asOf\":1,\"liq\":{\"h24\":{\"long\":1,\"short\":2,\"coveredS\":86401}}}", DecodeError.OutOfRange)]
        [InlineData("{\"v\":1,\"seq\":1,\"asOf\":1,\"liq\":{\"h1\":{\"long\":1,\"short\":2,\"coveredS\":-1}}}", DecodeError.OutOfRange)]
        [InlineData("{\"v\":1,\"seq\":1,\"asOf\":1,\"risk\":{\"inputs\":{\"takerBuySellBybit\":-0.5}}}", DecodeError.OutOfRange)]
        [InlineData("{\"v\":1,\"seq\":1,\"asOf\":1,\"spot\":{\"deltaVenues\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\"]}}", DecodeError.OutOfRange)]
        [InlineData("{\"v\":1,\"seq\":1,\"asOf\":1,\"spot\":{\"deltaVenues\":[1]}}", DecodeError.WrongType)]
        public void Coverage_and_scope_members_out_of_range_or_of_the_wrong_type_are_rejected(string body, DecodeError error)
        {
            var (ok, decoder, _) = SnapshotTestKit.Decode(System.Text.Encoding.UTF8.GetBytes(body));
            Assert.False(ok);
            Assert.Equal(error, decoder.Error);
        }
    }
}
