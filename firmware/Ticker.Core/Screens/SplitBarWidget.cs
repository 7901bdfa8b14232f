using Ticker.Data;
using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>
    /// A horizontal bar split in two by the share of two amounts (longs vs shorts, Binance vs the rest). Unknown
    /// amounts show the empty track only, never a made-up split.
    /// </summary>
    public sealed class SplitBarWidget : Widget
    {
        private int _split = -1;
        private int _leftColor;
        private int _rightColor;

        /// <summary>Creates a split bar filling its bounds.</summary>
        public SplitBarWidget(Rect bounds)
            : base(bounds)
        {
        }

        /// <summary>Pixels given to the left amount, or -1 when unknown.</summary>
        public int SplitPixels
        {
            get { return _split; }
        }

        /// <summary>Sets the two amounts; dirty only when the split moves by a pixel or the colours change.</summary>
        public void SetValues(long left, long right, int leftColor, int rightColor)
        {
            int split = -1;
            if (!Value.IsMissing(left) && !Value.IsMissing(right) && left >= 0 && right >= 0 && left + right > 0)
            {
                // Scaled in two steps so amounts up to long.MaxValue / width cannot overflow.
                long total = left + right;
                split = (int)((left * Bounds.Width + (total / 2)) / total);
            }

            SetSplit(split, leftColor, rightColor);
        }

        /// <summary>Sets the left share directly in hundredths of a percent (0..10000), or Missing.</summary>
        public void SetShare(long shareE2, int leftColor, int rightColor)
        {
            int split = -1;
            if (!Value.IsMissing(shareE2))
            {
                long clamped = shareE2 < 0 ? 0 : (shareE2 > 10000 ? 10000 : shareE2);
                split = (int)((clamped * Bounds.Width + 5000) / 10000);
            }

            SetSplit(split, leftColor, rightColor);
        }

        /// <inheritdoc/>
        public override void Draw(Canvas canvas, Palette palette)
        {
            Rect b = Bounds;
            if (_split < 0)
            {
                canvas.FillRectangle(b.X, b.Y, b.Width, b.Height, palette.Track);
                return;
            }

            canvas.FillRectangle(b.X, b.Y, _split, b.Height, _leftColor);
            canvas.FillRectangle(b.X + _split, b.Y, b.Width - _split, b.Height, _rightColor);
        }

        private void SetSplit(int split, int leftColor, int rightColor)
        {
            if (split != _split || leftColor != _leftColor || rightColor != _rightColor)
            {
                _split = split;
                _leftColor = leftColor;
                _rightColor = rightColor;
                Dirty = true;
            }
        }
    }
}
