using System;
using System.Collections.Generic;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Risk;
using Ticker.Feed.State;
using Xunit;

namespace Ticker.Feed.Tests.Risk
{
    /// <summary>The score's formula (docs/risk-score.md): the worked example, bounds, monotonicity, percentiles, missing inputs.</summary>
    public class RiskFormulaTests
    {
        private const long T0 = 1_795_000_000_000;
        private static readonly long Step = (long)RiskHistory.SampleInterval.TotalMilliseconds;

        /// <summary>The inputs of the worked example in docs/risk-score.md.</summary>
        internal static readonly LeverageInputs DocsExample = new(
            FundingPct8h: 0.0550m,
            OiUsd: 36_000_000_000,
            OiChg24hPct: 6.5m,
            TakerBuySell: 2.0m,
            TakerBucketMin: 5,
            LongShortRatio: 1.8m,
            CirculatingSupplyBtc: 19_950_000m,
            PriceUsd: 90_000m);

        internal static readonly SideTotals DocsExampleLastHour = new(90_000_000, 18_000_000);

        [Fact]
        public void The_docs_worked_example_scores_45_with_the_documented_parts()
        {
            RiskMeasures measures = RiskMeasures.From(DocsExample, null, DocsExampleLastHour);
            Assert.Equal(0.045m, measures.Funding);
            Assert.Equal(2.005013m, measures.OiToMarketCap);
            Assert.Equal(6.5m, measures.OiChange);
            Assert.Equal(0.693147m, measures.Taker);
            Assert.Equal(0.587787m, measures.LongShort);
            Assert.Equal(0.3m, measures.Liquidations);

            RiskResult result = RiskFormula.Evaluate(measures, new RiskHistory())!;
            Assert.Equal(45m, result.Score);
            Assert.Equal(new RiskParts(Funding: 50m, Oi: 55m, Taker: 30m, LongShort: 54m, Liq: 30m), RiskFormula.Published(result.Parts));
            Assert.Equal(50.25065m, result.Parts[RiskMeasure.OiToMarketCap]);
            Assert.Equal(65m, result.Parts[RiskMeasure.OiChange]);
        }

        [Fact]
        public void The_weights_sum_to_100_and_every_range_reads_0_at_calm_and_100_at_extreme()
        {
            decimal sum = 0m;
            foreach (RiskReference reference in RiskFormula.References)
            {
                sum += reference.Weight;
                Assert.Equal(0m, reference.StaticPart(reference.Calm));
                Assert.Equal(100m, reference.StaticPart(reference.Extreme));
                Assert.Equal(0m, reference.StaticPart(reference.Calm - 1000m));
                Assert.Equal(100m, reference.StaticPart(reference.Extreme + 1000m));
            }

            Assert.Equal(100m, sum);
            Assert.Equal(Enum.GetValues<RiskMeasure>().Length, RiskFormula.References.Count);
        }

        [Fact]
        public void Scores_stay_within_0_to_100_for_any_inputs_with_or_without_history()
        {
            var random = new Random(20261124);
            RiskHistory history = SeededHistory(random, 900);
            for (int i = 0; i < 2000; i++)
            {
                LeverageInputs inputs = RandomInputs(random);
                var lastHour = new SideTotals(random.NextInt64(0, 50_000_000_000), random.NextInt64(0, 50_000_000_000));
                RiskMeasures measures = RiskMeasures.From(inputs, null, lastHour);
                foreach (RiskHistory h in new[] { history, new RiskHistory() })
                {
                    RiskResult? result = RiskFormula.Evaluate(measures, h);
                    Assert.NotNull(result);
                    Assert.InRange(result!.Score!.Value, 0m, 100m);
                    foreach (decimal part in result.Parts.Values)
                    {
                        Assert.InRange(part, 0m, 100m);
                    }
                }
            }
        }

        [Fact]
        public void Raising_one_measure_never_lowers_its_part_or_the_score()
        {
            var random = new Random(7);
            RiskHistory history = SeededHistory(random, 400);
            foreach (RiskMeasure measure in Enum.GetValues<RiskMeasure>())
            {
                for (int trial = 0; trial < 50; trial++)
                {
                    RiskMeasures baseline = RiskMeasures.From(RandomInputs(random), null, new SideTotals(random.NextInt64(0, 300_000_000), 0));
                    decimal previousPart = -1m;
                    decimal previousScore = -1m;
                    for (decimal value = 0m; value <= 5m; value += 0.05m)
                    {
                        RiskResult result = RiskFormula.Evaluate(With(baseline, measure, value), history)!;
                        Assert.True(result.Parts[measure] >= previousPart, $"{measure} part fell at {value}");
                        Assert.True(result.Score!.Value >= previousScore, $"score fell when {measure} rose to {value}");
                        previousPart = result.Parts[measure];
                        previousScore = result.Score.Value;
                    }
                }
            }
        }

