using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Ticker.Data;
using Ticker.Feed.Alerts;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Scenarios;
using Ticker.Feed.State;
using Xunit;

namespace Ticker.Feed.Tests.Replay
{
    /// <summary>
    /// The shipped scenarios replayed through the feed's real parsers, aggregation, cascade rule and snapshot
    /// builder: their recordings are exactly what their descriptions generate, their totals equal sums computed here
    /// from the generated liquidations (not through the aggregator), and each story raises the alerts it should.
    /// </summary>
    public sealed class ShippedScenarioTests : IClassFixture<ShippedScenarios>
    {
        private const long MinuteMs = 60_000;
        private readonly ShippedScenarios _scenarios;

        public ShippedScenarioTests(ShippedScenarios scenarios)
        {
            _scenarios = scenarios;
        }

        public static TheoryData<string> Names => new(ShippedScenarios.Names);

        [Theory]
        [MemberData(nameof(Names))]
        public void The_committed_recording_and_markers_are_what_the_description_generates(string name)
        {
            ShippedScenarios.Run run = _scenarios.Of(name);
            byte[] committed = Decompress(File.ReadAllBytes(ShippedScenarios.RecordingPath(name)));
            if (!committed.AsSpan().SequenceEqual(run.Generated.Recording))
            {
                string[] expected = Encoding.UTF8.GetString(run.Generated.Recording).Split('\n');
                string[] actual = Encoding.UTF8.GetString(committed).Split('\n');
                int line = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length));
                Assert.Fail($"{name}: the committed recording differs from the generated one at line {line + 1} (regenerate with: dotnet run --project feed -- scenario scenarios/{name}/{name}.scenario.json --out scenarios/{name}/{name}.jsonl.gz)");
            }

            Assert.Equal(run.Generated.MarkersJson, File.ReadAllBytes(ShippedScenarios.MarkersPath(name)));
            Assert.Equal(run.Generated.Records, run.Replayed.Records);
            Assert.Equal(0, run.Replayed.BadLines);
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void The_final_snapshot_is_read_by_the_device_decoder(string name)
        {
            ShippedScenarios.Run run = _scenarios.Of(name);
            Snapshot device = run.Decoded;
            Assert.Equal(run.Replayed.Seq, device.Seq);
            Assert.True(device.Liq.Present, "liq section");
            Assert.True(device.Price.Present, "price section");
            Assert.True(device.Spot.Present, "spot section");
            Assert.Equal(6, device.Spot.Venues);
            // Every venue answered at its pollers' periods: none is stale at the end.
            Assert.Equal(6, device.SourceCount);
            for (int i = 0; i < device.SourceCount; i++)
            {
                Assert.True(device.Sources[i].Ok, device.Sources[i].Name + " ok");
            }

            // The scenario is shorter than a day: the 24 h window is partial, carrying the seconds the venues covered
            // (the whole replay: every venue is heard throughout), never a day's total it did not see.
            Assert.NotEqual(Value.Missing, device.Liq.H24.Long);
            Assert.InRange(device.Liq.H24.CoveredS, 60, 86_399);
        }

        [Fact]
        public void Seed_dip_totals_equal_the_generated_liquidations_summed_independently()
        {
            ShippedScenarios.Run run = _scenarios.Of("seed-dip");
            long asOfMs = run.Decoded.AsOf * 1000;
            IReadOnlyList<GeneratedLiquidation> events = run.Generated.Liquidations;

            AssertWindow(events, asOfMs, 5 * MinuteMs, run.Decoded.Liq.M5, "m5");
            AssertWindow(events, asOfMs, 60 * MinuteMs, run.Decoded.Liq.H1, "h1");
            // h4 goes at shedding step 3 (no screen shows it): checked when the byte budget left it in.
            bool h4Sent = !Value.IsMissing(run.Decoded.Liq.H4.Long);
            if (h4Sent)
            {
                AssertWindow(events, asOfMs, 240 * MinuteMs, run.Decoded.Liq.H4, "h4");
            }

            // The story: nearly $4B of longs within hours, mostly altcoins.
            long dipStart = run.MarkerMs("dip");
            long spotBuying = run.MarkerMs("spot buying");
            List<GeneratedLiquidation> dip = events.Where(e => e.Side == PositionSide.Long && e.ExchangeTimeMs >= dipStart && e.ExchangeTimeMs < spotBuying).ToList();
            long dipLongs = dip.Sum(e => e.UsdNotional);
            Assert.InRange(dipLongs, 3_700_000_000, 3_999_999_999);
            Assert.True(dip.Where(e => !e.IsBtc).Sum(e => e.UsdNotional) > dipLongs * 0.7, "altcoins carry most of the dip's long liquidations");
            if (h4Sent)
            {
                Assert.InRange(run.Decoded.Liq.H4.Long, 3_700_000_000, 3_999_999_999);
            }
        }

        [Fact]
        public void Seed_dip_raises_a_long_cascade_within_two_minutes_of_the_burst()
        {
            ShippedScenarios.Run run = _scenarios.Of("seed-dip");
            long burstS = run.MarkerMs("cascade") / 1000;
            AlertTransition? cascade = run.Replayed.Alerts.FirstOrDefault(a => a.Level == AlertLevel.Cascade);
            Assert.NotNull(cascade);
            Assert.Equal(AlertSide.Long, cascade.Side);
            Assert.InRange(cascade.At, burstS, burstS + 120);
            Assert.All(run.Replayed.Alerts.Where(a => a.Level != AlertLevel.None), a => Assert.Equal(AlertSide.Long, a.Side));
            // Nothing before the dip: leverage building alone is not a cascade.
            Assert.All(run.Replayed.Alerts, a => Assert.True(a.At >= run.MarkerMs("dip") / 1000, $"alert at {a.At} before the dip"));
        }

