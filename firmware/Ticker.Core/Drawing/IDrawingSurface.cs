namespace Ticker.Drawing
{
    /// <summary>
    /// The pixels the screens draw on: one nanoFramework.Graphics Bitmap on the device (a stripe of the screen, not
    /// the whole frame), a raster in tests, a PNG on the host. Every method maps one-to-one onto a Bitmap call
    /// (docs/drawing.md has the table), so the device adapter is a thin shim and nothing is emulated in managed code.
    /// Coordinates are the surface's own (0,0 = its top-left); colours are 0xRRGGBB.
    /// </summary>
    public interface IDrawingSurface
    {
        /// <summary>Width of the surface in pixels.</summary>
        int Width { get; }

        /// <summary>Height of the surface in pixels.</summary>
        int Height { get; }

        /// <summary>Restricts every following call to this rectangle (Bitmap.SetClippingRectangle).</summary>
        void SetClip(int x, int y, int width, int height);

        /// <summary>Opaque filled rectangle (Bitmap.FillRectangle with OpacityOpaque).</summary>
        void FillRectangle(int x, int y, int width, int height, int rgb);

        /// <summary>Rectangle outline (Bitmap.DrawRectangle(x, y, w, h, thickness, color)).</summary>
        void DrawRectangle(int x, int y, int width, int height, int thickness, int rgb);

        /// <summary>Opaque filled rectangle with rounded corners (Bitmap.FillRoundRectangle).</summary>
        void FillRoundRectangle(int x, int y, int width, int height, int cornerRadius, int rgb);

        /// <summary>Line between two points, end points included (Bitmap.DrawLine). Thickness 1 is the only one
        /// every firmware honours; thicker strokes are built from several lines by the caller.</summary>
        void DrawLine(int rgb, int thickness, int x0, int y0, int x1, int y1);

        /// <summary>Ellipse outline centred on (x, y) (Bitmap.DrawEllipse(color, x, y, rx, ry)).</summary>
        void DrawEllipse(int rgb, int x, int y, int xRadius, int yRadius);

        /// <summary>Filled ellipse (Bitmap.DrawEllipse with the fill gradient's two colours equal to the outline's).</summary>
        void FillEllipse(int rgb, int x, int y, int xRadius, int yRadius);

        /// <summary>One line of text, (x, y) its top-left corner (Bitmap.DrawText(text, font, color, x, y)).</summary>
        void DrawText(string text, int fontId, int rgb, int x, int y);

        /// <summary>Width in pixels of <paramref name="text"/> in the font (Font.ComputeExtent).</summary>
        int MeasureText(string text, int fontId);

        /// <summary>Line height of the font in pixels (Font.Height).</summary>
        int FontHeight(int fontId);
    }
}