        [Fact]
        public void Taker_and_long_short_ratios_read_both_extremes_alike_and_balance_reads_zero()
        {
            RiskMeasures buyRush = RiskMeasures.From(new LeverageInputs(TakerBuySell: 4m, LongShortRatio: 0.25m), null, null);
            RiskMeasures sellRush = RiskMeasures.From(new LeverageInputs(TakerBuySell: 0.25m, LongShortRatio: 4m), null, null);
            RiskMeasures balanced = RiskMeasures.From(new LeverageInputs(TakerBuySell: 1m, LongShortRatio: 1m, FundingPct8h: 0.01m), null, null);
            Assert.Equal(buyRush.Taker, sellRush.Taker);
            Assert.Equal(buyRush.LongShort, sellRush.LongShort);
            Assert.Equal(0m, balanced.Taker);
            Assert.Equal(0m, balanced.LongShort);
            Assert.Equal(0m, balanced.Funding);
            Assert.Equal(RiskMeasures.From(new LeverageInputs(TakerBuySell: 0.001m), null, null).Taker, RiskMeasures.From(new LeverageInputs(TakerBuySell: 0m), null, null).Taker);
        }

        [Fact]
        public void With_a_full_history_a_part_is_the_values_percentile_rank()
        {
            // 1000 funding samples 0.000, 0.001, … 0.999 (as |funding − 0.01|), one per 15 minutes: over the 672 needed.
            var history = new RiskHistory();
            for (int i = 0; i < 1000; i++)
            {
                Assert.True(history.SampleIfDue(T0 + i * Step, new RiskMeasures(Funding: i / 1000m)));
            }

            // The 30-day window keeps the last 2881 instants at most: all 1000 (250 hours) are kept.
            Assert.Equal(1000, history.Count(RiskMeasure.Funding));
            RiskReference funding = RiskFormula.References[0];
            Assert.Equal(50.05m, RiskFormula.Part(funding, 0.5m, history));        // 500 below, one equal (half)
            Assert.Equal(50m, RiskFormula.Part(funding, 0.4995m, history));        // 500 below
            Assert.Equal(0.05m, RiskFormula.Part(funding, 0m, history));           // only the tie at 0
            Assert.Equal(100m, RiskFormula.Part(funding, 2m, history));            // above all: far beyond the static 100 at 0.09
            Assert.Equal(10m, RiskFormula.Part(funding, 0.0995m, history));        // the static range would read 100
        }

        [Fact]
        public void A_short_history_blends_the_static_range_with_the_percentile_by_its_length()
        {
            // 336 samples: half of the 672 needed, so the part is half static, half percentile.
            var history = new RiskHistory();
            for (int i = 0; i < 336; i++)
            {
                history.SampleIfDue(T0 + i * Step, new RiskMeasures(Funding: 0.02m));
            }

            RiskReference funding = RiskFormula.References[0];
            // 0.045: static 50, above all 336 samples: percentile 100 -> 0.5 x 50 + 0.5 x 100.
            Assert.Equal(75m, RiskFormula.Part(funding, 0.045m, history));
            // 0.01: static 11.11…, below all samples: percentile 0.
            Assert.Equal(decimal.Round(0.5m * (100m * 0.01m / 0.09m), 10), decimal.Round(RiskFormula.Part(funding, 0.01m, history), 10));
            // No history at all: the static range.
            Assert.Equal(50m, RiskFormula.Part(funding, 0.045m, new RiskHistory()));
        }

        [Fact]
        public void A_sample_taken_at_the_instant_scored_does_not_move_that_instants_score()
        {
            var history = new RiskHistory();
            RiskMeasures measures = RiskMeasures.From(DocsExample, null, DocsExampleLastHour);
            RiskResult before = RiskFormula.Evaluate(measures, history, T0)!;
            history.SampleIfDue(T0, measures);
            RiskResult again = RiskFormula.Evaluate(measures, history, T0)!;
            RiskResult later = RiskFormula.Evaluate(measures, history, T0 + 1)!;

            Assert.Equal(before.Parts, again.Parts);
            Assert.NotEqual(before.Parts[RiskMeasure.LongShort], later.Parts[RiskMeasure.LongShort]);   // one sample, 1/672 of the part
        }

