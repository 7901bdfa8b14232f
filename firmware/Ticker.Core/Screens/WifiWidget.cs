using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>Wi-Fi signal as four rising bars; a crossed-out empty set when disconnected.</summary>
    public sealed class WifiWidget : Widget
    {
        private int _bars = -1;

        /// <summary>Creates the indicator.</summary>
        public WifiWidget(Rect bounds)
            : base(bounds)
        {
            GreysWhenStale = false;
        }

        /// <summary>Bars lit (0-4), or -1 when disconnected.</summary>
        public int Bars
        {
            get { return _bars; }
        }

        /// <summary>Sets the state; dirty only when the bar count changes.</summary>
        public void SetSignal(bool connected, int signalDbm)
        {
            int bars = !connected ? -1 : BarsFor(signalDbm);
            if (bars != _bars)
            {
                _bars = bars;
                Dirty = true;
            }
        }

        /// <summary>Bars for a signal strength: -55 dBm or better 4, -65 3, -75 2, -85 1, else 0.</summary>
        public static int BarsFor(int signalDbm)
        {
            if (signalDbm >= -55)
            {
                return 4;
            }

            if (signalDbm >= -65)
            {
                return 3;
            }

            if (signalDbm >= -75)
            {
                return 2;
            }

            return signalDbm >= -85 ? 1 : 0;
        }

        /// <inheritdoc/>
        public override void Draw(Canvas canvas, Palette palette)
        {
            Rect b = Bounds;
            int pitch = b.Width / 4;
            int barWidth = pitch > 2 ? pitch - 1 : 1;
            for (int i = 0; i < 4; i++)
            {
                int h = (b.Height * (i + 1)) / 4;
                int color = i < _bars ? palette.Text : palette.Track;
                canvas.FillRectangle(b.X + (i * pitch), b.Bottom - h, barWidth, h, color);
            }

            if (_bars < 0)
            {
                canvas.DrawLine(palette.Down, b.X, b.Y, b.Right - 1, b.Bottom - 1);
                canvas.DrawLine(palette.Down, b.X, b.Bottom - 1, b.Right - 1, b.Y);
            }
        }
    }
}
