namespace Ticker.Drawing
{
    /// <summary>
    /// Draws any part of the screen onto a surface that holds only that part. Callers use screen coordinates; the
    /// canvas subtracts the region's origin and clips to the region (and to the widget being drawn), so a device
    /// without PSRAM renders the screen as horizontal stripes into one small Bitmap, and every stripe matches the
    /// same rows of a whole-screen render pixel for pixel.
    /// </summary>
    public sealed class Canvas
    {
        private readonly IDrawingSurface _surface;
        private Rect _region;
        private Rect _clip;
        private bool _greyed;

        /// <summary>Creates a canvas over a surface; call <see cref="Begin"/> before drawing.</summary>
        public Canvas(IDrawingSurface surface)
        {
            _surface = surface;
            _region = new Rect(0, 0, surface.Width, surface.Height);
            _clip = _region;
        }

        /// <summary>The surface drawn on.</summary>
        public IDrawingSurface Surface
        {
            get { return _surface; }
        }

        /// <summary>The part of the screen the surface holds now, in screen coordinates.</summary>
        public Rect Region
        {
            get { return _region; }
        }

        /// <summary>The current clip in screen coordinates (always inside <see cref="Region"/>).</summary>
        public Rect Clip
        {
            get { return _clip; }
        }

        /// <summary>
        /// When true every colour but the background is drawn as a dim grey: stale data keeps its layout but
        /// visibly loses its meaning.
        /// </summary>
        public bool Greyed
        {
            get { return _greyed; }
            set { _greyed = value; }
        }

        /// <summary>
        /// Starts drawing the screen rectangle <paramref name="region"/>, which the surface holds at its (0, 0).
        /// The region must fit in the surface.
        /// </summary>
        public void Begin(Rect region)
        {
            _region = region;
            _greyed = false;
            ClipTo(region);
        }

        /// <summary>Restricts drawing to <paramref name="bounds"/> within the region; false when nothing of it is visible.</summary>
        public bool ClipTo(Rect bounds)
        {
            _clip = Rect.Intersect(bounds, _region);
            if (_clip.IsEmpty)
            {
                return false;
            }

            _surface.SetClip(_clip.X - _region.X, _clip.Y - _region.Y, _clip.Width, _clip.Height);
            return true;
        }

        /// <summary>Fills a rectangle; the background colour is never greyed.</summary>
        public void FillRectangle(int x, int y, int width, int height, int rgb)
        {
            if (width <= 0 || height <= 0)
            {
                return;
            }

            _surface.FillRectangle(x - _region.X, y - _region.Y, width, height, Map(rgb));
        }

        /// <summary>Fills a rectangle with the background colour as given, never greyed.</summary>
        public void Clear(Rect bounds, int background)
        {
            _surface.FillRectangle(bounds.X - _region.X, bounds.Y - _region.Y, bounds.Width, bounds.Height, background);
        }

        /// <summary>Rectangle outline.</summary>
        public void DrawRectangle(int x, int y, int width, int height, int thickness, int rgb)
        {
            _surface.DrawRectangle(x - _region.X, y - _region.Y, width, height, thickness, Map(rgb));
        }

        /// <summary>Filled rounded rectangle.</summary>
        public void FillRoundRectangle(int x, int y, int width, int height, int radius, int rgb)
        {
            _surface.FillRoundRectangle(x - _region.X, y - _region.Y, width, height, radius, Map(rgb));
        }

        /// <summary>One-pixel line, end points included.</summary>
        public void DrawLine(int rgb, int x0, int y0, int x1, int y1)
        {
            _surface.DrawLine(Map(rgb), 1, x0 - _region.X, y0 - _region.Y, x1 - _region.X, y1 - _region.Y);
        }

        /// <summary>Ellipse outline.</summary>
        public void DrawEllipse(int rgb, int x, int y, int xRadius, int yRadius)
        {
            _surface.DrawEllipse(Map(rgb), x - _region.X, y - _region.Y, xRadius, yRadius);
        }

        /// <summary>Filled ellipse.</summary>
        public void FillEllipse(int rgb, int x, int y, int xRadius, int yRadius)
        {
            _surface.FillEllipse(Map(rgb), x - _region.X, y - _region.Y, xRadius, yRadius);
        }

        /// <summary>Text with its top-left corner at (x, y).</summary>
        public void DrawText(string text, int fontId, int rgb, int x, int y)
        {
            _surface.DrawText(text, fontId, Map(rgb), x - _region.X, y - _region.Y);
        }

        /// <summary>Width of the text in pixels.</summary>
        public int MeasureText(string text, int fontId)
        {
            return _surface.MeasureText(text, fontId);
        }

        /// <summary>Line height of the font in pixels.</summary>
        public int FontHeight(int fontId)
        {
            return _surface.FontHeight(fontId);
        }

        private int Map(int rgb)
        {
            return _greyed ? Rgb565.Greyed(rgb) : rgb;
        }
    }
}
