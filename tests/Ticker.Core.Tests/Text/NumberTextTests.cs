using System;
using Ticker.Data;
using Ticker.Text;
using Xunit;

namespace Ticker.Core.Tests.Text
{
    /// <summary>
    /// Table tests for every NumberText formatter. Each case checks both forms: the string form, and the buffer
    /// form appending after existing text (it must append, not overwrite) and matching with ContentEquals.
    /// </summary>
    public class NumberTextTests
    {
        private const long Missing = Value.Missing;
        private const long Max = long.MaxValue;
        private const long MinNotMissing = long.MinValue + 1;

        [Theory]
        [InlineData(0L, "$0")]
        [InlineData(1L, "$1")]
        [InlineData(999L, "$999")]
        [InlineData(1000L, "$1.00K")]
        [InlineData(1004L, "$1.00K")]
        [InlineData(1005L, "$1.01K")]
        [InlineData(9994L, "$9.99K")]
        [InlineData(9995L, "$10.0K")]
        [InlineData(10000L, "$10.0K")]
        [InlineData(48100L, "$48.1K")]
        [InlineData(48149L, "$48.1K")]
        [InlineData(48150L, "$48.2K")]
        [InlineData(99949L, "$99.9K")]
        [InlineData(99950L, "$100K")]
        [InlineData(999499L, "$999K")]
        [InlineData(999500L, "$1.00M")]
        [InlineData(1000000L, "$1.00M")]
        [InlineData(9994999L, "$9.99M")]
        [InlineData(9995000L, "$10.0M")]
        [InlineData(99949999L, "$99.9M")]
        [InlineData(99950000L, "$100M")]
        [InlineData(612000000L, "$612M")]
        [InlineData(999499999L, "$999M")]
        [InlineData(999500000L, "$1.00B")]
        [InlineData(999960000L, "$1.00B")]
        [InlineData(1000000000L, "$1.00B")]
        [InlineData(3914999999L, "$3.91B")]
        [InlineData(3915000000L, "$3.92B")]
        [InlineData(3920000000L, "$3.92B")]
        [InlineData(999499999999L, "$999B")]
        [InlineData(999500000000L, "$1.00T")]
        [InlineData(1000000000000L, "$1.00T")]
        [InlineData(999499999999999L, "$999T")]
        [InlineData(999500000000000L, "$1000T")]
        [InlineData(1234000000000000L, "$1234T")]
        [InlineData(9999499999999999L, "$9999T")]
        [InlineData(9999500000000000L, "$10,000T")]
        [InlineData(Max, "$9,223,372T")]
        [InlineData(MinNotMissing, "-$9,223,372T")]
        [InlineData(-1L, "-$1")]
        [InlineData(-999L, "-$999")]
        [InlineData(-1000L, "-$1.00K")]
        [InlineData(-9995L, "-$10.0K")]
        [InlineData(-999500L, "-$1.00M")]
        [InlineData(-85000000L, "-$85.0M")]
        [InlineData(-84950000L, "-$85.0M")]
        [InlineData(-84949999L, "-$84.9M")]
        [InlineData(Missing, "\u2014")]
        public void CompactUsd(long usd, string expected)
        {
            AssertBothForms(expected, NumberText.CompactUsd(usd), b => NumberText.CompactUsd(b, usd));
        }

        [Theory]
        [InlineData(0L, "$0")]
        [InlineData(1L, "+$1")]
        [InlineData(-1L, "-$1")]
        [InlineData(999L, "+$999")]
        [InlineData(-999L, "-$999")]
        [InlineData(1000L, "+$1.0K")]
        [InlineData(1049L, "+$1.0K")]
        [InlineData(1050L, "+$1.1K")]
        [InlineData(9949L, "+$9.9K")]
        [InlineData(9950L, "+$10K")]
        [InlineData(-9950L, "-$10K")]
        [InlineData(99499L, "+$99K")]
        [InlineData(99500L, "+$100K")]
        [InlineData(123456L, "+$123K")]
        [InlineData(999499L, "+$999K")]
        [InlineData(999500L, "+$1.0M")]
        [InlineData(-84500000L, "-$85M")]
        [InlineData(-84499999L, "-$84M")]
        [InlineData(-85000000L, "-$85M")]
        [InlineData(1200000000L, "+$1.2B")]
        [InlineData(9949999999L, "+$9.9B")]
        [InlineData(9950000000L, "+$10B")]
        [InlineData(999500000000L, "+$1.0T")]
        [InlineData(99500000000000L, "+$100T")]
        [InlineData(999500000000000L, "+$1000T")]
        [InlineData(Max, "+$9,223,372T")]
        [InlineData(MinNotMissing, "-$9,223,372T")]
        [InlineData(Missing, "\u2014")]
        public void SignedCompactUsd(long usd, string expected)
        {
            AssertBothForms(expected, NumberText.SignedCompactUsd(usd), b => NumberText.SignedCompactUsd(b, usd));
        }

