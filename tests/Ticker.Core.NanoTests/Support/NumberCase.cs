using Ticker.Text;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>
    /// One row of the number formatting table: a <see cref="NumberText"/> formatter, its input and the text a
    /// trader must see. <see cref="NumberCases.All"/> holds the rows that matter on the device: rounding at every
    /// unit boundary, signs, and the extremes of <c>long</c> where 64-bit division and remainder are exercised.
    /// </summary>
    public sealed class NumberCase
    {
        /// <summary>A row of the table.</summary>
        public NumberCase(int formatter, long value, int decimals, string expected)
        {
            Formatter = formatter;
            Value = value;
            Decimals = decimals;
            Expected = expected;
        }

        /// <summary>Which formatter (<see cref="NumberCases.CompactUsd"/> ...).</summary>
        public int Formatter { get; }

        /// <summary>The input, in the formatter's fixed-point unit.</summary>
        public long Value { get; }

        /// <summary>Decimals, for the formatters that take them.</summary>
        public int Decimals { get; }

        /// <summary>The expected text.</summary>
        public string Expected { get; }

        /// <summary>The row as a readable label for failure messages.</summary>
        public string Label
        {
            get { return NumberCases.NameOf(Formatter) + "(" + Value.ToString() + ", " + Decimals.ToString() + ")"; }
        }

        /// <summary>The string form of the formatter on this row's input.</summary>
        public string Format()
        {
            switch (Formatter)
            {
                case NumberCases.CompactUsd:
                    return NumberText.CompactUsd(Value);
                case NumberCases.SignedCompactUsd:
                    return NumberText.SignedCompactUsd(Value);
                case NumberCases.Percent:
                    return NumberText.Percent(Value, Decimals);
                case NumberCases.SignedPercent:
                    return NumberText.SignedPercent(Value, Decimals);
                case NumberCases.FundingPct:
                    return NumberText.FundingPct(Value);
                case NumberCases.Price:
                    return NumberText.Price(Value);
                case NumberCases.Ratio:
                    return NumberText.Ratio(Value, Decimals);
                case NumberCases.Age:
                    return NumberText.Age(Value);
                case NumberCases.Integer:
                    return NumberText.Integer(Value);
                default:
                    return NumberText.Digits(Value);
            }
        }

        /// <summary>The buffer form of the formatter, appending to <paramref name="into"/> (what the screens use: no allocation).</summary>
        public void Format(CharBuffer into)
        {
            switch (Formatter)
            {
                case NumberCases.CompactUsd:
                    NumberText.CompactUsd(into, Value);
                    break;
                case NumberCases.SignedCompactUsd:
                    NumberText.SignedCompactUsd(into, Value);
                    break;
                case NumberCases.Percent:
                    NumberText.Percent(into, Value, Decimals);
                    break;
                case NumberCases.SignedPercent:
                    NumberText.SignedPercent(into, Value, Decimals);
                    break;
                case NumberCases.FundingPct:
                    NumberText.FundingPct(into, Value);
                    break;
                case NumberCases.Price:
                    NumberText.Price(into, Value);
                    break;
                case NumberCases.Ratio:
                    NumberText.Ratio(into, Value, Decimals);
                    break;
                case NumberCases.Age:
                    NumberText.Age(into, Value);
                    break;
                case NumberCases.Integer:
                    NumberText.Integer(into, Value);
                    break;
                default:
                    NumberText.Digits(into, Value);
                    break;
            }
        }
    }
}
