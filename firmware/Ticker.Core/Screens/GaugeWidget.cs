using Ticker.Data;
using Ticker.Drawing;
using Ticker.Maths;

namespace Ticker.Views
{
    /// <summary>
    /// The risk gauge: a semicircular arc in the five <see cref="RiskBands"/> colours (score 0 on the left, 100 on
    /// the right) and a needle at the score. Built from one-pixel lines placed with <see cref="FixedTrig"/>:
    /// Graphics has no arc primitive, and Bitmap.DrawLine ignores thickness on current firmware, so the thick arc is
    /// radial spokes close enough to leave no gap and the needle is three parallel lines.
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

            // Spokes no further apart than one pixel at the outer edge: 57.3 degrees per radian, in centidegrees.
            int step = 5729 / outer;
            if (step < 1)
            {
                step = 1;
            }

            for (int band = 0; band < RiskBands.Count; band++)
            {
                int from = AngleOf(RiskBands.LowerBound(band));
                int to = AngleOf(RiskBands.UpperBound(band));
                int color = palette.Band(band);

                // A one-spoke gap between bands keeps them apart for colour-blind readers too.
                for (int a = from - (band == 0 ? 0 : step); a >= to; a -= step)
                {
                    Spoke(canvas, color, cx, cy, inner, outer, a);
                }

                Spoke(canvas, color, cx, cy, inner, outer, to);
            }

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

        private static void Spoke(Canvas canvas, int color, int cx, int cy, int inner, int outer, int angle)
        {
            int x0;
            int y0;
            int x1;
            int y1;
            FixedTrig.PointOnCircle(cx, cy, inner, angle, out x0, out y0);
            FixedTrig.PointOnCircle(cx, cy, outer, angle, out x1, out y1);
            canvas.DrawLine(color, x0, y0, x1, y1);
        }
    }
}
