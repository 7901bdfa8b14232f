using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>
    /// The self-test's colour bars: red, green, blue, white, black, then the palette's watch, warning and cascade
    /// colours, each labelled (R G B W K 1 2 3) so a swapped or inverted colour reads as a wrong label.
    /// </summary>
    public sealed class ColorBarsWidget : Widget
    {
        /// <summary>Number of bars.</summary>
        public const int Count = 8;

        private static readonly string[] Labels = { "R", "G", "B", "W", "K", "1", "2", "3" };

        /// <summary>Creates the bars.</summary>
        public ColorBarsWidget(Rect bounds)
            : base(bounds)
        {
            GreysWhenStale = false;
        }

        /// <summary>The colour of bar <paramref name="index"/> in <paramref name="palette"/>.</summary>
        public static int ColorOf(int index, Palette palette)
        {
            switch (index)
            {
                case 0:
                    return 0xFF0000;
                case 1:
                    return 0x00FF00;
                case 2:
                    return 0x0000FF;
                case 3:
                    return 0xFFFFFF;
                case 4:
                    return 0x000000;
                default:
                    return palette.Alert(index - 4);
            }
        }

        /// <summary>The label of bar <paramref name="index"/>.</summary>
        public static string LabelOf(int index)
        {
            return Labels[index];
        }

        /// <inheritdoc/>
        public override void Draw(Canvas canvas, Palette palette)
        {
            Rect b = Bounds;
            int width = b.Width / Count;
            int font = FontIds.Small;
            int textY = b.Y + ((b.Height - canvas.FontHeight(font)) / 2);
            for (int i = 0; i < Count; i++)
            {
                int x = b.X + (i * width);
                int w = i == Count - 1 ? b.Right - x : width;
                int color = ColorOf(i, palette);
                canvas.FillRectangle(x, b.Y, w, b.Height, color);
                if (color == palette.Background)
                {
                    // Black on black: an outline shows where the bar is.
                    canvas.DrawRectangle(x, b.Y, w, b.Height, 1, palette.Dim);
                }

                string label = Labels[i];
                canvas.DrawText(label, font, Palette.TextOn(color), x + ((w - canvas.MeasureText(label, font)) / 2), textY);
            }
        }
    }
}
