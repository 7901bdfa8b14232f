using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>The self-test's arrow pointing to the top of the panel, with "UP" under it: a turned picture shows at once.</summary>
    public sealed class ArrowWidget : Widget
    {
        private const string Label = "UP";

        /// <summary>Creates the arrow.</summary>
        public ArrowWidget(Rect bounds)
            : base(bounds)
        {
            GreysWhenStale = false;
        }

        /// <inheritdoc/>
        public override void Draw(Canvas canvas, Palette palette)
        {
            Rect b = Bounds;
            int font = FontIds.Small;
            int labelHeight = canvas.FontHeight(font);
            int centre = b.X + (b.Width / 2);
            int half = (b.Width / 2) - 1;
            int head = half + 1;

            // The head, row by row (Bitmap has no polygon fill): one more pixel each side per row.
            for (int row = 0; row < head; row++)
            {
                int w = row * half / (head - 1);
                canvas.FillRectangle(centre - w, b.Y + row, (2 * w) + 1, 1, palette.Text);
            }

            int shaft = b.Width / 3;
            int shaftBottom = b.Bottom - labelHeight - 2;
            canvas.FillRectangle(centre - (shaft / 2), b.Y + head, shaft, shaftBottom - (b.Y + head), palette.Text);
            canvas.DrawText(Label, font, palette.Text, centre - (canvas.MeasureText(Label, font) / 2), b.Bottom - labelHeight);
        }
    }
}
