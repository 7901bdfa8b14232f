using Ticker.Data;

namespace Ticker.Text
{
    /// <summary>
    /// Formats the numbers the screens show, in integer arithmetic only (the core uses no floating point, and
    /// nano's number ToString is unreliable). Each formatter has two forms: one appends to a
    /// <see cref="CharBuffer"/> without allocating, so drawing code can reuse a buffer and compare it with
    /// <see cref="CharBuffer.ContentEquals"/> to skip redraws; the other returns a new string.
    /// </summary>
    /// <remarks>
    /// Shared rules: an input equal to <see cref="Value.Missing"/> renders <see cref="MissingText"/> alone (a
    /// missing value must never look like zero). Rounding is half away from zero. A value that rounds to zero is
    /// shown without a sign ("0.0%", never "-0.0%"). Every other long input, long.MaxValue and
    /// long.MinValue + 1 included, formats without overflow. Negative amounts put the sign before the currency
    /// symbol ("-$85.0M"). Every method is thread-safe: there is no shared scratch state.
    /// </remarks>
    public static class NumberText
    {
        /// <summary>What any formatter shows for <see cref="Value.Missing"/>: an em dash (U+2014).</summary>
        /// <remarks>The device font must contain this glyph.</remarks>
        public const string MissingText = "\u2014";

        /// <summary>
        /// The longest text any formatter here can produce, for any input (SignedPercent of long.MaxValue with
        /// 9 decimals). A buffer of this capacity never truncates.
        /// </summary>
        public const int MaxTextLength = 29;

        /// <summary>The most decimals Percent, SignedPercent and Ratio show; larger requests are clamped to it.</summary>
        public const int MaxDecimals = 9;

        private const long Thousand = 1000;
        private const int TrillionUnit = 4;
        private const long SecondsPerMinute = 60;
        private const long SecondsPerHour = 3600;
        private const long SecondsPerDay = 86400;

        // Index = unit (power of a thousand): none, thousand, million, billion, trillion.
        private const string UnitLetters = " KMBT";

        // 10^0 .. 10^18, every power of ten a long can hold.
        private static readonly long[] _powersOfTen =
        {
            1L,
            10L,
            100L,
            1000L,
            10000L,
            100000L,
            1000000L,
            10000000L,
            100000000L,
            1000000000L,
            10000000000L,
            100000000000L,
            1000000000000L,
            10000000000000L,
            100000000000000L,
            1000000000000000L,
            10000000000000000L,
            100000000000000000L,
            1000000000000000000L,
        };

        /// <summary>
        /// Appends whole dollars with three significant digits and a unit: "$3.92B", "$612M", "$48.1K", "$1.00K";
        /// below $1,000 the exact amount ("$999", "$0"); negatives "-$85.0M".
        /// </summary>
        /// <remarks>
        /// The unit is the largest that keeps the rounded number below 1000, so rounding carries across units:
        /// 999,500 gives "$1.00M", 9,995 gives "$10.0K". T is the largest unit: from $999.5T on the amount is
        /// whole trillions and keeps growing ("$1000T", "$9999T"), with thousands separators from five digits on
        /// ("$10,000T", long.MaxValue: "$9,223,372T"). Hence at most 7 characters for any |usd| &lt; 1e16.
        /// </remarks>
        public static void CompactUsd(CharBuffer into, long usd)
        {
            AppendCompactUsd(into, usd, 3, false);
        }

        /// <summary>String form of <see cref="CompactUsd(CharBuffer, long)"/>.</summary>
        public static string CompactUsd(long usd)
        {
            if (usd == Value.Missing)
            {
                return MissingText;
            }

            CharBuffer buffer = new CharBuffer(MaxTextLength);
            CompactUsd(buffer, usd);
            return buffer.ToString();
        }

        /// <summary>
        /// Appends a signed change in whole dollars with two significant digits and an explicit sign: "+$1.2B",
        /// "-$85M", "+$9.9K", "+$10K" (9,950 rounds up); zero is "$0" without a sign.
        /// </summary>
        /// <remarks>
        /// Below $1,000 the exact amount ("+$999", "-$5"). From 100 units on the rounded amount is shown in
        /// whole units ("+$123K", not "+$120K"): the same width, and more exact. Beyond T as in
        /// <see cref="CompactUsd(CharBuffer, long)"/>. At most 7 characters for any |usd| &lt; 1e16.
        /// </remarks>
        public static void SignedCompactUsd(CharBuffer into, long usd)
        {
            AppendCompactUsd(into, usd, 2, true);
        }

