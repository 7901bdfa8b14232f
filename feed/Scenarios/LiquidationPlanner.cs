using System;
using System.Collections.Generic;
using Ticker.Data;
using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// Spreads each phase's liquidations over its time: per side, as many orders as the phase's USD over its mean
    /// order, at uniformly random instants, with skewed sizes (many small, a few large) that add up to the phase's
    /// USD; each order goes to a venue (Binance 40%, Bybit 40%, OKX 20%) and to BTC with the phase's
    /// <see cref="PhaseLiquidations.BtcShare"/>, else to an altcoin by weight; then the phase's single (whale) liquidations.
    /// </summary>
    internal static class LiquidationPlanner
    {
        private static readonly (string Venue, double Cumulative)[] Venues =
        {
            (ExchangeIds.Binance, 0.40),
            (ExchangeIds.Bybit, 0.80),
            (ExchangeIds.Okx, 1.00),
        };

        /// <summary>
        /// No liquidation in the scenario's first seconds: the pollers' first answers (the OKX instruments list, which
        /// prices OKX's altcoin contracts) come in before any liquidation needs them, as in a feed that has just started.
        /// </summary>
        public const long QuietStartMs = 10_000;

        /// <summary>The smallest order planned, USD: below it the venues' lot sizes would distort the amount.</summary>
        private const double MinOrderUsd = 500;

        public static List<PlannedLiquidation> Plan(ScenarioDescription description, Xorshift random)
        {
            var planned = new List<PlannedLiquidation>();
            double altWeights = 0;
            foreach (Instrument alt in Instrument.Altcoins)
            {
                altWeights += alt.Weight;
            }

            long phaseStart = description.Start.ToUnixTimeMilliseconds();
            foreach (ScenarioPhase phase in description.Phases)
            {
                long phaseMs = phase.Minutes * 60_000L;
                foreach (PositionSide side in new[] { PositionSide.Long, PositionSide.Short })
                {
                    double total = side == PositionSide.Long ? phase.Liquidations.LongUsd : phase.Liquidations.ShortUsd;
                    if (total <= 0)
                    {
                        continue;
                    }

                    int count = Math.Max(1, (int)Math.Round(total / phase.Liquidations.MeanEventUsd, MidpointRounding.AwayFromZero));
                    var weights = new double[count];
                    double sum = 0;
                    for (int i = 0; i < count; i++)
                    {
                        weights[i] = random.NextSkewed() + 0.02;
                        sum += weights[i];
                    }

                    for (int i = 0; i < count; i++)
                    {
                        long at = Math.Max(description.Start.ToUnixTimeMilliseconds() + QuietStartMs, phaseStart + random.Next(phaseMs));
                        string venue = PickVenue(random.NextDouble());
                        Instrument instrument = random.NextDouble() < phase.Liquidations.BtcShare ? Instrument.Btc : PickAlt(random.NextDouble() * altWeights);
                        planned.Add(new PlannedLiquidation(venue, instrument, side, Math.Max(MinOrderUsd, total * weights[i] / sum), at));
                    }
                }

                foreach (SingleLiquidation single in phase.Singles)
                {
                    long at = phaseStart + single.Minute * 60_000L + random.Next(60_000);
                    PositionSide side = single.Side == "short" ? PositionSide.Short : PositionSide.Long;
                    planned.Add(new PlannedLiquidation(PickVenue(random.NextDouble()), Instrument.Find(single.Asset)!, side, single.Usd, at));
                }

                phaseStart += phaseMs;
            }

            // Time order (ties by the order drawn), as the venues would send them.
            var indexed = new List<(PlannedLiquidation Item, int Order)>(planned.Count);
            for (int i = 0; i < planned.Count; i++)
            {
                indexed.Add((planned[i], i));
            }

            indexed.Sort((a, b) => a.Item.ExchangeTimeMs != b.Item.ExchangeTimeMs ? a.Item.ExchangeTimeMs.CompareTo(b.Item.ExchangeTimeMs) : a.Order.CompareTo(b.Order));
            return indexed.ConvertAll(x => x.Item);
        }

        private static string PickVenue(double u)
        {
            foreach ((string venue, double cumulative) in Venues)
            {
                if (u < cumulative)
                {
                    return venue;
                }
            }

            return Venues[^1].Venue;
        }

        private static Instrument PickAlt(double u)
        {
            foreach (Instrument alt in Instrument.Altcoins)
            {
                if (u < alt.Weight)
                {
                    return alt;
                }

                u -= alt.Weight;
            }

            return Instrument.Altcoins[^1];
        }
    }
}
