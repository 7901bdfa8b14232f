using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Ticker.Data;
using Ticker.Feed.Alerts;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Scenarios;
using Xunit;

namespace Ticker.Feed.Tests.Replay
{
    /// <summary>
    /// The cascade scenarios replayed through the feed: each reaches the right level on the right side within the
    /// latency targets (<see cref="CascadeLatency"/>, measured against the generated liquidations), the calm ones
    /// raise nothing, and the totals and their BTC parts equal sums of the generated events computed here.
    /// </summary>
    public sealed class CascadeScenarioTests : IClassFixture<ShippedScenarios>
    {
        private readonly ShippedScenarios _scenarios;

        public CascadeScenarioTests(ShippedScenarios scenarios)
        {
            _scenarios = scenarios;
        }

        public static TheoryData<string> CascadeNames => new(ShippedScenarios.CascadeNames);

        public static TheoryData<string> AllNames => new(ShippedScenarios.Names.Concat(ShippedScenarios.CascadeNames));

        [Theory]
        [MemberData(nameof(CascadeNames))]
        public void The_committed_recording_is_what_the_description_generates(string name)
        {
            ShippedScenarios.Run run = _scenarios.Of(name);
            using var input = new GZipStream(File.OpenRead(ShippedScenarios.RecordingPath(name)), CompressionMode.Decompress);
            using var committed = new MemoryStream();
            input.CopyTo(committed);
            Assert.True(committed.ToArray().AsSpan().SequenceEqual(run.Generated.Recording), $"{name}: regenerate with: dotnet run --project feed -- scenario scenarios/{name}/{name}.scenario.json --out scenarios/{name}/{name}.jsonl.gz");
            Assert.Equal(run.Generated.MarkersJson, File.ReadAllBytes(ShippedScenarios.MarkersPath(name)));
            Assert.Equal(0, run.Replayed.BadLines);
        }

        [Theory]
        [MemberData(nameof(AllNames))]
        public void Every_shipped_scenario_meets_the_latency_targets(string name)
        {
            CascadeLatency.Measured m = Measure(name);

            Assert.True(m.MeetsTargets, $"{name}: warning {m.WarningDelayS} s, cascade {m.CascadeDelayS} s, second wave {m.SecondWaveDelayS} s, highest {m.Highest}");
        }

        [Fact]
        public void The_altcoin_flush_is_a_long_cascade_confirmed_by_the_altcoins_while_BTC_barely_moves()
        {
            ShippedScenarios.Run run = _scenarios.Of("alt-flush");
            CascadeLatency.Measured m = Measure("alt-flush");

            Assert.All(run.Replayed.Alerts.Where(a => a.Level != AlertLevel.None), a => Assert.Equal(AlertSide.Long, a.Side));
            Assert.InRange(m.WarningDelayS!.Value, 0, CascadeLatency.WarningTargetS);
            Assert.InRange(m.CascadeDelayS!.Value, 0, CascadeLatency.CascadeTargetS);

            // Each of the three bursts reaches cascade, while BTC's own move over the 5 minutes before is smaller than
            // the confirmation: under a BTC-price rule every one of them would have been held back.
            var path = new MarketPath(run.Description);
            decimal BtcMovePct(long atS) => (decimal)(100 * ((path.Price(atS * 1000) / path.Price((atS * 1000) - 300_000)) - 1));
            List<AlertTransition> cascades = run.Replayed.Alerts.Where(a => a.Level == AlertLevel.Cascade).ToList();
            Assert.Equal(3, cascades.Count);
            Assert.All(cascades, a => Assert.True(BtcMovePct(a.At) > -0.5m, $"BTC moved {BtcMovePct(a.At):0.00} % before {a.At}"));

            // About $4B of altcoin longs over the flush, in three bursts.
            long altLongs = run.Generated.Liquidations.Where(e => e.Side == PositionSide.Long && !e.IsBtc && e.ExchangeTimeMs >= run.MarkerMs("first burst")).Sum(e => e.UsdNotional);
            Assert.InRange(altLongs, 3_800_000_000, 4_300_000_000);
        }

        [Fact]
        public void The_second_wave_is_re_raised_at_once_after_the_cascade_eased_to_warning()
        {
            ShippedScenarios.Run run = _scenarios.Of("second-wave");
            long waveS = run.MarkerMs(CascadeLatency.SecondWaveLabel) / 1000;
            List<AlertTransition> alerts = run.Replayed.Alerts.ToList();

            AlertTransition eased = alerts.Last(a => a.At < waveS);
            Assert.Equal(AlertLevel.Warning, eased.Level);
            AlertTransition reraised = alerts.First(a => a.At >= waveS);
            Assert.Equal((AlertLevel.Cascade, AlertSide.Long), (reraised.Level, reraised.Side));
            Assert.InRange(reraised.At - waveS, 0, CascadeLatency.SecondWaveTargetS);
            Assert.Equal(2, alerts.Count(a => a.Level == AlertLevel.Cascade));
        }