        /// <summary>String form of <see cref="SignedCompactUsd(CharBuffer, long)"/>.</summary>
        public static string SignedCompactUsd(long usd)
        {
            if (usd == Value.Missing)
            {
                return MissingText;
            }

            CharBuffer buffer = new CharBuffer(MaxTextLength);
            SignedCompactUsd(buffer, usd);
            return buffer.ToString();
        }

        /// <summary>
        /// Appends a percentage given in hundredths of a percent, with <paramref name="decimals"/> decimals
        /// (clamped to 0..<see cref="MaxDecimals"/>): Percent(7120, 1) is "71.2%", Percent(5, 1) is "0.1%",
        /// Percent(10000, 0) is "100%". Negatives get a minus sign; no thousands separators.
        /// </summary>
        public static void Percent(CharBuffer into, long e2, int decimals)
        {
            if (e2 == Value.Missing)
            {
                into.Append(MissingText);
                return;
            }

            AppendScaled(into, e2, 2, decimals, false);
            into.Append('%');
        }

        /// <summary>String form of <see cref="Percent(CharBuffer, long, int)"/>.</summary>
        public static string Percent(long e2, int decimals)
        {
            if (e2 == Value.Missing)
            {
                return MissingText;
            }

            CharBuffer buffer = new CharBuffer(MaxTextLength);
            Percent(buffer, e2, decimals);
            return buffer.ToString();
        }

        /// <summary>
        /// As <see cref="Percent(CharBuffer, long, int)"/> with an explicit sign: "+3.4%", "-100.0%"; a value that
        /// rounds to zero has no sign ("0.0%").
        /// </summary>
        public static void SignedPercent(CharBuffer into, long e2, int decimals)
        {
            if (e2 == Value.Missing)
            {
                into.Append(MissingText);
                return;
            }

            AppendScaled(into, e2, 2, decimals, true);
            into.Append('%');
        }

        /// <summary>String form of <see cref="SignedPercent(CharBuffer, long, int)"/>.</summary>
        public static string SignedPercent(long e2, int decimals)
        {
            if (e2 == Value.Missing)
            {
                return MissingText;
            }

            CharBuffer buffer = new CharBuffer(MaxTextLength);
            SignedPercent(buffer, e2, decimals);
            return buffer.ToString();
        }

        /// <summary>
        /// Appends a funding rate given in ten-thousandths of a percent, exactly, with four decimals and an
        /// explicit sign: 100 is "+0.0100%", -25 is "-0.0025%", 0 is "0.0000%".
        /// </summary>
        public static void FundingPct(CharBuffer into, long e4)
        {
            if (e4 == Value.Missing)
            {
                into.Append(MissingText);
                return;
            }

            AppendScaled(into, e4, 4, 4, true);
            into.Append('%');
        }

        /// <summary>String form of <see cref="FundingPct(CharBuffer, long)"/>.</summary>
        public static string FundingPct(long e4)
        {
            if (e4 == Value.Missing)
            {
                return MissingText;
            }

            CharBuffer buffer = new CharBuffer(MaxTextLength);
            FundingPct(buffer, e4);
            return buffer.ToString();
        }

        /// <summary>
        /// Appends a price given in cents. Below $1,000 dollars and cents ("$999.99", "$0.52"); from $1,000 on
        /// whole dollars rounded from the cents, with thousands separators (11523449 is "$115,234", 11523450 is
        /// "$115,235"). Negatives "-$0.52".
        /// </summary>
        public static void Price(CharBuffer into, long cents)
        {
            if (cents == Value.Missing)
            {
                into.Append(MissingText);
                return;
            }

            long magnitude = Magnitude(cents);
            if (cents < 0)
            {
                into.Append('-');
            }

            into.Append('$');
            if (magnitude < Thousand * 100)
            {
                AppendDigits(into, magnitude / 100, 1);
                into.Append('.');
                AppendDigits(into, magnitude % 100, 2);
                return;
            }

            AppendGrouped(into, RoundedQuotient(magnitude, 100));
        }

        /// <summary>String form of <see cref="Price(CharBuffer, long)"/>.</summary>
        public static string Price(long cents)
        {
            if (cents == Value.Missing)
            {
                return MissingText;
            }

            CharBuffer buffer = new CharBuffer(MaxTextLength);
            Price(buffer, cents);
            return buffer.ToString();
        }