        [Theory]
        [InlineData(7120L, 1, "71.2%")]
        [InlineData(7125L, 1, "71.3%")]
        [InlineData(7124L, 1, "71.2%")]
        [InlineData(-7125L, 1, "-71.3%")]
        [InlineData(5L, 1, "0.1%")]
        [InlineData(4L, 1, "0.0%")]
        [InlineData(-4L, 1, "0.0%")]
        [InlineData(-5L, 1, "-0.1%")]
        [InlineData(10000L, 0, "100%")]
        [InlineData(9950L, 0, "100%")]
        [InlineData(9949L, 0, "99%")]
        [InlineData(0L, 0, "0%")]
        [InlineData(0L, 2, "0.00%")]
        [InlineData(1L, 2, "0.01%")]
        [InlineData(1L, 3, "0.010%")]
        [InlineData(150L, -1, "2%")]
        [InlineData(12345L, 12, "123.450000000%")]
        [InlineData(Max, 2, "92233720368547758.07%")]
        [InlineData(Max, 1, "92233720368547758.1%")]
        [InlineData(MinNotMissing, 0, "-92233720368547758%")]
        [InlineData(Missing, 1, "\u2014")]
        public void Percent(long e2, int decimals, string expected)
        {
            AssertBothForms(expected, NumberText.Percent(e2, decimals), b => NumberText.Percent(b, e2, decimals));
        }

        [Theory]
        [InlineData(340L, 1, "+3.4%")]
        [InlineData(-10000L, 1, "-100.0%")]
        [InlineData(0L, 1, "0.0%")]
        [InlineData(4L, 1, "0.0%")]
        [InlineData(-4L, 1, "0.0%")]
        [InlineData(5L, 1, "+0.1%")]
        [InlineData(-5L, 1, "-0.1%")]
        [InlineData(49L, 0, "0%")]
        [InlineData(50L, 0, "+1%")]
        [InlineData(Max, 9, "+92233720368547758.070000000%")]
        [InlineData(MinNotMissing, 0, "-92233720368547758%")]
        [InlineData(Missing, 1, "\u2014")]
        public void SignedPercent(long e2, int decimals, string expected)
        {
            AssertBothForms(expected, NumberText.SignedPercent(e2, decimals), b => NumberText.SignedPercent(b, e2, decimals));
        }

        [Theory]
        [InlineData(100L, "+0.0100%")]
        [InlineData(-25L, "-0.0025%")]
        [InlineData(0L, "0.0000%")]
        [InlineData(1L, "+0.0001%")]
        [InlineData(-1L, "-0.0001%")]
        [InlineData(-3750L, "-0.3750%")]
        [InlineData(10000L, "+1.0000%")]
        [InlineData(Max, "+922337203685477.5807%")]
        [InlineData(MinNotMissing, "-922337203685477.5807%")]
        [InlineData(Missing, "\u2014")]
        public void FundingPct(long e4, string expected)
        {
            AssertBothForms(expected, NumberText.FundingPct(e4), b => NumberText.FundingPct(b, e4));
        }

        [Theory]
        [InlineData(11523449L, "$115,234")]
        [InlineData(11523450L, "$115,235")]
        [InlineData(99999L, "$999.99")]
        [InlineData(52L, "$0.52")]
        [InlineData(1L, "$0.01")]
        [InlineData(0L, "$0.00")]
        [InlineData(100000L, "$1,000")]
        [InlineData(100049L, "$1,000")]
        [InlineData(100050L, "$1,001")]
        [InlineData(99999949L, "$999,999")]
        [InlineData(99999950L, "$1,000,000")]
        [InlineData(-52L, "-$0.52")]
        [InlineData(-99999L, "-$999.99")]
        [InlineData(-11523450L, "-$115,235")]
        [InlineData(Max, "$92,233,720,368,547,758")]
        [InlineData(MinNotMissing, "-$92,233,720,368,547,758")]
        [InlineData(Missing, "\u2014")]
        public void Price(long cents, string expected)
        {
            AssertBothForms(expected, NumberText.Price(cents), b => NumberText.Price(b, cents));
        }

        [Theory]
        [InlineData(11700L, 1, "11.7")]
        [InlineData(1234L, 2, "1.23")]
        [InlineData(1235L, 2, "1.24")]
        [InlineData(-1235L, 2, "-1.24")]
        [InlineData(0L, 1, "0.0")]
        [InlineData(499L, 0, "0")]
        [InlineData(-499L, 0, "0")]
        [InlineData(500L, 0, "1")]
        [InlineData(1500L, 3, "1.500")]
        [InlineData(1500L, 4, "1.5000")]
        [InlineData(Max, 0, "9223372036854776")]
        [InlineData(MinNotMissing, 3, "-9223372036854775.807")]
        [InlineData(Missing, 1, "\u2014")]
        public void Ratio(long e3, int decimals, string expected)
        {
            AssertBothForms(expected, NumberText.Ratio(e3, decimals), b => NumberText.Ratio(b, e3, decimals));
        }

