namespace Ticker.Maths
{
    /// <summary>
    /// Sine and cosine in Q16 fixed point, for drawing the gauge's arc and needle. This nano build has no
    /// System.Math and the core uses no floating point, so the values come from a quarter-wave table.
    /// </summary>
    /// <remarks>
    /// Angles are in centidegrees (hundredths of a degree), any int value: they are reduced modulo a full turn
    /// (36000). 0 is the +x axis and positive angles turn counter-clockwise, as in maths.
    /// <para>
    /// Accuracy: the table holds sin(0°..90°) in 1° steps, each rounded to the nearest Q16 unit (error ≤ 0.5),
    /// and values between entries are interpolated linearly and rounded (≤ 0.5 more). Linear interpolation over
    /// a step h = π/180 errs by at most h²/8 · max|sin''| = 3.81e-5, i.e. 2.50 Q16 units. So every result is
    /// within 3.5 Q16 units (5.4e-5) of the true value; measured over a full turn, the worst case is 3.23.
    /// At the gauge's largest radius (160 px) that is 0.009 px.
    /// </para>
    /// <para>
    /// Exact by construction: Sin(0) = Sin(180°) = 0, Sin(90°) = One, Sin(270°) = -One (same for Cos shifted by
    /// 90°), Sin(-a) = -Sin(a), Sin(180° - a) = Sin(a), Cos(-a) = Cos(a), and Sin is monotonic on each quarter
    /// turn, so a needle swept through increasing angles never steps backwards.
    /// </para>
    /// </remarks>
    public static class FixedTrig
    {
        /// <summary>1.0 in Q16: the value Sin and Cos return for 90° and 0°.</summary>
        public const int One = 65536;

        private const int QuarterTurn = 9000;
        private const int FullTurn = 36000;
        private const int CentiDegreesPerStep = 100;

        // round(sin(i°) · 65536) for i = 0..90. Literal values so that nothing is computed at start-up
        // (nano has no Math.Sin to compute them with).
        private static readonly int[] _quarterSine =
        {
            0, 1144, 2287, 3430, 4572, 5712, 6850, 7987, 9121, 10252,
            11380, 12505, 13626, 14742, 15855, 16962, 18064, 19161, 20252, 21336,
            22415, 23486, 24550, 25607, 26656, 27697, 28729, 29753, 30767, 31772,
            32768, 33754, 34729, 35693, 36647, 37590, 38521, 39441, 40348, 41243,
            42126, 42995, 43852, 44695, 45525, 46341, 47143, 47930, 48703, 49461,
            50203, 50931, 51643, 52339, 53020, 53684, 54332, 54963, 55578, 56175,
            56756, 57319, 57865, 58393, 58903, 59396, 59870, 60326, 60764, 61183,
            61584, 61966, 62328, 62672, 62997, 63303, 63589, 63856, 64104, 64332,
            64540, 64729, 64898, 65048, 65177, 65287, 65376, 65446, 65496, 65526,
            65536,
        };

        /// <summary>The sine of <paramref name="centiDegrees"/> (any value) in Q16, within 3.5 units.</summary>
        public static int Sin(int centiDegrees)
        {
            return SinOfNormalised(Normalise(centiDegrees));
        }

        /// <summary>The cosine of <paramref name="centiDegrees"/> (any value) in Q16, within 3.5 units.</summary>
        public static int Cos(int centiDegrees)
        {
            // Normalised first: adding a quarter turn to the raw angle could overflow near int.MaxValue.
            int shifted = Normalise(centiDegrees) + QuarterTurn;
            if (shifted >= FullTurn)
            {
                shifted -= FullTurn;
            }

            return SinOfNormalised(shifted);
        }

        /// <summary>
        /// The screen pixel at <paramref name="radius"/> from (<paramref name="cx"/>, <paramref name="cy"/>) in
        /// the direction <paramref name="centiDegrees"/>, each coordinate rounded to the nearest pixel (halves away
        /// from the centre, so the result is mirror-symmetric about both axes through the centre).
        /// </summary>
        /// <remarks>
        /// Screen y grows downwards, so y = cy - r·sin: 90° points up and positive angles still turn
        /// counter-clockwise as the viewer sees them. 0° points right, 180° left, 270° down.
        /// A negative radius gives the point diametrically opposite.
        /// </remarks>
        public static void PointOnCircle(int cx, int cy, int radius, int centiDegrees, out int x, out int y)
        {
            x = cx + ScaleRounded(radius, Cos(centiDegrees));
            y = cy - ScaleRounded(radius, Sin(centiDegrees));
        }

        private static int Normalise(int centiDegrees)
        {
            // % keeps the dividend's sign and cannot overflow for a positive divisor, even for int.MinValue.
            int a = centiDegrees % FullTurn;
            return a < 0 ? a + FullTurn : a;
        }

        /// <summary>Sine of an angle already in [0, 36000), folded onto the first quarter.</summary>
        private static int SinOfNormalised(int a)
        {
            int quadrant = a / QuarterTurn;
            int within = a - quadrant * QuarterTurn;
            switch (quadrant)
            {
                case 0:
                    return QuarterSine(within);
                case 1:
                    return QuarterSine(QuarterTurn - within);
                case 2:
                    return -QuarterSine(within);
                default:
                    return -QuarterSine(QuarterTurn - within);
            }
        }

        /// <summary>Sine of an angle in [0, 9000] by linear interpolation in the table.</summary>
        private static int QuarterSine(int a)
        {
            int index = a / CentiDegreesPerStep;
            int fraction = a - index * CentiDegreesPerStep;
            if (fraction == 0)
            {
                // Also keeps index + 1 inside the table at exactly 90°.
                return _quarterSine[index];
            }

            int low = _quarterSine[index];
            int step = _quarterSine[index + 1] - low;

            // step and fraction are positive here, so adding half the divisor rounds to nearest.
            return low + (step * fraction + CentiDegreesPerStep / 2) / CentiDegreesPerStep;
        }

        /// <summary>radius · q16 / One rounded to the nearest integer, halves away from zero.</summary>
        private static int ScaleRounded(int radius, int q16)
        {
            long product = (long)radius * q16;
            if (product >= 0)
            {
                return (int)((product + One / 2) >> 16);
            }

            return -(int)((-product + One / 2) >> 16);
        }
    }
}
