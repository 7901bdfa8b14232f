using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>
    /// A whole-screen message for the moments before there is data: the boot screen, Wi-Fi progress, setup mode
    /// (which access point to join and which address to open) and fatal errors. A title and up to three lines,
    /// drawn stripe by stripe like every other screen, so it needs no bigger buffer than the board has.
    /// </summary>
    public sealed class MessageScreen
    {
        private const int Margin = 8;

        private readonly int _width;
        private readonly int _height;
        private readonly string[] _lines = new string[3];
        private string _title = "";

        public MessageScreen(int width, int height)
        {
            _width = width;
            _height = height;
        }

        public string Title
        {
            get { return _title; }
        }

        /// <summary>Line <paramref name="index"/> (0-2), or null.</summary>
        public string Line(int index)
        {
            return _lines[index];
        }

        /// <summary>Sets the message; null lines are left empty.</summary>
        public void Set(string title, string line1, string line2, string line3)
        {
            _title = title ?? "";
            _lines[0] = line1;
            _lines[1] = line2;
            _lines[2] = line3;
        }

        /// <summary>Draws the screen rectangle <paramref name="region"/>, which the canvas's surface holds at its (0, 0).</summary>
        public void Render(Canvas canvas, Rect region)
        {
            Palette palette = Palette.Standard;
            canvas.Begin(region);
            canvas.Clear(region, palette.Background);
            int y = Margin;
            canvas.DrawText(_title, FontIds.Large, palette.Text, Margin, y);
            y += canvas.FontHeight(FontIds.Large) + Margin;
            for (int i = 0; i < _lines.Length; i++)
            {
                if (_lines[i] != null)
                {
                    int font;
                    string text = TextFit.Fit(canvas, _lines[i], FontIds.Body, FontIds.Small, _width - (2 * Margin), canvas.FontHeight(FontIds.Body), out font);
                    canvas.DrawText(text, font, i == 0 ? palette.Text : palette.Dim, Margin, y);
                }

                y += canvas.FontHeight(FontIds.Body) + (Margin / 2);
            }
        }

        /// <summary>Draws the whole screen through <paramref name="canvas"/> in stripes that fit its surface, flushing each.</summary>
        public void Paint(Canvas canvas, IFlushTarget target)
        {
            var screen = new Rect(0, 0, _width, _height);
            IDrawingSurface surface = canvas.Surface;
            int rows = Stripes.RowsFor(screen, surface.Width * surface.Height * 2, surface.Height);
            int count = Stripes.Count(screen, rows);
            for (int i = 0; i < count; i++)
            {
                Rect stripe = Stripes.Get(screen, rows, i);
                Render(canvas, stripe);
                target.Flush(0, 0, stripe.Width, stripe.Height, stripe.X, stripe.Y);
            }
        }
    }
}