        [Fact]
        public void Seed_dip_ends_with_spot_buyers_back_and_Binance_near_71_percent()
        {
            ShippedScenarios.Run run = _scenarios.Of("seed-dip");
            Assert.InRange(run.Decoded.Spot.BinanceSharePctE2, 6900, 7300);
            // Spot buyers lead in the feed's reading and on the device: the byte budget sheds the spot volumes before
            // the deltas, so the final snapshot still carries them.
            SpotReading spot = run.Replayed.Market.Spot!;
            Assert.True(spot.DeltaUsd1h > 0, $"delta 1h {spot.DeltaUsd1h}");
            Assert.True(spot.DeltaUsd24h > 0, $"delta 24h {spot.DeltaUsd24h}");
            // On the device too, with their scope: compact hourly arrays leave the room for them (the shedding order
            // keeps what every screen shows).
            Assert.Equal(spot.DeltaUsd1h, run.Decoded.Spot.DeltaUsd1h);
            Assert.Equal(spot.DeltaUsd24h, run.Decoded.Spot.DeltaUsd24h);
            // Binance's klines and OKX's taker volume both cover the day and the hour: both named, OKX decoded to its id.
            Assert.Equal(2, run.Decoded.Spot.DeltaVenueCount);
            Assert.Same(ExchangeIds.Binance, run.Decoded.Spot.DeltaVenues[0]);
            Assert.Same(ExchangeIds.Okx, run.Decoded.Spot.DeltaVenues[1]);

            Assert.Equal(new[] { "binance", "okx" }, spot.DeltaVenues);
            Assert.True(run.Replayed.Market.Price!.Usd < 97_500m, "BTC ends below where it started");
        }

        [Fact]
        public void Seed_dip_taker_buy_sell_spikes_to_about_11_7_and_then_18_8_while_leverage_builds()
        {
            ShippedScenarios.Run run = _scenarios.Of("seed-dip");
            long building = run.MarkerMs("leverage building");
            long dip = run.MarkerMs("dip");
            List<(long AtMs, decimal Value)> readings = run.Taker
                .Where(t => t.AtMs >= building && t.AtMs < dip && t.TakerBuySell is not null)
                .Select(t => (t.AtMs, t.TakerBuySell!.Value))
                .ToList();
            (long AtMs, decimal Value) first = readings.Where(r => r.Value > 5m).OrderBy(r => r.AtMs).First();
            (long AtMs, decimal Value) highest = readings.OrderByDescending(r => r.Value).First();

            Assert.InRange(first.Value, 11.5m, 11.9m);
            Assert.InRange(highest.Value, 18.6m, 19.0m);
            Assert.True(first.AtMs < highest.AtMs, "11.7 comes first, then 18.8");
            Assert.All(run.Taker.Where(t => t.AtMs < building && t.TakerBuySell is not null), t => Assert.InRange(t.TakerBuySell!.Value, 0.8m, 1.2m));
        }

        [Fact]
        public void The_calm_day_raises_no_alert_of_level_2_or_more()
        {
            ShippedScenarios.Run run = _scenarios.Of("calm-day");
            Assert.All(run.Replayed.Alerts, a => Assert.True(a.Level < AlertLevel.Warning, $"{a.Level} at {a.At}: {a.Headline}"));
            Assert.True(run.Generated.Liquidations.Count > 1000, "the calm day still has liquidations on both sides");
        }

        [Fact]
        public void The_short_squeeze_alerts_on_the_short_side()
        {
            ShippedScenarios.Run run = _scenarios.Of("short-squeeze");
            AlertTransition? top = run.Replayed.Alerts.OrderByDescending(a => a.Level).FirstOrDefault();
            Assert.NotNull(top);
            Assert.Equal(AlertLevel.Cascade, top.Level);
            Assert.Equal(AlertSide.Short, top.Side);
            long squeezeS = run.MarkerMs("squeeze") / 1000;
            Assert.InRange(run.Replayed.Alerts.First(a => a.Level == AlertLevel.Cascade).At, squeezeS, squeezeS + 20 * 60);
            Assert.All(run.Replayed.Alerts.Where(a => a.Level != AlertLevel.None), a => Assert.Equal(AlertSide.Short, a.Side));
        }

        private static void AssertWindow(IReadOnlyList<GeneratedLiquidation> events, long asOfMs, long windowMs, LiqWindow actual, string name)
        {
            long longs = 0;
            long shorts = 0;
            foreach (GeneratedLiquidation e in events)
            {
                if (e.ExchangeTimeMs > asOfMs - windowMs && e.ExchangeTimeMs <= asOfMs)
                {
                    if (e.Side == PositionSide.Long)
                    {
                        longs += e.UsdNotional;
                    }
                    else
                    {
                        shorts += e.UsdNotional;
                    }
                }
            }

            Assert.True(longs > 0 && shorts > 0, $"{name}: the window holds liquidations on both sides");
            Assert.Equal((name, longs, shorts), (name, actual.Long, actual.Short));
        }

        private static byte[] Decompress(byte[] gzip)
        {
            using var input = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
    }
}
