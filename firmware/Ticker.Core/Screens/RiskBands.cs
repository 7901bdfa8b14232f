namespace Ticker.Views
{
    /// <summary>
    /// The five bands of the 0-100 risk score, defined here and nowhere else: low 0-19, moderate 20-39,
    /// elevated 40-59, high 60-79, extreme 80-100. The gauge's arc, its colours and the band name all read this table.
    /// </summary>
    public static class RiskBands
    {
        /// <summary>How many bands there are.</summary>
        public const int Count = 5;

        /// <summary>The highest score.</summary>
        public const int MaxScore = 100;

        private static readonly int[] _lowerBounds = { 0, 20, 40, 60, 80 };
        private static readonly string[] _names = { "LOW", "MODERATE", "ELEVATED", "HIGH", "EXTREME" };

        /// <summary>The band a score falls in (scores outside 0-100 are clamped).</summary>
        public static int BandOf(long score)
        {
            for (int band = Count - 1; band > 0; band--)
            {
                if (score >= _lowerBounds[band])
                {
                    return band;
                }
            }

            return 0;
        }

        /// <summary>The lowest score of a band.</summary>
        public static int LowerBound(int band)
        {
            return _lowerBounds[band];
        }

        /// <summary>One past the band's highest score (100 for the last band, so the arc ends at the top score).</summary>
        public static int UpperBound(int band)
        {
            return band + 1 < Count ? _lowerBounds[band + 1] : MaxScore;
        }

        /// <summary>The band's name as shown under the score.</summary>
        public static string NameOf(int band)
        {
            return _names[band];
        }
    }
}
