using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using Ticker.Data;
using Ticker.Json;
using Xunit;

namespace Ticker.Core.Tests.Json
{
    /// <summary>
    /// The cursor's number conversion against exact arithmetic: value x 10^scale rounded half away from zero,
    /// exactness reported, and BadNumber from 10^18 up.
    /// </summary>
    public class JsonCursorNumberTests
    {
        private static (bool Ok, long Value, bool Exact, JsonCursor Cursor) Read(string number, int scale)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(number + ",");
            var cursor = new JsonCursor();
            cursor.Reset(bytes, 0, bytes.Length);
            bool ok = cursor.ReadNumber(scale, out long value, out bool exact);
            return (ok, value, exact, cursor);
        }

        // Exact reference: the decimal text as a fraction, scaled and rounded half away from zero.
        private static (BigInteger Rounded, bool Exact) Reference(bool negative, string intDigits, string fracDigits, int exponent, int scale)
        {
            BigInteger numerator = BigInteger.Parse(intDigits + fracDigits, CultureInfo.InvariantCulture);
            int power = exponent + scale - fracDigits.Length;
            BigInteger denominator = BigInteger.One;
            if (power >= 0)
            {
                numerator *= BigInteger.Pow(10, power);
            }
            else
            {
                denominator = BigInteger.Pow(10, -power);
            }

            BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
            if (remainder * 2 >= denominator)
            {
                quotient += 1;
            }

            return (negative ? -quotient : quotient, remainder.IsZero);
        }

        [Theory]
        [InlineData("0", 0, 0L, true)]
        [InlineData("-0", 2, 0L, true)]
        [InlineData("1.5", 0, 2L, false)]
        [InlineData("-1.5", 0, -2L, false)]
        [InlineData("2.5", 0, 3L, false)]
        [InlineData("0.0100", 4, 100L, true)]
        [InlineData("1e3", 0, 1000L, true)]
        [InlineData("999999999999999999", 0, 999999999999999999L, true)]
        [InlineData("-999999999999999999", 0, -999999999999999999L, true)]
        [InlineData("99999999999999999.95", 0, 100000000000000000L, false)]
        [InlineData("1234567890123456789e-1", 0, 123456789012345679L, false)]
        [InlineData("0.000000000000000000000000000000000000000000000000000000000000000000015", 2, 0L, false)]
        public void Known_conversions(string number, int scale, long expected, bool exact)
        {
            var (ok, value, isExact, _) = Read(number, scale);
            Assert.True(ok);
            Assert.Equal(expected, value);
            Assert.Equal(exact, isExact);
        }

        [Theory]
        [InlineData("1000000000000000000", 0)]
        [InlineData("999999999999999999.5", 0)]
        [InlineData("10000000000000000", 2)]
        [InlineData("1e18", 0)]
        [InlineData("1e100000000000", 0)]
        public void From_ten_to_the_eighteenth_up_is_BadNumber_at_the_first_byte(string number, int scale)
        {
            var (ok, _, _, cursor) = Read(number, scale);
            Assert.False(ok);
            Assert.Equal(DecodeError.BadNumber, cursor.Error);
            Assert.Equal(0, cursor.ErrorPosition);
        }

        [Fact]
        public void Random_numbers_match_exact_arithmetic()
        {
            var random = new Random(20261118);
            int checkedCount = 0;
            int rejected = 0;
            for (int i = 0; i < 50000; i++)
            {
                bool negative = random.Next(2) == 0;
                string intDigits = random.Next(4) == 0 ? "0" : RandomDigits(random, random.Next(1, 24), leadingZeroAllowed: false);
                string fracDigits = random.Next(3) == 0 ? "" : RandomDigits(random, random.Next(1, 26), leadingZeroAllowed: true);
                int exponent = random.Next(3) == 0 ? 0 : random.Next(-40, 25);
                int scale = random.Next(0, 5);
                string text = (negative ? "-" : "") + intDigits + (fracDigits.Length > 0 ? "." + fracDigits : "")
                    + (exponent != 0 || random.Next(4) == 0 ? (random.Next(2) == 0 ? "e" : "E") + ExponentText(random, exponent) : "");

                var (rounded, exact) = Reference(negative, intDigits, fracDigits, exponent, scale);
                var (ok, value, isExact, cursor) = Read(text, scale);
                if (BigInteger.Abs(rounded) >= BigInteger.Pow(10, 18))
                {
                    Assert.False(ok, text);
                    Assert.Equal(DecodeError.BadNumber, cursor.Error);
                    rejected++;
                    continue;
                }

                Assert.True(ok, $"{text} at scale {scale}: {cursor.Error}");
                Assert.True((BigInteger)value == rounded, $"{text} at scale {scale}: got {value}, expected {rounded}");
                Assert.True(exact == isExact, $"{text} at scale {scale}: exact {isExact}, expected {exact}");
                checkedCount++;
            }

            // Both outcomes must be well represented for the test to mean anything.
            Assert.True(checkedCount > 20000, "accepted " + checkedCount);
            Assert.True(rejected > 5000, "rejected " + rejected);
        }

        [Fact]
        public void Numbers_near_the_limit_and_near_halves_match_exact_arithmetic()
        {
            var random = new Random(7);
            for (int i = 0; i < 20000; i++)
            {
                // 17-19 digit mantissas with a fraction that sits at or next to one half after scaling.
                int scale = random.Next(0, 5);
                string intDigits = RandomDigits(random, random.Next(14, 19 - scale), leadingZeroAllowed: false);
                string half = scale == 0 ? "5" : "";
                string fracDigits = RandomDigits(random, scale, leadingZeroAllowed: true) + half
                    + (random.Next(3) == 0 ? "" : new string('0', random.Next(0, 8)) + random.Next(0, 10).ToString(CultureInfo.InvariantCulture));
                string text = intDigits + "." + fracDigits;
                var (rounded, exact) = Reference(false, intDigits, fracDigits, 0, scale);
                var (ok, value, isExact, _) = Read(text, scale);
                if (rounded >= BigInteger.Pow(10, 18))
                {
                    Assert.False(ok, text);
                    continue;
                }

                Assert.True(ok, text);
                Assert.True((BigInteger)value == rounded, $"{text} at scale {scale}: got {value}, expected {rounded}");
                Assert.Equal(exact, isExact);
            }
        }

        private static string RandomDigits(Random random, int count, bool leadingZeroAllowed)
        {
            var text = new StringBuilder();
            for (int i = 0; i < count; i++)
            {
                // Runs of zeros and nines stress carries and dropped digits.
                int kind = random.Next(10);
                char digit = kind < 2 ? '0' : kind < 4 ? '9' : (char)('0' + random.Next(10));
                if (i == 0 && !leadingZeroAllowed && digit == '0')
                {
                    digit = (char)('1' + random.Next(9));
                }

                text.Append(digit);
            }

            return text.ToString();
        }

        private static string ExponentText(Random random, int exponent)
        {
            string sign = exponent < 0 ? "-" : random.Next(2) == 0 ? "+" : "";
            string zeros = new string('0', random.Next(0, 3));
            return sign + zeros + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }
    }
}
