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
        public void With_a_full_history_the_percentile_nudges_the_static_reading_by_at_most_15_points()
        {
            // 1000 funding samples 0.000, 0.001, … 0.999 (as |funding − 0.01|), one per 15 minutes: over the 672 needed.
            var history = new RiskHistory();
            for (int i = 0; i < 1000; i++)
            {
                Assert.True(history.SampleIfDue(T0 + i * Step, new RiskMeasures(Funding: i / 1000m)));
            }

            Assert.Equal(1000, history.Count(RiskMeasure.Funding));
            RiskReference funding = RiskFormula.References[0];
            // 0.045: static 50; 45 samples below, one tie: percentile 4.55 -> 50 + 15 x (4.55 − 50) / 50 = 36.365.
            Assert.Equal(36.365m, RiskFormula.Part(funding, 0.045m, history));
            // 2: above every sample (percentile 100) and far beyond the range: 100 + 15, clamped.
            Assert.Equal(100m, RiskFormula.Part(funding, 2m, history));
            // 0.5: static 100, percentile 50.05: 100 + 0.015, clamped.
            Assert.Equal(100m, RiskFormula.Part(funding, 0.5m, history));
            // 0: static 0, percentile 0.05 (one tie): below 0, clamped.
            Assert.Equal(0m, RiskFormula.Part(funding, 0m, history));
        }

        [Fact]
        public void A_short_history_nudges_by_its_length()
        {
            // 336 samples: half of the 672 needed, so the nudge is at most 7.5 points.
            var history = new RiskHistory();
            for (int i = 0; i < 336; i++)
            {
                history.SampleIfDue(T0 + i * Step, new RiskMeasures(Funding: 0.02m));
            }

            RiskReference funding = RiskFormula.References[0];
            // 0.045: static 50, above all 336 samples (percentile 100): 50 + 0.5 x 15.
            Assert.Equal(57.5m, RiskFormula.Part(funding, 0.045m, history));
            // 0.01: static 11.11…, below all samples (percentile 0): 11.11… − 7.5.
            Assert.Equal(decimal.Round(100m * 0.01m / 0.09m - 7.5m, 10), decimal.Round(RiskFormula.Part(funding, 0.01m, history), 10));
            // 0.02, tied with every sample (percentile 50): not moved.
            Assert.Equal(decimal.Round(100m * 0.02m / 0.09m, 10), decimal.Round(RiskFormula.Part(funding, 0.02m, history), 10));
            // No history at all: the static range.
            Assert.Equal(50m, RiskFormula.Part(funding, 0.045m, new RiskHistory()));
        }

        /// <summary>docs/risk-score.md, "History nudges, the range anchors": the mild day after a calm month.</summary>
        [Fact]
        public void A_mild_day_after_a_calm_month_scores_at_most_35()
        {
            RiskHistory calmMonth = CalmMonth(new Random(20261203));
            RiskMeasures mildDay = RiskMeasures.From(MildDay, null, MildDayLastHour);
            Assert.Equal(0.003m, mildDay.Funding);
            Assert.Equal(1.75m, mildDay.OiToMarketCap);
            Assert.Equal(0.182322m, mildDay.Taker);
            Assert.Equal(0.262364m, mildDay.LongShort);
            Assert.Equal(0.03m, mildDay.Liquidations);

            RiskResult alone = RiskFormula.Evaluate(mildDay, new RiskHistory())!;
            RiskResult afterCalm = RiskFormula.Evaluate(mildDay, calmMonth)!;
            Assert.Equal(14m, alone.Score);

            // Every measure is above its whole calm month (percentile 100): each part is its static reading + 15.
            foreach (RiskMeasure measure in Enum.GetValues<RiskMeasure>())
            {
                Assert.Equal(alone.Parts[measure] + RiskFormula.MaxNudge, afterCalm.Parts[measure]);
            }

            Assert.Equal(29m, afterCalm.Score);
            Assert.True(afterCalm.Score <= 35m);
        }

        /// <summary>docs/risk-score.md: 0.08 %/8h funding after a month of 0.06-0.10 %/8h, other inputs as in the worked example.</summary>
        [Fact]
        public void Crowded_funding_after_a_crowded_month_keeps_a_funding_part_of_at_least_60_and_a_score_of_at_least_45()
        {
            RiskMeasures example = RiskMeasures.From(DocsExample with { FundingPct8h = 0.08m }, null, DocsExampleLastHour);
            Assert.Equal(0.07m, example.Funding);

            // The documented month: funding cycles through 0.06, 0.07, … 0.10 %/8h; the other measures sit at the
            // worked example's values (ties: percentile 50, not moved).
            var documented = new RiskHistory();
            for (int i = 0; i < 2880; i++)
            {
                documented.SampleIfDue(T0 + i * Step, example with { Funding = 0.05m + (i % 5) / 100m });
            }

            RiskResult result = RiskFormula.Evaluate(example, documented)!;
            // 1,152 samples below, 576 equal: percentile 50, so the funding part is its static 0.07 / 0.09.
            Assert.Equal(decimal.Round(100m * 0.07m / 0.09m, 10), decimal.Round(result.Parts[RiskMeasure.Funding], 10));
            Assert.Equal(78m, RiskFormula.Published(result.Parts).Funding);
            Assert.Equal(52m, result.Score);

            // A noisier month (funding uniform over 0.06-0.10, the others within ±30 % of the example): the same bounds.
            var random = new Random(31);
            var noisy = new RiskHistory();
            for (int i = 0; i < 2880; i++)
            {
                noisy.SampleIfDue(T0 + i * Step, new RiskMeasures(
                    Funding: 0.05m + (decimal)random.NextDouble() * 0.04m,
                    OiToMarketCap: example.OiToMarketCap * Jitter(random),
                    OiChange: example.OiChange * Jitter(random),
                    Taker: example.Taker * Jitter(random),
                    LongShort: example.LongShort * Jitter(random),
                    Liquidations: example.Liquidations * Jitter(random)));
            }

            RiskResult noisyResult = RiskFormula.Evaluate(example, noisy)!;
            Assert.True(noisyResult.Parts[RiskMeasure.Funding] >= 60m, $"funding part {noisyResult.Parts[RiskMeasure.Funding]}");
            Assert.True(noisyResult.Score >= 45m, $"score {noisyResult.Score}");
        }

        /// <summary>docs/risk-score.md: neutral funding (and the venues' clamp at it) reads calm whatever the history.</summary>
        [Fact]
        public void Funding_at_exactly_0_0100_gives_a_part_of_at_most_20_whatever_the_history()
        {
            RiskReference funding = RiskFormula.References[0];
            decimal neutral = RiskMeasures.From(new LeverageInputs(FundingPct8h: 0.0100m), null, null).Funding!.Value;
            Assert.Equal(0m, neutral);

            // Most of the month at the clamp (ties count half: percentile below 50, never lifted), a calm month, a
            // crowded month, random months of every length, and none.
            var histories = new List<RiskHistory> { new RiskHistory(), CalmMonth(new Random(5)) };
            var atClamp = new RiskHistory();
            var crowded = new RiskHistory();
            for (int i = 0; i < 2880; i++)
            {
                atClamp.SampleIfDue(T0 + i * Step, new RiskMeasures(Funding: i % 10 == 0 ? 0.0005m : 0m));
                crowded.SampleIfDue(T0 + i * Step, new RiskMeasures(Funding: 0.05m + (i % 5) / 100m));
            }

            histories.Add(atClamp);
            histories.Add(crowded);
            var random = new Random(12);
            for (int h = 0; h < 20; h++)
            {
                histories.Add(SeededHistory(random, random.Next(1, 2880)));
            }

            foreach (RiskHistory history in histories)
            {
                Assert.InRange(RiskFormula.Part(funding, neutral, history), 0m, 20m);
            }

            Assert.Equal(0m, RiskFormula.Part(funding, neutral, atClamp));
            // 0.0105 %/8h after a month at the clamp: 0.56 static + at most the nudge, not the 82 a pure percentile gave.
            decimal justAbove = RiskFormula.Part(funding, 0.0005m, atClamp);
            Assert.InRange(justAbove, 0m, 100m * 0.0005m / 0.09m + RiskFormula.MaxNudge);
        }

        /// <summary>The property the anchor must not break: over random histories (fixed seed), more extreme never reads lower.</summary>
        [Fact]
        public void A_strictly_more_extreme_reading_never_lowers_its_part_over_random_histories()
        {
            var random = new Random(20261203);
            for (int h = 0; h < 12; h++)
            {
                // Histories of every length, some with heavy ties (values on a coarse grid).
                int samples = random.Next(0, 3000);
                decimal grid = h % 3 == 0 ? 0.05m : 0m;
                var history = new RiskHistory();
                for (int i = 0; i < samples; i++)
                {
                    RiskMeasures sample = RiskMeasures.From(RandomInputs(random), null, new SideTotals(random.NextInt64(0, 400_000_000), random.NextInt64(0, 100_000_000)));
                    history.SampleIfDue(T0 + i * Step, grid == 0m ? sample : Snap(sample, grid));
                }

                foreach (RiskReference reference in RiskFormula.References)
                {
                    for (int pair = 0; pair < 150; pair++)
                    {
                        decimal a = decimal.Round((decimal)(random.NextDouble() * 12), 6);
                        decimal b = pair % 4 == 0 ? a + 0.000001m : decimal.Round(a + (decimal)(random.NextDouble() * 3) + 0.000001m, 6);
                        if (grid != 0m && pair % 2 == 0)
                        {
                            a = decimal.Round(a / grid, 0) * grid;
                            b = a + grid;
                        }

                        decimal partA = RiskFormula.Part(reference, a, history);
                        decimal partB = RiskFormula.Part(reference, b, history);
                        Assert.True(partB >= partA, $"{reference.Measure}: {b} reads {partB}, below {a}'s {partA} (history {h}, {samples} samples)");
                    }
                }
            }
        }

        [Fact]
        public void A_sample_taken_at_the_instant_scored_does_not_move_that_instants_score()
        {
            var history = new RiskHistory();
            RiskMeasures measures = RiskMeasures.From(DocsExample, null, DocsExampleLastHour);
            RiskResult before = RiskFormula.Evaluate(measures, history, T0)!;
            history.SampleIfDue(T0, measures);
            RiskResult again = RiskFormula.Evaluate(measures, history, T0)!;
            Assert.Equal(before.Parts, again.Parts);

            // A higher long/short ratio one millisecond later ranks above that one sample: 1/672 of the 15-point nudge.
            RiskMeasures higher = measures with { LongShort = 0.6m };
            decimal atT0 = RiskFormula.Evaluate(higher, history, T0)!.Parts[RiskMeasure.LongShort];
            decimal later = RiskFormula.Evaluate(higher, history, T0 + 1)!.Parts[RiskMeasure.LongShort];
            Assert.Equal(decimal.Round(atT0 + RiskFormula.MaxNudge / RiskFormula.FullHistorySamples, 12), decimal.Round(later, 12));
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

        /// <summary>The mild day of docs/risk-score.md: funding 0.013 %/8h, taker 1.2, long/short 1.3, OI +1.5 %, OI 1.75 % of market cap.</summary>
        internal static readonly LeverageInputs MildDay = new(
            FundingPct8h: 0.0130m,
            OiUsd: 31_421_250_000,
            OiChg24hPct: 1.5m,
            TakerBuySell: 1.2m,
            TakerBucketMin: 5,
            LongShortRatio: 1.3m,
            CirculatingSupplyBtc: 19_950_000m,
            PriceUsd: 90_000m);

        /// <summary>0.03 % of the mild day's OI liquidated in the last hour.</summary>
        internal static readonly SideTotals MildDayLastHour = new(7_000_000, 2_426_375);

        /// <summary>
        /// A calm month, 2,880 samples: funding 0.0100-0.0120 %/8h, OI 1.60-1.70 % of market cap and within ±1 % a
        /// day, taker 1-1.15, long/short 1-1.25, liquidations 0.005-0.02 % of OI per hour.
        /// </summary>
        private static RiskHistory CalmMonth(Random random)
        {
            var history = new RiskHistory();
            for (int i = 0; i < 2880; i++)
            {
                history.SampleIfDue(T0 + i * Step, new RiskMeasures(
                    Funding: decimal.Round((decimal)random.NextDouble() * 0.002m, 6),
                    OiToMarketCap: decimal.Round(1.6m + (decimal)random.NextDouble() * 0.1m, 6),
                    OiChange: decimal.Round((decimal)random.NextDouble() * 2m - 1m, 2),
                    Taker: decimal.Round((decimal)(random.NextDouble() * Math.Log(1.15)), 6),
                    LongShort: decimal.Round((decimal)(random.NextDouble() * Math.Log(1.25)), 6),
                    Liquidations: decimal.Round(0.005m + (decimal)random.NextDouble() * 0.015m, 6)));
            }

            return history;
        }

        private static decimal? Jitter(Random random) => 0.7m + (decimal)random.NextDouble() * 0.6m;

        private static RiskMeasures Snap(RiskMeasures measures, decimal grid)
        {
            decimal? Round(decimal? value) => value is decimal v ? decimal.Round(v / grid, 0) * grid : null;
            return new RiskMeasures(Round(measures.Funding), Round(measures.OiToMarketCap), Round(measures.OiChange), Round(measures.Taker), Round(measures.LongShort), Round(measures.Liquidations));
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
