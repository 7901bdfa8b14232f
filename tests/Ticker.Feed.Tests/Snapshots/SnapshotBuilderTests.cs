using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Snapshots;
using Ticker.Feed.Sources;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Snapshots
{
    /// <summary>
    /// The builder writes the contract's compact JSON within 1,024 bytes, shedding in the documented order, with
    /// seq moving only on new content; every body is read back with the device's own SnapshotDecoder.
    /// </summary>
    public class SnapshotBuilderTests
    {
        private const long AsOf = 1_795_003_205;

        private static string Text(byte[] body) => Encoding.UTF8.GetString(body);

        [Fact]
        public void The_calm_example_is_the_full_snapshot_shed_through_step_2()
        {
            byte[] body = SnapshotBuilder.Fit(ContractExamples.Calm(), ContractExamples.CalmHeader, null, out ShedStep shed);

            Assert.Equal(ShedStep.AgesOfOkSources, shed);
            Assert.Equal(Text(ContractExamples.File("snapshot-calm.json")), Text(body));
        }

        [Fact]
        public void The_building_example_is_the_full_snapshot_shed_through_step_4()
        {
            byte[] body = SnapshotBuilder.Fit(ContractExamples.Building(), ContractExamples.BuildingHeader, null, out ShedStep shed);

            Assert.Equal(ShedStep.OkSources, shed);
            Assert.Equal(Text(ContractExamples.File("snapshot-building.json")), Text(body));
            byte[] oneStepLess = SnapshotJsonWriter.Write(ContractExamples.Building(), ContractExamples.BuildingHeader, ShedStep.LiqVenuesAndH4, null);
            Assert.True(oneStepLess.Length > SnapshotBuilder.MaxBytes, $"{oneStepLess.Length} bytes after step 3");
        }

        [Fact]
        public void The_cascade_example_is_the_full_snapshot_shed_through_step_6()
        {
            byte[] body = SnapshotBuilder.Fit(ContractExamples.Cascade(), ContractExamples.CascadeHeader, null, out ShedStep shed);

            Assert.Equal(ShedStep.AlertPriceAndH1Split, shed);
            Assert.Equal(Text(ContractExamples.File("snapshot-cascade.json")), Text(body));
        }

        [Fact]
        public void Each_shed_step_removes_exactly_what_the_contract_lists()
        {
            SnapshotContent full = ContractExamples.Cascade();
            SnapshotHeader header = ContractExamples.CascadeHeader;
            Snapshot Shed(ShedStep step) => Device.Decode(SnapshotJsonWriter.Write(full, header, step, null));
            int previous = int.MaxValue;
            foreach (ShedStep step in Enum.GetValues<ShedStep>())
            {
                int length = SnapshotJsonWriter.Write(full, header, step, null).Length;
                Assert.True(length < previous, $"{step} removed nothing");
                previous = length;
            }

            Assert.Contains("\"lowerBound\":true", Text(SnapshotJsonWriter.Write(full, header, ShedStep.None, null)));
            Assert.DoesNotContain("lowerBound", Text(SnapshotJsonWriter.Write(full, header, ShedStep.LowerBoundWhenTrue, null)));
            Assert.Equal(1, Shed(ShedStep.LowerBoundWhenTrue).Sources[0].AgeS);
            Assert.True(Value.IsMissing(Shed(ShedStep.AgesOfOkSources).Sources[0].AgeS));
            Assert.Equal(48, Shed(ShedStep.AgesOfOkSources).Sources[2].AgeS); // a failing source keeps its age
            Assert.True(Value.IsMissing(Shed(ShedStep.SpotVolumes).Spot.BinanceUsd24h));
            Assert.True(Value.IsMissing(Shed(ShedStep.SpotVolumes).Spot.OthersUsd24h));
            Assert.NotEqual(Value.Missing, Shed(ShedStep.SpotVolumes).Spot.DeltaUsd1h);
            Assert.True(Value.IsMissing(Shed(ShedStep.SpotDeltas).Spot.DeltaUsd1h));
            Assert.True(Value.IsMissing(Shed(ShedStep.SpotDeltas).Spot.DeltaUsd24h));
            Assert.True(Value.IsMissing(Shed(ShedStep.RiskInputs).Risk.OiUsd));
            Assert.Equal(82, Shed(ShedStep.RiskInputs).Risk.Score);
            Assert.Contains("hourlyLongM", Text(SnapshotJsonWriter.Write(full, header, ShedStep.HourlyShorts, null)));
            Assert.DoesNotContain("hourlyShortM", Text(SnapshotJsonWriter.Write(full, header, ShedStep.HourlyShorts, null)));
            Assert.Equal(0, Shed(ShedStep.HourlyLongs).Liq.HourlyCount);
            Assert.Equal(3, Shed(ShedStep.AgesOfOkSources).Liq.VenueCount);
            Assert.True(Value.IsMissing(Shed(ShedStep.AgesOfAllSources).Sources[0].AgeS));
            Assert.Equal(540_000_000, Shed(ShedStep.AgesOfAllSources).Liq.H1.BtcLong);
            Assert.True(Value.IsMissing(Shed(ShedStep.AlertPriceAndH1Split).Liq.H1.BtcLong));
            Assert.True(Value.IsMissing(Shed(ShedStep.AlertPriceAndH1Split).Alert.PriceChgPctE2));
            Assert.Equal(1_018_000_000, Shed(ShedStep.AlertPriceAndH1Split).Liq.H24.BtcLong);
            Assert.Equal(3_874_000_000, Shed(ShedStep.AlertPriceAndH1Split).Alert.EventUsd);
            Assert.True(Value.IsMissing(Shed(ShedStep.AlertAmounts).Alert.EventUsd));
            Assert.True(Value.IsMissing(Shed(ShedStep.AlertAmounts).Alert.M5Usd));
            Snapshot noVenues = Shed(ShedStep.LiqVenuesAndH4);
            Assert.Equal(0, noVenues.Liq.VenueCount);
            Assert.True(Value.IsMissing(noVenues.Liq.H4.Long));
            Assert.Equal(3_912_000_000, noVenues.Liq.H24.Long);
            Snapshot failingOnly = Shed(ShedStep.OkSources);
            Assert.Equal(1, failingOnly.SourceCount);
            Assert.Equal("okx", failingOnly.Sources[0].Name);
            Assert.Null(Shed(ShedStep.AlertHeadline).Alert.Headline);
            Assert.Equal(AlertLevel.Cascade, Shed(ShedStep.AlertHeadline).Alert.Level);
            Assert.Equal(0, Shed(ShedStep.AllSources).SourceCount);
        }

        [Fact]
        public void Pathological_content_still_fits_by_shedding_the_headline_and_the_sources()
        {
            // Eight failing sources with the longest ids and a headline of emoji (each escaped to 12 bytes).
            SourceStatus[] sources = Enumerable.Range(0, 8)
                .Select(i => new SourceStatus(new string((char)('a' + i), 24), SourceState.Failing, 999_999_999))
                .ToArray();
            SnapshotContent content = ContractExamples.Cascade() with
            {
                Alert = new AlertReading(AlertLevel.Cascade, AlertSide.Short, 1795043585, 412_000_000, -6.42m, string.Concat(Enumerable.Repeat("\U0001F680", 30))),
                Sources = sources,
                Liq = ContractExamples.Cascade().Liq! with { Venues = sources.Select(s => s.Id).ToArray() },
            };

            byte[] body = SnapshotBuilder.Fit(content, ContractExamples.CascadeHeader, null, out ShedStep shed);

            Assert.True(body.Length <= SnapshotBuilder.MaxBytes);
            Assert.True(shed >= ShedStep.AlertHeadline, $"shed through {shed}");
            Snapshot snapshot = Device.Decode(body);
            Assert.Equal(AlertSide.Short, snapshot.Alert.Side);
            Assert.Equal(AlertLevel.Cascade, snapshot.Alert.Level);
        }

        [Fact]
        public void Random_content_always_fits_and_always_decodes_on_the_device()
        {
            var random = new Random(20261120);
            for (int i = 0; i < 400; i++)
            {
                SnapshotContent content = RandomContent(random);
                var builder = new SnapshotBuilder(random.Next(2) == 0 ? null : random.Next(1, 31));

                BuiltSnapshot built = builder.Build(content, AsOf + i);

                Assert.InRange(built.Body.Length, 1, SnapshotBuilder.MaxBytes);
                Snapshot snapshot = Device.Decode(built.Body);
                Assert.Equal(built.Seq, snapshot.Seq);
                Assert.Equal(AsOf + i, snapshot.AsOf);
                Assert.Equal(content.Price?.Usd is decimal usd ? (long)decimal.Round(usd * 100, MidpointRounding.AwayFromZero) : Value.Missing, snapshot.Price.UsdCents);
                Assert.Equal(content.Liq?.H24?.LongUsd ?? Value.Missing, snapshot.Liq.H24.Long);
                Assert.Equal(content.Alert?.Level ?? AlertLevel.None, snapshot.Alert.Level);
                Assert.Empty(built.Dropped);
            }
        }

        [Fact]
        public void Sections_the_feed_knows_nothing_of_are_omitted_not_zero()
        {
            BuiltSnapshot built = new SnapshotBuilder(25).Build(SnapshotContent.Empty, AsOf);

            Assert.Equal("{\"v\":1,\"seq\":" + AsOf + ",\"asOf\":" + AsOf + ",\"asset\":\"BTC\",\"waitMax\":25}", Text(built.Body));
            Snapshot snapshot = Device.Decode(built.Body);
            Assert.False(snapshot.Price.Present);
            Assert.False(snapshot.Risk.Present);
            Assert.False(snapshot.Liq.Present);
            Assert.False(snapshot.Spot.Present);
            Assert.False(snapshot.Alert.Present);
            Assert.Equal(0, snapshot.SourceCount);
            Assert.Equal(25, snapshot.WaitMax);
        }

        [Fact]
        public void Without_long_polling_waitMax_is_omitted()
        {
            Snapshot snapshot = Device.Decode(new SnapshotBuilder(null).Build(SnapshotContent.Empty, AsOf).Body);

            Assert.True(Value.IsMissing(snapshot.WaitMax));
        }

        [Fact]
        public void Unknown_members_are_left_out_and_a_section_left_empty_is_not_written()
        {
            var content = new SnapshotContent(
                Price: new PriceReading(91187.5m),
                Risk: new RiskReading(null, new RiskInputs(), new RiskParts()),
                Spot: new SpotReading(),
                Sources: new[] { new SourceStatus("binance", SourceState.Never, null), new SourceStatus("kraken", SourceState.Ok, 9) });

            BuiltSnapshot built = new SnapshotBuilder(null).Build(content, AsOf);

            string text = Text(built.Body);
            Assert.Contains("\"price\":{\"usd\":91187.5}", text);
            Assert.DoesNotContain("risk", text);
            Assert.DoesNotContain("spot", text);
            Assert.Contains("\"sources\":{\"binance\":{\"ok\":false},\"kraken\":{\"ok\":true,\"ageS\":9}}", text);
            Snapshot snapshot = Device.Decode(built.Body);
            Assert.Equal(9118750, snapshot.Price.UsdCents);
            Assert.True(Value.IsMissing(snapshot.Price.Chg24hPctE2));
            Assert.False(snapshot.Sources[0].Ok);
            Assert.True(Value.IsMissing(snapshot.Sources[0].AgeS));
        }

        [Fact]
        public void A_false_lowerBound_is_always_written_because_absent_reads_as_true()
        {
            SnapshotContent content = ContractExamples.Cascade() with { Liq = ContractExamples.Cascade().Liq! with { LowerBound = false } };

            foreach (ShedStep step in Enum.GetValues<ShedStep>())
            {
                Assert.False(Device.Decode(SnapshotJsonWriter.Write(content, ContractExamples.CascadeHeader, step, null)).Liq.LowerBound);
            }
        }

        [Fact]
        public void Unknown_hourly_bars_are_nulls_the_device_reads_as_missing()
        {
            long?[] longs = Enumerable.Repeat<long?>(null, 22).Concat(new long?[] { 4, 0 }).ToArray();
            var content = new SnapshotContent(Liq: new LiquidationTotals(new[] { "bybit" }, false, new SideTotals(5, 6), null, null, null, longs, longs));

            Snapshot snapshot = Device.Decode(new SnapshotBuilder(25).Build(content, AsOf).Body);

            Assert.Equal(24, snapshot.Liq.HourlyCount);
            Assert.True(Value.IsMissing(snapshot.Liq.HourlyLongM[0]));
            Assert.Equal(4, snapshot.Liq.HourlyLongM[22]);
            Assert.Equal(0, snapshot.Liq.HourlyShortM[23]);
            Assert.Equal(5, snapshot.Liq.M5.Long);
            Assert.True(Value.IsMissing(snapshot.Liq.H1.Long));
            Assert.False(snapshot.Liq.LowerBound);
        }

        [Fact]
        public void Numbers_are_rounded_half_away_from_zero_to_the_unit_the_device_keeps()
        {
            var content = new SnapshotContent(
                Price: new PriceReading(91254.375m, -0.005m),
                Risk: new RiskReading(64.5m, new RiskInputs(FundingPct8h: 0.00625m, TakerBuySell: 1.0005m), new RiskParts(Funding: 0.4m)));

            BuiltSnapshot built = new SnapshotBuilder(25).Build(content, AsOf);

            Assert.Contains("\"usd\":91254.38,\"chg24hPct\":-0.01", Text(built.Body));
            Snapshot snapshot = Device.Decode(built.Body);
            Assert.Equal(9125438, snapshot.Price.UsdCents);
            Assert.Equal(-1, snapshot.Price.Chg24hPctE2);
            Assert.Equal(65, snapshot.Risk.Score);
            Assert.Equal(63, snapshot.Risk.FundingPct8hE4);
            Assert.Equal(1001, snapshot.Risk.TakerBuySellE3);
            Assert.Equal(0, snapshot.Risk.PartFunding);
        }

        [Fact]
        public void Values_outside_the_contract_are_left_out_and_reported_so_the_device_still_accepts_the_body()
        {
            var content = new SnapshotContent(
                Price: new PriceReading(-1m, -150m),
                Risk: new RiskReading(101m, new RiskInputs(TakerBucketMin: 0, OiUsd: -5), new RiskParts(Liq: 250m)),
                Spot: new SpotReading(BinanceSharePct: 100.01m, Venues: 0, DeltaUsd1h: -7),
                Alert: new AlertReading((AlertLevel)7, StartedAt: -1, PriceChgPct: 1e20m),
                Liq: new LiquidationTotals(new[] { "Binance", "okx" }, true, new SideTotals(-1, 2), null, null, null, new long?[25], new long?[] { 1 }));

            BuiltSnapshot built = new SnapshotBuilder(25).Build(content, AsOf);

            Snapshot snapshot = Device.Decode(built.Body);
            Assert.Equal(-7, snapshot.Spot.DeltaUsd1h);
            Assert.Equal(2, snapshot.Liq.M5.Short);
            Assert.Equal(new[] { "okx" }, snapshot.Liq.Venues.Take(snapshot.Liq.VenueCount));
            Assert.Equal(
                new[]
                {
                    "price.usd", "price.chg24hPct", "risk.score", "risk.inputs.oiUsd", "risk.inputs.takerBucketMin", "risk.parts.liq",
                    "liq.m5.long", "liq.hourlyLongM/hourlyShortM (not 1-24 items each, of one length)", "liq.venues item (bad id)",
                    "spot.binanceSharePct", "spot.venues", "alert.level", "alert.startedAt", "alert.priceChgPct",
                },
                built.Dropped);
        }

        [Fact]
        public void A_headline_is_cut_to_24_characters_without_splitting_a_surrogate_pair()
        {
            string headline = "Long cascade \U0001F525\U0001F525 $3.9B+ liquidated today";
            var content = new SnapshotContent(Alert: new AlertReading(AlertLevel.Warning, AlertSide.Long, Headline: headline));

            Snapshot snapshot = Device.Decode(new SnapshotBuilder(25).Build(content, AsOf).Body);

            Assert.Equal("Long cascade \U0001F525\U0001F525 $3.9B+ l", snapshot.Alert.Headline);
            Assert.Equal(24, snapshot.Alert.Headline!.EnumerateRunes().Count());
        }

        [Fact]
        public void At_most_eight_sources_and_eight_venues_are_written_as_the_device_holds_no_more()
        {
            string[] ids = Enumerable.Range(0, 10).Select(i => "venue" + i).ToArray();
            var content = new SnapshotContent(
                Liq: new LiquidationTotals(ids, true, null, null, null, null, null, null),
                Sources: ids.Select(id => new SourceStatus(id, SourceState.Ok, 1)).ToArray());

            BuiltSnapshot built = new SnapshotBuilder(25).Build(content, AsOf);

            Snapshot snapshot = Device.Decode(built.Body);
            Assert.Equal(8, snapshot.SourceCount);
            Assert.Equal(8, snapshot.Liq.VenueCount);
            Assert.Equal(4, built.Dropped.Count);
        }

        [Fact]
        public void Unchanged_content_keeps_the_snapshot_seq_asOf_and_all()
        {
            var builder = new SnapshotBuilder(25);
            BuiltSnapshot first = builder.Build(ContractExamples.Calm(), AsOf);

            BuiltSnapshot again = builder.Build(ContractExamples.Calm(), AsOf + 30);

            Assert.Same(first, again);
            Assert.Equal(AsOf, again.AsOf);
            Assert.Equal("\"" + first.Seq + "\"", first.ETag);
        }

        [Fact]
        public void New_content_gets_a_greater_seq_never_behind_the_clock()
        {
            var builder = new SnapshotBuilder(25);
            BuiltSnapshot first = builder.Build(ContractExamples.Calm(), AsOf);
            BuiltSnapshot second = builder.Build(ContractExamples.Calm() with { Price = new PriceReading(91000m) }, AsOf + 10);
            BuiltSnapshot sameSecond = builder.Build(ContractExamples.Calm() with { Price = new PriceReading(91001m) }, AsOf + 10);
            BuiltSnapshot back = builder.Build(ContractExamples.Calm(), AsOf + 11);

            Assert.Equal(AsOf, first.Seq);                 // starts at the clock: ahead of any earlier run
            Assert.Equal(AsOf + 10, second.Seq);
            Assert.Equal(AsOf + 11, sameSecond.Seq);       // two in one second: seq runs ahead of asOf
            Assert.Equal(AsOf + 10, sameSecond.AsOf);
            Assert.Equal(AsOf + 12, back.Seq);             // content equal to an older one is still new
            Assert.NotSame(first, back);
        }

        [Fact]
        public void A_seq_known_from_before_a_restart_is_continued()
        {
            var builder = new SnapshotBuilder(25, lastSeq: 5_000_000_000);

            Assert.Equal(5_000_000_001, builder.Build(SnapshotContent.Empty, AsOf).Seq);
        }

        private static SnapshotContent RandomContent(Random random)
        {
            bool Maybe() => random.Next(3) > 0;
            decimal Dec(double min, double max, int digits) => decimal.Round((decimal)(min + random.NextDouble() * (max - min)), digits);
            long Usd(long max) => (long)(random.NextDouble() * max);
            long?[] Hourly() => Enumerable.Range(0, 24).Select(_ => random.Next(10) == 0 ? (long?)null : random.Next(0, 100_000)).ToArray();
            string[] known = { "binance", "bybit", "okx", "coinbase", "kraken", "bitstamp", "gate-io", "kucoin_futures_long_name" };

            return new SnapshotContent(
                Price: Maybe() ? new PriceReading(Dec(0, 500_000, 2), Maybe() ? Dec(-100, 300, 2) : null) : null,
                Risk: Maybe()
                    ? new RiskReading(
                        Maybe() ? Dec(0, 100, 0) : null,
                        Maybe() ? new RiskInputs(Dec(-1, 1, 4), Usd(200_000_000_000), Dec(-100, 500, 2), Dec(0, 50, 3), random.Next(1, 1441), Dec(0, 10, 3)) : null,
                        Maybe() ? new RiskParts(Dec(0, 100, 0), Dec(0, 100, 0), Dec(0, 100, 0), Dec(0, 100, 0), Dec(0, 100, 0)) : null)
                    : null,
                Liq: Maybe()
                    ? new LiquidationTotals(
                        known.Take(random.Next(1, 9)).ToArray(),
                        random.Next(2) == 0,
                        new SideTotals(Usd(10_000_000_000), Usd(10_000_000_000)),
                        Maybe() ? new SideTotals(Usd(10_000_000_000), Usd(10_000_000_000)) : null,
                        Maybe() ? new SideTotals(Usd(100_000_000_000), Usd(100_000_000_000)) : null,
                        Maybe() ? new SideTotals(Usd(100_000_000_000), Usd(100_000_000_000)) : null,
                        Maybe() ? Hourly() : null,
                        Maybe() ? Hourly() : null)
                    : null,
                Spot: Maybe() ? new SpotReading(Dec(0, 100, 2), random.Next(1, 1001), Usd(50_000_000_000), Usd(50_000_000_000), Usd(4_000_000_000) - 2_000_000_000, Usd(400_000_000) - 200_000_000) : null,
                Alert: Maybe()
                    ? new AlertReading((AlertLevel)random.Next(0, 4), (AlertSide)random.Next(0, 3), 1795000000 + random.Next(100_000), Usd(1_000_000_000), Dec(-100, 100, 2), Maybe() ? RandomHeadline(random) : null)
                    : null,
                Sources: known.Take(random.Next(0, 9)).Select(id => new SourceStatus(id, (SourceState)random.Next(0, 4), Maybe() ? random.Next(0, 1_000_000) : (long?)null)).ToArray());
        }

        private static string RandomHeadline(Random random)
        {
            string[] pieces = { "Long", " cascade", " $3.9B+", " \U0001F680", " é", " \"quoted\"", " back\\slash", " tab\t", " 中文", " <b>" };
            var text = new StringBuilder();
            int count = random.Next(1, 12);
            for (int i = 0; i < count; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            return text.ToString();
        }
    }
}