        /// <summary>
        /// Appends a ratio given in thousandths with <paramref name="decimals"/> decimals (clamped to
        /// 0..<see cref="MaxDecimals"/>): Ratio(11700, 1) is "11.7", Ratio(1234, 2) is "1.23". No thousands
        /// separators.
        /// </summary>
        public static void Ratio(CharBuffer into, long e3, int decimals)
        {
            if (e3 == Value.Missing)
            {
                into.Append(MissingText);
                return;
            }

            AppendScaled(into, e3, 3, decimals, false);
        }

        /// <summary>String form of <see cref="Ratio(CharBuffer, long, int)"/>.</summary>
        public static string Ratio(long e3, int decimals)
        {
            if (e3 == Value.Missing)
            {
                return MissingText;
            }

            CharBuffer buffer = new CharBuffer(MaxTextLength);
            Ratio(buffer, e3, decimals);
            return buffer.ToString();
        }

        /// <summary>
        /// Appends an age in the largest whole unit, rounded down: "12s", "59s", "1m", "59m", "1h", "23h", "1d",
        /// "12d". A negative age (clock skew) shows "0s".
        /// </summary>
        public static void Age(CharBuffer into, long seconds)
        {
            if (seconds == Value.Missing)
            {
                into.Append(MissingText);
                return;
            }

            if (seconds < 0)
            {
                seconds = 0;
            }

            if (seconds < SecondsPerMinute)
            {
                AppendDigits(into, seconds, 1);
                into.Append('s');
            }
            else if (seconds < SecondsPerHour)
            {
                AppendDigits(into, seconds / SecondsPerMinute, 1);
                into.Append('m');
            }
            else if (seconds < SecondsPerDay)
            {
                AppendDigits(into, seconds / SecondsPerHour, 1);
                into.Append('h');
            }
            else
            {
                AppendDigits(into, seconds / SecondsPerDay, 1);
                into.Append('d');
            }
        }

        /// <summary>String form of <see cref="Age(CharBuffer, long)"/>.</summary>
        public static string Age(long seconds)
        {
            if (seconds == Value.Missing)
            {
                return MissingText;
            }

            CharBuffer buffer = new CharBuffer(MaxTextLength);
            Age(buffer, seconds);
            return buffer.ToString();
        }

        /// <summary>Appends an integer with thousands separators: "1,234,567", "-5".</summary>
        public static void Integer(CharBuffer into, long value)
        {
            if (value == Value.Missing)
            {
                into.Append(MissingText);
                return;
            }

            if (value < 0)
            {
                into.Append('-');
            }

            AppendGrouped(into, Magnitude(value));
        }

        /// <summary>String form of <see cref="Integer(CharBuffer, long)"/>.</summary>
        public static string Integer(long value)
        {
            if (value == Value.Missing)
            {
                return MissingText;
            }

            CharBuffer buffer = new CharBuffer(MaxTextLength);
            Integer(buffer, value);
            return buffer.ToString();
        }

        /// <summary>Appends an integer's plain digits, without separators: "1234567", "-5".</summary>
        public static void Digits(CharBuffer into, long value)
        {
            if (value == Value.Missing)
            {
                into.Append(MissingText);
                return;
            }

            if (value < 0)
            {
                into.Append('-');
            }

            AppendDigits(into, Magnitude(value), 1);
        }

        /// <summary>String form of <see cref="Digits(CharBuffer, long)"/>.</summary>
        public static string Digits(long value)
        {
            if (value == Value.Missing)
            {
                return MissingText;
            }

            CharBuffer buffer = new CharBuffer(MaxTextLength);
            Digits(buffer, value);
            return buffer.ToString();
        }

