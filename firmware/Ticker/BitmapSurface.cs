using System.Drawing;
using nanoFramework.UI;
using Ticker.Drawing;

namespace Ticker
{
    /// <summary>
    /// The core's drawing surface and flush target on one nanoFramework.Graphics Bitmap (a stripe of the screen, or
    /// the whole frame with PSRAM). One Bitmap call per method, as tabled in docs/drawing.md.
    /// </summary>
    public sealed class BitmapSurface : IDrawingSurface, IFlushTarget
    {
        private readonly Bitmap _bitmap;
        private readonly Font[] _fonts;
        private readonly bool _swapRedBlue;
        private readonly bool _invert;

        /// <param name="swapRedBlue">Swap red and blue in every colour (a colour-order override on a built-in driver).</param>
        /// <param name="invert">Invert every colour (an inversion override on a built-in driver).</param>
        public BitmapSurface(Bitmap bitmap, Font[] fonts, bool swapRedBlue, bool invert)
        {
            _bitmap = bitmap;
            _fonts = fonts;
            _swapRedBlue = swapRedBlue;
            _invert = invert;
        }

        public int Width
        {
            get { return _bitmap.Width; }
        }

        public int Height
        {
            get { return _bitmap.Height; }
        }

        public void SetClip(int x, int y, int width, int height)
        {
            _bitmap.SetClippingRectangle(x, y, width, height);
        }

        public void FillRectangle(int x, int y, int width, int height, int rgb)
        {
            _bitmap.FillRectangle(x, y, width, height, ColorOf(rgb), Bitmap.OpacityOpaque);
        }

        public void DrawRectangle(int x, int y, int width, int height, int thickness, int rgb)
        {
            _bitmap.DrawRectangle(x, y, width, height, thickness, ColorOf(rgb));
        }

        public void FillRoundRectangle(int x, int y, int width, int height, int cornerRadius, int rgb)
        {
            _bitmap.FillRoundRectangle(x, y, width, height, cornerRadius, cornerRadius, ColorOf(rgb), Bitmap.OpacityOpaque);
        }

        public void DrawLine(int rgb, int thickness, int x0, int y0, int x1, int y1)
        {
            _bitmap.DrawLine(ColorOf(rgb), thickness, x0, y0, x1, y1);
        }

        public void DrawEllipse(int rgb, int x, int y, int xRadius, int yRadius)
        {
            _bitmap.DrawEllipse(ColorOf(rgb), x, y, xRadius, yRadius);
        }

        public void FillEllipse(int rgb, int x, int y, int xRadius, int yRadius)
        {
            Color color = ColorOf(rgb);
            _bitmap.DrawEllipse(color, 1, x, y, xRadius, yRadius, color, 0, 0, color, 0, 0, Bitmap.OpacityOpaque);
        }

        public void DrawText(string text, int fontId, int rgb, int x, int y)
        {
            _bitmap.DrawText(text, _fonts[fontId], ColorOf(rgb), x, y);
        }

        public int MeasureText(string text, int fontId)
        {
            int width;
            int height;
            _fonts[fontId].ComputeExtent(text, out width, out height);
            return width;
        }

        public int FontHeight(int fontId)
        {
            return _fonts[fontId].Height;
        }

        public void Flush(int surfaceX, int surfaceY, int width, int height, int screenX, int screenY)
        {
            _bitmap.Flush(surfaceX, surfaceY, width, height, screenX, screenY);
        }

        private Color ColorOf(int rgb)
        {
            return Color.FromArgb(unchecked((int)0xFF000000) | PanelColor.Apply(rgb, _swapRedBlue, _invert));
        }
    }
}
