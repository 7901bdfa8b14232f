using Ticker.Drawing;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>
    /// A drawing surface that draws nothing and fingerprints every call the screens make (method, coordinates,
    /// colours, text, font), and every flush: the same calls give the same number on nanoCLR and on .NET.
    /// Text is measured with fixed metrics (a font's nominal height, characters 0.6 of it wide) because the
    /// virtual device has no fonts: the real ones are resources, built only by the Windows project system.
    /// </summary>
    public sealed class DrawCallHasher : IDrawingSurface, IFlushTarget
    {
        private const int CallSetClip = 1;
        private const int CallFillRectangle = 2;
        private const int CallDrawRectangle = 3;
        private const int CallFillRoundRectangle = 4;
        private const int CallDrawLine = 5;
        private const int CallDrawEllipse = 6;
        private const int CallFillEllipse = 7;
        private const int CallDrawText = 8;
        private const int CallFlush = 9;

        private readonly int _width;
        private readonly int _height;
        private readonly Fnv32 _hash = new Fnv32();
        private int _calls;

        /// <summary>A surface of the given size (a stripe of the screen, or all of it).</summary>
        public DrawCallHasher(int width, int height)
        {
            _width = width;
            _height = height;
        }

        /// <summary>The fingerprint of every call so far.</summary>
        public uint Hash
        {
            get { return _hash.Hash; }
        }

        /// <summary>How many drawing and flush calls were made.</summary>
        public int Calls
        {
            get { return _calls; }
        }

        /// <inheritdoc />
        public int Width
        {
            get { return _width; }
        }

        /// <inheritdoc />
        public int Height
        {
            get { return _height; }
        }

        /// <summary>Width of one character in the fixed test metrics.</summary>
        public static int CharWidth(int fontId)
        {
            return FontIds.NominalHeight(fontId) * 6 / 10;
        }

        /// <inheritdoc />
        public void SetClip(int x, int y, int width, int height)
        {
            Call(CallSetClip, x, y, width, height);
        }

        /// <inheritdoc />
        public void FillRectangle(int x, int y, int width, int height, int rgb)
        {
            Call(CallFillRectangle, x, y, width, height);
            _hash.Add(rgb);
        }

        /// <inheritdoc />
        public void DrawRectangle(int x, int y, int width, int height, int thickness, int rgb)
        {
            Call(CallDrawRectangle, x, y, width, height);
            _hash.Add(thickness);
            _hash.Add(rgb);
        }

        /// <inheritdoc />
        public void FillRoundRectangle(int x, int y, int width, int height, int cornerRadius, int rgb)
        {
            Call(CallFillRoundRectangle, x, y, width, height);
            _hash.Add(cornerRadius);
            _hash.Add(rgb);
        }

        /// <inheritdoc />
        public void DrawLine(int rgb, int thickness, int x0, int y0, int x1, int y1)
        {
            Call(CallDrawLine, x0, y0, x1, y1);
            _hash.Add(thickness);
            _hash.Add(rgb);
        }

        /// <inheritdoc />
        public void DrawEllipse(int rgb, int x, int y, int xRadius, int yRadius)
        {
            Call(CallDrawEllipse, x, y, xRadius, yRadius);
            _hash.Add(rgb);
        }

        /// <inheritdoc />
        public void FillEllipse(int rgb, int x, int y, int xRadius, int yRadius)
        {
            Call(CallFillEllipse, x, y, xRadius, yRadius);
            _hash.Add(rgb);
        }

        /// <inheritdoc />
        public void DrawText(string text, int fontId, int rgb, int x, int y)
        {
            Call(CallDrawText, x, y, fontId, rgb);
            _hash.Add(text);
        }

        /// <inheritdoc />
        public int MeasureText(string text, int fontId)
        {
            return text.Length * CharWidth(fontId);
        }

        /// <inheritdoc />
        public int FontHeight(int fontId)
        {
            return FontIds.NominalHeight(fontId);
        }

        /// <inheritdoc />
        public void Flush(int surfaceX, int surfaceY, int width, int height, int screenX, int screenY)
        {
            Call(CallFlush, surfaceX, surfaceY, width, height);
            _hash.Add(screenX);
            _hash.Add(screenY);
        }

        private void Call(int call, int a, int b, int c, int d)
        {
            _calls++;
            _hash.Add(call);
            _hash.Add(a);
            _hash.Add(b);
            _hash.Add(c);
            _hash.Add(d);
        }
    }
}
