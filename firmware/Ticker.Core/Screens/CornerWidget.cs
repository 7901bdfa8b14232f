using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>
    /// A self-test corner marker: three nested L-shaped lines, 2 pixels apart, the outer one on the panel's very
    /// edge. All three must show in every corner; each one missing means the picture is shifted 2 more pixels
    /// off that edge (docs/first-boot.md).
    /// </summary>
    public sealed class CornerWidget : Widget
    {
        /// <summary>Lines per corner.</summary>
        public const int Lines = 3;

        /// <summary>Pixels from one line to the next.</summary>
        public const int Spacing = 2;

        private readonly bool _right;
        private readonly bool _bottom;

        /// <summary>Creates the marker for the corner of <paramref name="bounds"/> that is on the screen's edge.</summary>
        public CornerWidget(Rect bounds, bool right, bool bottom)
            : base(bounds)
        {
            _right = right;
            _bottom = bottom;
            GreysWhenStale = false;
        }

        /// <inheritdoc/>
        public override void Draw(Canvas canvas, Palette palette)
        {
            Rect b = Bounds;
            for (int i = 0; i < Lines; i++)
            {
                int d = i * Spacing;
                int length = b.Width - d;
                int x = _right ? b.Right - 1 - d : b.X + d;
                int y = _bottom ? b.Bottom - 1 - d : b.Y + d;

                // The horizontal arm runs from the corner line inwards, the vertical arm likewise.
                canvas.FillRectangle(_right ? x - length + 1 : x, y, length, 1, palette.Text);
                canvas.FillRectangle(x, _bottom ? y - length + 1 : y, 1, length, palette.Text);
            }
        }
    }
}