        [Fact]
        public void October_10_peaks_near_3_2B_in_a_minute_and_its_flush_is_about_7B()
        {
            ShippedScenarios.Run run = _scenarios.Of("oct-10");
            long flush = run.MarkerMs("flush");
            long after = run.MarkerMs("aftershocks");
            IEnumerable<GeneratedLiquidation> inFlush = run.Generated.Liquidations.Where(e => e.ExchangeTimeMs >= flush && e.ExchangeTimeMs < after);
            long peakMinute = inFlush.GroupBy(e => e.ExchangeTimeMs / 60_000).Max(g => g.Sum(e => e.UsdNotional));

            Assert.InRange(inFlush.Sum(e => e.UsdNotional), 6_500_000_000, 7_500_000_000);
            // The peak phase is $3.2B in one minute; Binance's sampling (one order per symbol per second) spills its
            // share into the next minutes, so the busiest minute of exchange times holds about $2.4B.
            Assert.InRange(peakMinute, 2_200_000_000, 3_300_000_000);
            Assert.Equal(AlertLevel.Cascade, Measure("oct-10").Highest);
            Assert.All(run.Replayed.Alerts.Where(a => a.Level != AlertLevel.None && a.At < after / 1000), a => Assert.Equal(AlertSide.Long, a.Side));
        }

        [Theory]
        [InlineData("calm-week")]
        [InlineData("calm-day")]
        public void A_calm_market_with_whale_liquidations_raises_nothing(string name)
        {
            ShippedScenarios.Run run = _scenarios.Of(name);

            Assert.Empty(run.Replayed.Alerts);
            if (name == "calm-week")
            {
                Assert.Equal(TimeSpan.FromDays(7), run.Description.Duration);
                List<GeneratedLiquidation> whales = run.Generated.Liquidations.Where(e => e.UsdNotional >= 1_000_000).ToList();
                Assert.InRange(whales.Count, 9, 30);
                Assert.Contains(whales, w => w.UsdNotional >= 3_900_000);
            }
        }

        [Theory]
        [MemberData(nameof(CascadeNames))]
        public void The_final_windows_and_their_BTC_parts_equal_the_generated_events_summed_here(string name)
        {
            ShippedScenarios.Run run = _scenarios.Of(name);
            long asOfMs = run.Decoded.AsOf * 1000;
            (long Long, long Short, long BtcLong, long BtcShort) Sum(long windowMs)
            {
                // What the feed had received by asOf (Bybit and OKX batch their events: one may arrive after the last tick).
                var inside = run.Generated.Liquidations.Where(e => e.ExchangeTimeMs > asOfMs - windowMs && e.ExchangeTimeMs <= asOfMs && e.ReceivedMs <= asOfMs).ToList();
                return (
                    inside.Where(e => e.Side == PositionSide.Long).Sum(e => e.UsdNotional),
                    inside.Where(e => e.Side == PositionSide.Short).Sum(e => e.UsdNotional),
                    inside.Where(e => e.Side == PositionSide.Long && e.IsBtc).Sum(e => e.UsdNotional),
                    inside.Where(e => e.Side == PositionSide.Short && e.IsBtc).Sum(e => e.UsdNotional));
            }

            LiqSection liq = run.Decoded.Liq;
            var m5 = Sum(300_000);
            Assert.True((m5.Long, m5.Short) == (liq.M5.Long, liq.M5.Short), $"m5 {(m5.Long, m5.Short)} != {(liq.M5.Long, liq.M5.Short)}, coveredS {liq.M5.CoveredS}, venues {string.Join(",", liq.Venues.Take(liq.VenueCount))}, asOf {run.Decoded.AsOf}");
            var h1 = Sum(3_600_000);
            Assert.Equal(h1, (liq.H1.Long, liq.H1.Short, liq.H1.BtcLong, liq.H1.BtcShort));
            Assert.True(h1.Long > 0, "the last hour holds liquidations");
            if (name == "calm-week")
            {
                var h24 = Sum(86_400_000);
                Assert.Equal(h24, (liq.H24.Long, liq.H24.Short, liq.H24.BtcLong, liq.H24.BtcShort));
                Assert.Equal(24, liq.HourlyCount);
            }
            else
            {
                // Shorter than a day: the hourly bars hold only the hours covered, the last one ending at asOf.
                // An hour is known when a minute of it was covered, so the first, partly covered hour counts too.
                int hours = (int)Math.Floor(run.Description.Duration.TotalHours);
                Assert.InRange(liq.HourlyCount, hours - 1, (int)Math.Ceiling(run.Description.Duration.TotalHours));
                // And the day is partial: its sums are over the covered part, which coveredS gives.
                Assert.InRange(liq.H24.CoveredS, 60, 86_399);
                var h24 = Sum(86_400_000);
                Assert.Equal((h24.Long, h24.Short), (liq.H24.Long, liq.H24.Short));
            }
        }

        private CascadeLatency.Measured Measure(string name)
        {
            ShippedScenarios.Run run = _scenarios.Of(name);
            return CascadeLatency.Measure(name, run.Description, run.Generated, run.Replayed.Alerts, new CascadeOptions());
        }
    }
}
