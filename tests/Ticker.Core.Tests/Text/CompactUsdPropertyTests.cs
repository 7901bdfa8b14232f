using System;
using System.Globalization;
using Ticker.Text;
using Xunit;

namespace Ticker.Core.Tests.Text
{
    /// <summary>
    /// Random checks of the compact dollar formats: the text, parsed back, must be within half a unit of its
    /// last shown digit of the true value, keep its significant digits, pick the largest unit, and stay short.
    /// </summary>
    public class CompactUsdPropertyTests
    {
        private const int Samples = 20000;
        private const int Seed = 20260417;

        [Fact]
        public void CompactUsd_round_trips_within_half_a_last_digit()
        {
            var rng = new Random(Seed);
            for (int i = 0; i < Samples; i++)
            {
                long usd = NextAmount(rng);
                CheckRoundTrip(usd, NumberText.CompactUsd(usd), 3, false);
            }
        }

        [Fact]
        public void SignedCompactUsd_round_trips_within_half_a_last_digit()
        {
            var rng = new Random(Seed + 1);
            for (int i = 0; i < Samples; i++)
            {
                long usd = NextAmount(rng);
                CheckRoundTrip(usd, NumberText.SignedCompactUsd(usd), 2, true);
            }
        }

        private static void CheckRoundTrip(long usd, string text, int significant, bool explicitSign)
        {
            string context = usd.ToString(CultureInfo.InvariantCulture) + " -> " + text;
            int pos = 0;
            if (usd < 0)
            {
                Assert.True(text[pos] == '-', context);
                pos++;
            }
            else if (usd > 0 && explicitSign)
            {
                Assert.True(text[pos] == '+', context);
                pos++;
            }

            Assert.True(text[pos] == '$', context);
            pos++;

            char last = text[text.Length - 1];
            int unitIndex = " KMBT".IndexOf(last);
            string number = unitIndex > 0 ? text.Substring(pos, text.Length - pos - 1) : text.Substring(pos);
            if (unitIndex < 0)
            {
                unitIndex = 0;
            }

            string digitsOnly = number.Replace(",", string.Empty);
            int point = digitsOnly.IndexOf('.');
            int decimals = point < 0 ? 0 : digitsOnly.Length - point - 1;
            double unitScale = Math.Pow(1000, unitIndex);
            double shown = double.Parse(digitsOnly, CultureInfo.InvariantCulture) * unitScale;
            double truth = Math.Abs((double)usd);

            // The spec'd check, in doubles: within half a unit of the last shown digit (a hair of slack for
            // the doubles' own rounding at exact ties).
            double halfStep = Math.Pow(10, -decimals) * unitScale / 2;
            Assert.True(Math.Abs(shown - truth) <= halfStep * (1 + 1e-9) + truth * 1e-15, context);

            // The exact check, in decimal: the shown number is the true value rounded half away from zero.
            decimal step = (decimal)Math.Pow(10, -decimals) * (decimal)unitScale;
            decimal exact = Math.Round(Math.Abs((decimal)usd) / step, MidpointRounding.AwayFromZero) * step;
            Assert.True(decimal.Parse(digitsOnly, CultureInfo.InvariantCulture) * (decimal)unitScale == exact, context);

            decimal inUnits = decimal.Parse(digitsOnly, CultureInfo.InvariantCulture);
            if (unitIndex == 0)
            {
                Assert.True(Math.Abs(usd) < 1000 && decimals == 0, context);
            }
            else
            {
                // The largest unit: at least 1, and below 1000 unless there is no larger unit.
                Assert.True(inUnits >= 1, context);
                Assert.True(inUnits < 1000 || unitIndex == 4, context);
                int shownDigits = digitsOnly.Length - (point < 0 ? 0 : 1);
                int integerDigits = point < 0 ? shownDigits : point;
                Assert.True(shownDigits == Math.Max(significant, integerDigits), context);
            }

            if (Math.Abs((double)usd) < 1e15)
            {
                Assert.True(text.Length <= 7, context);
            }
        }

        /// <summary>
        /// A random amount across every magnitude (uniform in log scale), and one in four near a rounding or unit
        /// boundary, where mistakes hide.
        /// </summary>
        private static long NextAmount(Random rng)
        {
            long magnitude;
            if (rng.Next(4) == 0)
            {
                // 95, 995, 9995, 99.5 etc. times a power of ten: the ties that carry into a new digit or unit.
                // Exponents up to 14 keep stem * 10^exponent inside a long.
                int exponent = rng.Next(0, 15);
                long[] stems = { 95, 995, 9995, 105, 1005, 10005, 999, 1000 };
                long stem = stems[rng.Next(stems.Length)];
                magnitude = stem * (long)Math.Pow(10, exponent) + rng.Next(-3, 4);
                magnitude = Math.Max(0, magnitude);
            }
            else
            {
                magnitude = rng.NextInt64(long.MaxValue) >> rng.Next(0, 63);
            }

            return rng.Next(2) == 0 ? magnitude : -magnitude;
        }
    }
}