        [Fact]
        public void The_history_samples_every_15_minutes_and_forgets_after_30_days()
        {
            var history = new RiskHistory();
            history.TrackUnsaved();
            Assert.True(history.SampleIfDue(T0, new RiskMeasures(Funding: 0.1m, Taker: 1m)));
            Assert.False(history.SampleIfDue(T0 + Step - 1, new RiskMeasures(Funding: 0.2m)));
            Assert.True(history.SampleIfDue(T0 + Step, new RiskMeasures(Funding: 0.3m)));
            Assert.Equal(2, history.Count(RiskMeasure.Funding));
            Assert.Equal(1, history.Count(RiskMeasure.Taker));
            Assert.Equal(0, history.Count(RiskMeasure.OiChange));
            Assert.Equal(3, history.TakeUnsaved().Count);
            Assert.Empty(history.TakeUnsaved());

            long later = T0 + (long)RiskHistory.Window.TotalMilliseconds + Step / 2;
            Assert.True(history.SampleIfDue(later, new RiskMeasures(Funding: 0.4m)));
            Assert.Equal(2, history.Count(RiskMeasure.Funding));    // the one at T0 is over 30 days old
            Assert.Equal(0, history.Count(RiskMeasure.Taker));
        }

        [Fact]
        public void Missing_measures_renormalise_the_weights_and_too_few_give_no_score()
        {
            var history = new RiskHistory();
            // Funding 0.045 -> 50 (weight 25), taker 4.0 -> ln 4 / ln 10 = 60.2 (15): two known, no score.
            RiskResult two = RiskFormula.Evaluate(new RiskMeasures(Funding: 0.045m, Taker: 1.386294m), history)!;
            Assert.Null(two.Score);
            Assert.Equal(2, two.Parts.Count);

            // Plus liquidations 0.5 % of OI -> 50 (20): (25 x 50 + 15 x 60.206 + 20 x 50) / 60 = 52.55 -> 53.
            RiskResult three = RiskFormula.Evaluate(new RiskMeasures(Funding: 0.045m, Taker: 1.386294m, Liquidations: 0.5m), history)!;
            Assert.Equal(53m, three.Score);
            Assert.Null(RiskFormula.Evaluate(new RiskMeasures(), history));

            // Open interest's published part is its two measures' weighted mean, or the one known.
            Assert.Equal(40m, RiskFormula.Published(new Dictionary<RiskMeasure, decimal> { [RiskMeasure.OiChange] = 40m }).Oi);
            Assert.Null(RiskFormula.Published(new Dictionary<RiskMeasure, decimal> { [RiskMeasure.Funding] = 40m }).Oi);
        }

        [Fact]
        public void Open_interest_against_market_cap_uses_the_state_price_when_the_inputs_have_none()
        {
            var inputs = new LeverageInputs(OiUsd: 20_000_000_000, CirculatingSupplyBtc: 20_000_000m);
            Assert.Null(RiskMeasures.From(inputs, null, null).OiToMarketCap);
            Assert.Equal(1m, RiskMeasures.From(inputs, 100_000m, null).OiToMarketCap);
            Assert.Null(RiskMeasures.From(inputs, 100_000m, null).Liquidations);   // no liquidation window known
            Assert.Equal(0.5m, RiskMeasures.From(inputs, 100_000m, new SideTotals(60_000_000, 40_000_000)).Liquidations);
        }

        private static RiskHistory SeededHistory(Random random, int samples)
        {
            var history = new RiskHistory();
            for (int i = 0; i < samples; i++)
            {
                history.SampleIfDue(T0 + i * Step, RiskMeasures.From(RandomInputs(random), null, new SideTotals(random.NextInt64(0, 400_000_000), random.NextInt64(0, 100_000_000))));
            }

            return history;
        }

        private static LeverageInputs RandomInputs(Random random) => new(
            FundingPct8h: (decimal)(random.NextDouble() * 0.6 - 0.2),
            OiUsd: random.NextInt64(1, 80_000_000_000),
            OiChg24hPct: (decimal)(random.NextDouble() * 60 - 30),
            TakerBuySell: (decimal)(random.NextDouble() * 25),
            TakerBucketMin: 5,
            LongShortRatio: (decimal)(random.NextDouble() * 5),
            CirculatingSupplyBtc: 19_900_000m,
            PriceUsd: (decimal)(20_000 + random.NextDouble() * 150_000));

        private static RiskMeasures With(RiskMeasures measures, RiskMeasure measure, decimal value) => measure switch
        {
            RiskMeasure.Funding => measures with { Funding = value },
            RiskMeasure.OiToMarketCap => measures with { OiToMarketCap = value },
            RiskMeasure.OiChange => measures with { OiChange = value },
            RiskMeasure.Taker => measures with { Taker = value },
            RiskMeasure.LongShort => measures with { LongShort = value },
            _ => measures with { Liquidations = value },
        };
    }
}