        [Theory]
        [InlineData(0L, "0s")]
        [InlineData(12L, "12s")]
        [InlineData(59L, "59s")]
        [InlineData(60L, "1m")]
        [InlineData(119L, "1m")]
        [InlineData(3599L, "59m")]
        [InlineData(3600L, "1h")]
        [InlineData(86399L, "23h")]
        [InlineData(86400L, "1d")]
        [InlineData(1036805L, "12d")]
        [InlineData(-1L, "0s")]
        [InlineData(MinNotMissing, "0s")]
        [InlineData(Max, "106751991167300d")]
        [InlineData(Missing, "\u2014")]
        public void Age(long seconds, string expected)
        {
            AssertBothForms(expected, NumberText.Age(seconds), b => NumberText.Age(b, seconds));
        }

        [Theory]
        [InlineData(0L, "0")]
        [InlineData(5L, "5")]
        [InlineData(-5L, "-5")]
        [InlineData(999L, "999")]
        [InlineData(1000L, "1,000")]
        [InlineData(-1000L, "-1,000")]
        [InlineData(999999L, "999,999")]
        [InlineData(1000000L, "1,000,000")]
        [InlineData(1234567L, "1,234,567")]
        [InlineData(Max, "9,223,372,036,854,775,807")]
        [InlineData(MinNotMissing, "-9,223,372,036,854,775,807")]
        [InlineData(Missing, "\u2014")]
        public void Integer(long value, string expected)
        {
            AssertBothForms(expected, NumberText.Integer(value), b => NumberText.Integer(b, value));
        }

        [Theory]
        [InlineData(0L, "0")]
        [InlineData(-5L, "-5")]
        [InlineData(1234567L, "1234567")]
        [InlineData(Max, "9223372036854775807")]
        [InlineData(MinNotMissing, "-9223372036854775807")]
        [InlineData(Missing, "\u2014")]
        public void Digits(long value, string expected)
        {
            AssertBothForms(expected, NumberText.Digits(value), b => NumberText.Digits(b, value));
        }

        [Fact]
        public void Missing_is_an_em_dash()
        {
            Assert.Equal("\u2014", NumberText.MissingText);
        }

        [Fact]
        public void No_formatter_exceeds_MaxTextLength()
        {
            long[] extremes = { Max, MinNotMissing, Max - 1, MinNotMissing + 1, 0L, -1L, 1L, 999999999999999999L };
            int longest = 0;
            foreach (long v in extremes)
            {
                for (int decimals = -1; decimals <= NumberText.MaxDecimals + 1; decimals++)
                {
                    longest = Math.Max(longest, NumberText.Percent(v, decimals).Length);
                    longest = Math.Max(longest, NumberText.SignedPercent(v, decimals).Length);
                    longest = Math.Max(longest, NumberText.Ratio(v, decimals).Length);
                }

                longest = Math.Max(longest, NumberText.CompactUsd(v).Length);
                longest = Math.Max(longest, NumberText.SignedCompactUsd(v).Length);
                longest = Math.Max(longest, NumberText.FundingPct(v).Length);
                longest = Math.Max(longest, NumberText.Price(v).Length);
                longest = Math.Max(longest, NumberText.Age(v).Length);
                longest = Math.Max(longest, NumberText.Integer(v).Length);
                longest = Math.Max(longest, NumberText.Digits(v).Length);
            }

            Assert.Equal(NumberText.MaxTextLength, longest);
        }

        [Fact]
        public void Buffer_form_can_be_reused_after_Clear()
        {
            var buffer = new CharBuffer(NumberText.MaxTextLength);
            NumberText.CompactUsd(buffer, 3920000000L);
            Assert.True(buffer.ContentEquals("$3.92B"));
            buffer.Clear();
            NumberText.CompactUsd(buffer, 3920000000L);
            Assert.True(buffer.ContentEquals("$3.92B"));
            buffer.Clear();
            NumberText.SignedCompactUsd(buffer, -85000000L);
            Assert.True(buffer.ContentEquals("-$85M"));
        }

        private static void AssertBothForms(string expected, string fromStringForm, Action<CharBuffer> appendForm)
        {
            Assert.Equal(expected, fromStringForm);

            var buffer = new CharBuffer(NumberText.MaxTextLength + 1);
            buffer.Append('|');
            appendForm(buffer);
            Assert.Equal("|" + expected, buffer.ToString());

            buffer.Clear();
            appendForm(buffer);
            Assert.True(buffer.ContentEquals(expected), "ContentEquals after Clear");
        }
    }
}
