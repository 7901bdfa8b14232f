using System;
using System.Collections.Generic;
using Ticker.Drawing;

namespace Ticker.Core.Tests.Views
{
    /// <summary>
    /// A reference surface for tests: an RGB int[] framebuffer with simple primitives, honouring the clip like a
    /// Bitmap does, and a fake monospace font (glyph width = 0.6 x height, a pattern per character so different
    /// texts give different pixels). It records every text box that left the clip it was drawn under.
    /// </summary>
    public sealed class RasterSurface : IDrawingSurface
    {
        private int _clipX;
        private int _clipY;
        private int _clipRight;
        private int _clipBottom;

        public RasterSurface(int width, int height, int fill = 0x123456)
        {
            Width = width;
            Height = height;
            Pixels = new int[width * height];
            Array.Fill(Pixels, fill);
            SetClip(0, 0, width, height);
        }

        public int Width { get; }

        public int Height { get; }

        public int[] Pixels { get; }

        /// <summary>Every DrawText whose box was not inside the clip in force: "text @ box outside clip".</summary>
        public List<string> TextOutsideClip { get; } = new();

        /// <summary>Every text drawn, in surface coordinates.</summary>
        public List<(string Text, int Font, int X, int Y, int Width, int Height, int Rgb)> Texts { get; } = new();

        public static int CharWidth(int fontId) => FontIds.NominalHeight(fontId) * 6 / 10;

        public int Pixel(int x, int y) => Pixels[(y * Width) + x];

        public void SetClip(int x, int y, int width, int height)
        {
            _clipX = Math.Max(0, x);
            _clipY = Math.Max(0, y);
            _clipRight = Math.Min(Width, x + width);
            _clipBottom = Math.Min(Height, y + height);
        }

        public void FillRectangle(int x, int y, int width, int height, int rgb)
        {
            for (int yy = y; yy < y + height; yy++)
            {
                for (int xx = x; xx < x + width; xx++)
                {
                    Plot(xx, yy, rgb);
                }
            }
        }

        public void DrawRectangle(int x, int y, int width, int height, int thickness, int rgb)
        {
            for (int t = 0; t < thickness; t++)
            {
                FillRectangle(x + t, y + t, width - (2 * t), 1, rgb);
                FillRectangle(x + t, y + height - 1 - t, width - (2 * t), 1, rgb);
                FillRectangle(x + t, y + t, 1, height - (2 * t), rgb);
                FillRectangle(x + width - 1 - t, y + t, 1, height - (2 * t), rgb);
            }
        }

        public void FillRoundRectangle(int x, int y, int width, int height, int cornerRadius, int rgb)
        {
            int r = cornerRadius;
            for (int yy = 0; yy < height; yy++)
            {
                for (int xx = 0; xx < width; xx++)
                {
                    int dx = xx < r ? r - xx : (xx >= width - r ? xx - (width - r - 1) : 0);
                    int dy = yy < r ? r - yy : (yy >= height - r ? yy - (height - r - 1) : 0);
                    if ((dx * dx) + (dy * dy) <= r * r)
                    {
                        Plot(x + xx, y + yy, rgb);
                    }
                }
            }
        }

        public void DrawLine(int rgb, int thickness, int x0, int y0, int x1, int y1)
        {
            int dx = Math.Abs(x1 - x0);
            int dy = -Math.Abs(y1 - y0);
            int sx = x0 < x1 ? 1 : -1;
            int sy = y0 < y1 ? 1 : -1;
            int err = dx + dy;
            while (true)
            {
                Plot(x0, y0, rgb);
                if (x0 == x1 && y0 == y1)
                {
                    return;
                }

                int e2 = 2 * err;
                if (e2 >= dy)
                {
                    err += dy;
                    x0 += sx;
                }

                if (e2 <= dx)
                {
                    err += dx;
                    y0 += sy;
                }
            }
        }

        public void DrawEllipse(int rgb, int x, int y, int xRadius, int yRadius)
        {
            for (int a = 0; a < 360 * 4; a++)
            {
                double t = a * Math.PI / 720;
                Plot(x + (int)Math.Round(xRadius * Math.Cos(t)), y + (int)Math.Round(yRadius * Math.Sin(t)), rgb);
            }
        }

        public void FillEllipse(int rgb, int x, int y, int xRadius, int yRadius)
        {
            for (int dy = -yRadius; dy <= yRadius; dy++)
            {
                double f = yRadius == 0 ? 1 : 1 - ((double)dy * dy / ((double)yRadius * yRadius));
                int half = (int)Math.Floor(xRadius * Math.Sqrt(Math.Max(0, f)));
                FillRectangle(x - half, y + dy, (2 * half) + 1, 1, rgb);
            }
        }

        public void DrawText(string text, int fontId, int rgb, int x, int y)
        {
            int w = MeasureText(text, fontId);
            int h = FontHeight(fontId);
            Texts.Add((text, fontId, x, y, w, h, rgb));
            if (x < _clipX || y < _clipY || x + w > _clipRight || y + h > _clipBottom)
            {
                TextOutsideClip.Add($"'{text}' font {fontId} at ({x},{y}) {w}x{h} outside clip ({_clipX},{_clipY})-({_clipRight},{_clipBottom})");
            }

            int cw = CharWidth(fontId);
            for (int i = 0; i < text.Length; i++)
            {
                int code = text[i];
                for (int row = 1; row < h - 1; row++)
                {
                    for (int col = 0; col < cw - 1; col++)
                    {
                        if (((code * 31) + (row * 7) + (col * 3)) % 5 < 2)
                        {
                            Plot(x + (i * cw) + col, y + row, rgb);
                        }
                    }
                }
            }
        }

        public int MeasureText(string text, int fontId) => text.Length * CharWidth(fontId);

        public int FontHeight(int fontId) => FontIds.NominalHeight(fontId);

        private void Plot(int x, int y, int rgb)
        {
            if (x >= _clipX && x < _clipRight && y >= _clipY && y < _clipBottom)
            {
                Pixels[(y * Width) + x] = rgb;
            }
        }
    }
}