        /// <summary>
        /// The shared body of the compact dollar formats: <paramref name="significant"/> digits in the largest
        /// unit that keeps the rounded number below 1000.
        /// </summary>
        private static void AppendCompactUsd(CharBuffer into, long usd, int significant, bool explicitSign)
        {
            if (usd == Value.Missing)
            {
                into.Append(MissingText);
                return;
            }

            if (usd < 0)
            {
                into.Append('-');
            }
            else if (usd > 0 && explicitSign)
            {
                into.Append('+');
            }

            into.Append('$');
            long magnitude = Magnitude(usd);
            if (magnitude < Thousand)
            {
                AppendDigits(into, magnitude, 1);
                return;
            }

            int unit = (DigitCount(magnitude) - 1) / 3;
            if (unit > TrillionUnit)
            {
                unit = TrillionUnit;
            }

            int integerDigits = DigitCount(magnitude / _powersOfTen[3 * unit]);
            int decimals = significant - integerDigits;
            if (decimals < 0)
            {
                decimals = 0;
            }

            long shown = RoundedQuotient(magnitude, _powersOfTen[3 * unit - decimals]);
            if (shown == _powersOfTen[integerDigits + decimals])
            {
                // Rounding carried into a new leading digit (9.995K -> 10.00K): one decimal fewer keeps the
                // significant digits, and a number that reached 1000 moves to the next unit (999.5K -> 1.00M).
                if (decimals > 0)
                {
                    decimals--;
                    shown /= 10;
                }
                else if (integerDigits == 3 && unit < TrillionUnit)
                {
                    unit++;
                    decimals = significant - 1;
                    shown = _powersOfTen[decimals];
                }
            }

            long integerPart = shown / _powersOfTen[decimals];
            if (integerPart < 10000)
            {
                // Four digits read fine without a separator, and it keeps "$1000T" within 7 characters.
                AppendDigits(into, integerPart, 1);
            }
            else
            {
                AppendGrouped(into, integerPart);
            }

            if (decimals > 0)
            {
                into.Append('.');
                AppendDigits(into, shown % _powersOfTen[decimals], decimals);
            }

            into.Append(UnitLetters[unit]);
        }

        /// <summary>
        /// Appends <paramref name="value"/> / 10^<paramref name="scale"/> with <paramref name="decimals"/> decimals,
        /// rounding half away from zero when fewer decimals than the scale are asked for and padding with zeros
        /// when more are.
        /// </summary>
        private static void AppendScaled(CharBuffer into, long value, int scale, int decimals, bool explicitSign)
        {
            if (decimals < 0)
            {
                decimals = 0;
            }
            else if (decimals > MaxDecimals)
            {
                decimals = MaxDecimals;
            }

            int exactDecimals = decimals < scale ? decimals : scale;
            long shown = RoundedQuotient(Magnitude(value), _powersOfTen[scale - exactDecimals]);
            if (shown != 0)
            {
                if (value < 0)
                {
                    into.Append('-');
                }
                else if (explicitSign)
                {
                    into.Append('+');
                }
            }

            AppendDigits(into, shown / _powersOfTen[exactDecimals], 1);
            if (decimals == 0)
            {
                return;
            }

            into.Append('.');
            if (exactDecimals > 0)
            {
                AppendDigits(into, shown % _powersOfTen[exactDecimals], exactDecimals);
            }

            for (int i = exactDecimals; i < decimals; i++)
            {
                into.Append('0');
            }
        }

        /// <summary>|value| for any long except long.MinValue (= <see cref="Value.Missing"/>, handled by callers).</summary>
        private static long Magnitude(long value)
        {
            return value < 0 ? -value : value;
        }

        /// <summary>
        /// <paramref name="magnitude"/> / <paramref name="divisor"/> rounded half up, for a non-negative
        /// magnitude (so half away from zero for the signed value). Comparing the remainder with what is left of
        /// the divisor avoids adding half the divisor, which could overflow near long.MaxValue.
        /// </summary>
        private static long RoundedQuotient(long magnitude, long divisor)
        {
            long quotient = magnitude / divisor;
            long remainder = magnitude - quotient * divisor;
            if (remainder >= divisor - remainder)
            {
                quotient++;
            }

            return quotient;
        }

        /// <summary>How many decimal digits a non-negative number has (1 for zero).</summary>
        private static int DigitCount(long magnitude)
        {
            int count = 1;
            while (count < _powersOfTen.Length && magnitude >= _powersOfTen[count])
            {
                count++;
            }

            return count;
        }

        /// <summary>
        /// Appends a non-negative number's digits, zero-padded to <paramref name="minDigits"/> (at most 19).
        /// Digits are taken from the most significant end, so no scratch buffer is needed.
        /// </summary>
        private static void AppendDigits(CharBuffer into, long magnitude, int minDigits)
        {
            int count = DigitCount(magnitude);
            if (count < minDigits)
            {
                count = minDigits;
            }

            for (int i = count - 1; i >= 0; i--)
            {
                into.Append((char)('0' + (int)(magnitude / _powersOfTen[i] % 10)));
            }
        }

        /// <summary>Appends a non-negative number's digits with a comma between groups of three.</summary>
        private static void AppendGrouped(CharBuffer into, long magnitude)
        {
            for (int i = DigitCount(magnitude) - 1; i >= 0; i--)
            {
                into.Append((char)('0' + (int)(magnitude / _powersOfTen[i] % 10)));
                if (i > 0 && i % 3 == 0)
                {
                    into.Append(',');
                }
            }
        }
    }
}
