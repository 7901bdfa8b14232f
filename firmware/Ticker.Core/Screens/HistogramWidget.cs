using Ticker.Data;
using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>
    /// The 24 hourly liquidation bars, oldest on the left: longs grow up from a middle baseline, shorts down from
    /// it, both on one scale (the largest bucket). Unknown buckets leave a gap; no data at all shows the baseline only.
    /// </summary>
    public sealed class HistogramWidget : Widget
    {
        /// <summary>Bars drawn.</summary>
        public const int Bars = LiqSection.HourlyCapacity;

        private readonly int[] _up = new int[Bars];
        private readonly int[] _down = new int[Bars];
        private int _upColor;
        private int _downColor;

        /// <summary>Creates the histogram.</summary>
        public HistogramWidget(Rect bounds)
            : base(bounds)
        {
        }

        /// <summary>Sets the buckets; dirty only when some bar's pixel height or the colours change.</summary>
        public void SetValues(long[] longs, long[] shorts, int count, int longColor, int shortColor)
        {
            long max = 0;
            for (int i = 0; i < count && i < Bars; i++)
            {
                max = Larger(max, longs[i]);
                max = Larger(max, shorts[i]);
            }

            int half = (Bounds.Height - 1) / 2;
            bool changed = longColor != _upColor || shortColor != _downColor;
            for (int i = 0; i < Bars; i++)
            {
                // Right-aligned: the newest hour is always the last bar, whatever count the feed sent.
                int source = i - (Bars - count);
                int up = source >= 0 ? Scale(longs[source], max, half) : 0;
                int down = source >= 0 ? Scale(shorts[source], max, half) : 0;
                if (up != _up[i] || down != _down[i])
                {
                    _up[i] = up;
                    _down[i] = down;
                    changed = true;
                }
            }

            _upColor = longColor;
            _downColor = shortColor;
            if (changed)
            {
                Dirty = true;
            }
        }

        /// <inheritdoc/>
        public override void Draw(Canvas canvas, Palette palette)
        {
            Rect b = Bounds;
            int half = (b.Height - 1) / 2;
            int baseline = b.Y + half;
            int pitch = b.Width / Bars;
            int barWidth = pitch > 2 ? pitch - 1 : 1;
            int left = b.X + ((b.Width - (pitch * Bars)) / 2);
            canvas.FillRectangle(b.X, baseline, b.Width, 1, palette.Track);
            for (int i = 0; i < Bars; i++)
            {
                int x = left + (i * pitch);
                canvas.FillRectangle(x, baseline - _up[i], barWidth, _up[i], _upColor);
                canvas.FillRectangle(x, baseline + 1, barWidth, _down[i], _downColor);
            }
        }

        private static long Larger(long max, long value)
        {
            return !Value.IsMissing(value) && value > max ? value : max;
        }

        private static int Scale(long value, long max, int pixels)
        {
            if (Value.IsMissing(value) || value <= 0 || max <= 0)
            {
                return 0;
            }

            long scaled = ((value * pixels) + (max / 2)) / max;

            // A small but real bucket still shows one pixel: an empty-looking hour would read as "none".
            return scaled < 1 ? 1 : (int)scaled;
        }
    }
}
