using Ticker.Data;
using Ticker.Drawing;
using Ticker.Maths;

namespace Ticker.Views
{
    /// <summary>
    /// The risk gauge: a semicircular arc in the five <see cref="RiskBands"/> colours (score 0 on the left, 100 on
    /// the right) and a needle at the score. Graphics has no arc primitive and Bitmap.DrawLine ignores
    /// thickness on current firmware, so the thick arc is filled row by row (band edges from <see cref="FixedTrig"/>)
    /// and the needle is three parallel one-pixel lines to a point from <see cref="FixedTrig.PointOnCircle"/>.
    /// </summary>
    public sealed class GaugeWidget : Widget
    {
        private const int HalfTurn = 18000;
        private long _score = Value.Missing;

        /// <summary>Creates a gauge; the arc is as large as the bounds allow.</summary>
        public GaugeWidget(Rect bounds)
            : base(bounds)
        {
        }

        /// <summary>The score the needle shows, or Missing (no needle).</summary>
        public long Score
        {
            get { return _score; }
        }

        /// <summary>Sets the score (clamped to 0-100); dirty only when it changes.</summary>
        public void SetScore(long score)
        {
            if (!Value.IsMissing(score))
            {
                score = score < 0 ? 0 : (score > RiskBands.MaxScore ? RiskBands.MaxScore : score);
            }

            if (score != _score)
            {
                _score = score;
                Dirty = true;
            }
        }

        /// <summary>Outer radius of the arc for the bounds.</summary>
        public int Radius
        {
            get
            {
                int byWidth = (Bounds.Width / 2) - 1;
                int byHeight = Bounds.Height - HubRadius - 2;
                return byWidth < byHeight ? byWidth : byHeight;
            }
        }

        private int HubRadius
        {
            get { return Bounds.Width >= 160 ? 6 : 4; }
        }

        /// <inheritdoc/>
        public override void Draw(Canvas canvas, Palette palette)
        {
            int outer = Radius;
            int thickness = outer / 6;
            int inner = outer - thickness;
            int cx = Bounds.X + (Bounds.Width / 2);
            int cy = Bounds.Y + outer + 1;

            DrawBands(canvas, palette, cx, cy, inner, outer);

            if (Value.IsMissing(_score))
            {
                canvas.FillEllipse(palette.Dim, cx, cy, HubRadius, HubRadius);
                return;
            }

            int angle = AngleOf((int)_score);
            int tipX;
            int tipY;
            FixedTrig.PointOnCircle(cx, cy, outer - 1, angle, out tipX, out tipY);
            canvas.DrawLine(palette.Text, cx, cy, tipX, tipY);

            // The two flanking lines, offset one pixel across the needle's main direction.
            if (angle > 4500 && angle < 13500)
            {
                canvas.DrawLine(palette.Text, cx - 1, cy, tipX - 1, tipY);
                canvas.DrawLine(palette.Text, cx + 1, cy, tipX + 1, tipY);
            }
            else
            {
                canvas.DrawLine(palette.Text, cx, cy - 1, tipX, tipY - 1);
                canvas.DrawLine(palette.Text, cx, cy + 1, tipX, tipY + 1);
            }

            canvas.FillEllipse(palette.Text, cx, cy, HubRadius, HubRadius);
        }

        /// <summary>Needle angle for a score: 180 degrees at 0, 0 degrees at 100 (centidegrees, counter-clockwise).</summary>
        public static int AngleOf(int score)
        {
            return HalfTurn - ((score * HalfTurn) / RiskBands.MaxScore);
        }

        /// <summary>
        /// Fills the upper half-annulus row by row: each row of the ring is one or two horizontal runs, cut where the
        /// band boundaries (rays from the centre) cross the row. Exact, gap-free, and a few hundred fills at most.
        /// </summary>
        private static void DrawBands(Canvas canvas, Palette palette, int cx, int cy, int inner, int outer)
        {
            for (int dy = 0; dy <= outer; dy++)
            {
                int y = cy - dy;
                int wo = ISqrt((outer * outer) - (dy * dy));
                int wi = dy <= inner ? ISqrt((inner * inner) - (dy * dy)) : -1;
                int left = int.MinValue;
                for (int band = 0; band < RiskBands.Count; band++)
                {
                    int right = band + 1 < RiskBands.Count ? BoundaryX(cx, dy, RiskBands.LowerBound(band + 1)) : int.MaxValue;

                    // The boundary pixel itself stays background: a thin gap keeps the bands apart for every reader.
                    int from = band == 0 ? left : left + 1;
                    int to = right == int.MaxValue ? right : right - 1;
                    int color = palette.Band(band);
                    Run(canvas, color, y, from, to, cx - wo, cx - wi - 1);
                    Run(canvas, color, y, from, to, cx + wi + 1, cx + wo);
                    left = right;
                }
            }
        }

        /// <summary>Fills row <paramref name="y"/> where [from, to] and [spanFrom, spanTo] overlap.</summary>
        private static void Run(Canvas canvas, int color, int y, int from, int to, int spanFrom, int spanTo)
        {
            int a = from > spanFrom ? from : spanFrom;
            int b = to < spanTo ? to : spanTo;
            if (a <= b)
            {
                canvas.FillRectangle(a, y, b - a + 1, 1, color);
            }
        }

        /// <summary>Where the ray at a score boundary crosses the row <paramref name="dy"/> above the centre.</summary>
        private static int BoundaryX(int cx, int dy, int score)
        {
            int angle = AngleOf(score);
            long cos = FixedTrig.Cos(angle);
            long sin = FixedTrig.Sin(angle);

            // Interior boundaries lie strictly between 0 and 180 degrees, so sin > 0; round to nearest.
            long numerator = 2 * dy * cos;
            long offset = numerator >= 0 ? (numerator + sin) / (2 * sin) : -((-numerator + sin) / (2 * sin));
            return cx + (int)offset;
        }

        /// <summary>Floor of the square root of a non-negative int (no System.Math on nano).</summary>
        private static int ISqrt(int value)
        {
            if (value <= 0)
            {
                return 0;
            }

            int root = 0;
            int bit = 1 << 30;
            while (bit > value)
            {
                bit >>= 2;
            }

            while (bit != 0)
            {
                if (value >= root + bit)
                {
                    value -= root + bit;
                    root = (root >> 1) + bit;
                }
                else
                {
                    root >>= 1;
                }

                bit >>= 2;
            }

            return root;
        }
    }
}
