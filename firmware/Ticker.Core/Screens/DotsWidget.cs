using Ticker.App;
using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>One dot per screen, the current one filled: where the button will take you next.</summary>
    public sealed class DotsWidget : Widget
    {
        private int _current = -1;

        /// <summary>Creates the dots, centred in their bounds.</summary>
        public DotsWidget(Rect bounds)
            : base(bounds)
        {
            GreysWhenStale = false;
        }

        /// <summary>Sets the current screen; dirty only when it changes.</summary>
        public void SetCurrent(int index)
        {
            if (index != _current)
            {
                _current = index;
                Dirty = true;
            }
        }

        /// <inheritdoc/>
        public override void Draw(Canvas canvas, Palette palette)
        {
            Rect b = Bounds;
            int r = (b.Height - 1) / 4;
            if (r < 2)
            {
                r = 2;
            }

            int pitch = (r * 2) + r + 2;
            int left = b.X + ((b.Width - (pitch * Screens.Count) + pitch) / 2);
            int cy = b.Y + (b.Height / 2);
            for (int i = 0; i < Screens.Count; i++)
            {
                int cx = left + (i * pitch);
                if (i == _current)
                {
                    canvas.FillEllipse(palette.Text, cx, cy, r, r);
                }
                else
                {
                    canvas.DrawEllipse(palette.Dim, cx, cy, r, r);
                }
            }
        }
    }
}
