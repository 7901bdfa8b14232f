using Ticker.Data;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>
    /// The number formatting table run on the device (a subset of tests/Ticker.Core.Tests/Text/NumberTextTests,
    /// which the .NET tests also run through this table, so a row here cannot be wrong).
    /// </summary>
    public static class NumberCases
    {
        /// <summary><c>NumberText.CompactUsd</c>.</summary>
        public const int CompactUsd = 0;

        /// <summary><c>NumberText.SignedCompactUsd</c>.</summary>
        public const int SignedCompactUsd = 1;

        /// <summary><c>NumberText.Percent</c>.</summary>
        public const int Percent = 2;

        /// <summary><c>NumberText.SignedPercent</c>.</summary>
        public const int SignedPercent = 3;

        /// <summary><c>NumberText.FundingPct</c>.</summary>
        public const int FundingPct = 4;

        /// <summary><c>NumberText.Price</c>.</summary>
        public const int Price = 5;

        /// <summary><c>NumberText.Ratio</c>.</summary>
        public const int Ratio = 6;

        /// <summary><c>NumberText.Age</c>.</summary>
        public const int Age = 7;

        /// <summary><c>NumberText.Integer</c>.</summary>
        public const int Integer = 8;

        /// <summary><c>NumberText.Digits</c>.</summary>
        public const int Digits = 9;

        private const long Max = long.MaxValue;
        private const long MinNotMissing = long.MinValue + 1;
        private const long Missing = Value.Missing;
        private const string Dash = "\u2014";

        private static readonly string[] Names =
        {
            "CompactUsd", "SignedCompactUsd", "Percent", "SignedPercent", "FundingPct", "Price", "Ratio", "Age", "Integer", "Digits",
        };

        /// <summary>Every row.</summary>
        public static readonly NumberCase[] All =
        {
            new NumberCase(CompactUsd, 0, 0, "$0"),
            new NumberCase(CompactUsd, 999, 0, "$999"),
            new NumberCase(CompactUsd, 1004, 0, "$1.00K"),
            new NumberCase(CompactUsd, 1005, 0, "$1.01K"),
            new NumberCase(CompactUsd, 9995, 0, "$10.0K"),
            new NumberCase(CompactUsd, 99950, 0, "$100K"),
            new NumberCase(CompactUsd, 999500, 0, "$1.00M"),
            new NumberCase(CompactUsd, 612000000, 0, "$612M"),
            new NumberCase(CompactUsd, 3914999999, 0, "$3.91B"),
            new NumberCase(CompactUsd, 3915000000, 0, "$3.92B"),
            new NumberCase(CompactUsd, 999500000000, 0, "$1.00T"),
            new NumberCase(CompactUsd, 9999500000000000, 0, "$10,000T"),
            new NumberCase(CompactUsd, Max, 0, "$9,223,372T"),
            new NumberCase(CompactUsd, MinNotMissing, 0, "-$9,223,372T"),
            new NumberCase(CompactUsd, -84950000, 0, "-$85.0M"),
            new NumberCase(CompactUsd, -84949999, 0, "-$84.9M"),
            new NumberCase(CompactUsd, Missing, 0, Dash),

            new NumberCase(SignedCompactUsd, 0, 0, "$0"),
            new NumberCase(SignedCompactUsd, 1, 0, "+$1"),
            new NumberCase(SignedCompactUsd, -1, 0, "-$1"),
            new NumberCase(SignedCompactUsd, 1050, 0, "+$1.1K"),
            new NumberCase(SignedCompactUsd, 9950, 0, "+$10K"),
            new NumberCase(SignedCompactUsd, -84500000, 0, "-$85M"),
            new NumberCase(SignedCompactUsd, -84499999, 0, "-$84M"),
            new NumberCase(SignedCompactUsd, 1200000000, 0, "+$1.2B"),
            new NumberCase(SignedCompactUsd, Max, 0, "+$9,223,372T"),
            new NumberCase(SignedCompactUsd, Missing, 0, Dash),

            new NumberCase(Percent, 7125, 1, "71.3%"),
            new NumberCase(Percent, -7125, 1, "-71.3%"),
            new NumberCase(Percent, -4, 1, "0.0%"),
            new NumberCase(Percent, -5, 1, "-0.1%"),
            new NumberCase(Percent, 9950, 0, "100%"),
            new NumberCase(Percent, 1, 3, "0.010%"),
            new NumberCase(Percent, 150, -1, "2%"),
            new NumberCase(Percent, Max, 2, "92233720368547758.07%"),
            new NumberCase(Percent, MinNotMissing, 0, "-92233720368547758%"),
            new NumberCase(Percent, Missing, 1, Dash),

            new NumberCase(SignedPercent, 340, 1, "+3.4%"),
            new NumberCase(SignedPercent, -10000, 1, "-100.0%"),
            new NumberCase(SignedPercent, 4, 1, "0.0%"),
            new NumberCase(SignedPercent, 50, 0, "+1%"),
            new NumberCase(SignedPercent, Max, 9, "+92233720368547758.070000000%"),

            new NumberCase(FundingPct, 100, 0, "+0.0100%"),
            new NumberCase(FundingPct, -25, 0, "-0.0025%"),
            new NumberCase(FundingPct, 0, 0, "0.0000%"),
            new NumberCase(FundingPct, -3750, 0, "-0.3750%"),
            new NumberCase(FundingPct, MinNotMissing, 0, "-922337203685477.5807%"),

            new NumberCase(Price, 11523449, 0, "$115,234"),
            new NumberCase(Price, 11523450, 0, "$115,235"),
            new NumberCase(Price, 99999, 0, "$999.99"),
            new NumberCase(Price, 1, 0, "$0.01"),
            new NumberCase(Price, 99999950, 0, "$1,000,000"),
            new NumberCase(Price, -11523450, 0, "-$115,235"),
            new NumberCase(Price, Max, 0, "$92,233,720,368,547,758"),
            new NumberCase(Price, Missing, 0, Dash),

            new NumberCase(Ratio, 11700, 1, "11.7"),
            new NumberCase(Ratio, 1235, 2, "1.24"),
            new NumberCase(Ratio, -1235, 2, "-1.24"),
            new NumberCase(Ratio, -499, 0, "0"),
            new NumberCase(Ratio, 500, 0, "1"),
            new NumberCase(Ratio, Max, 0, "9223372036854776"),
            new NumberCase(Ratio, MinNotMissing, 3, "-9223372036854775.807"),

            new NumberCase(Age, 59, 0, "59s"),
            new NumberCase(Age, 60, 0, "1m"),
            new NumberCase(Age, 3600, 0, "1h"),
            new NumberCase(Age, 86400, 0, "1d"),
            new NumberCase(Age, -1, 0, "0s"),
            new NumberCase(Age, Max, 0, "106751991167300d"),
            new NumberCase(Age, Missing, 0, Dash),

            new NumberCase(Integer, -1000, 0, "-1,000"),
            new NumberCase(Integer, 1234567, 0, "1,234,567"),
            new NumberCase(Integer, MinNotMissing, 0, "-9,223,372,036,854,775,807"),

            new NumberCase(Digits, -5, 0, "-5"),
            new NumberCase(Digits, Max, 0, "9223372036854775807"),
            new NumberCase(Digits, Missing, 0, Dash),
        };

        /// <summary>The formatter's name.</summary>
        public static string NameOf(int formatter)
        {
            return formatter >= 0 && formatter < Names.Length ? Names[formatter] : "?";
        }
    }
}
