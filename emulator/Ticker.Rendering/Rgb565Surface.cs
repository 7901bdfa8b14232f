using System;
using Ticker.Drawing;
using Ticker.Fonts;

namespace Ticker.Rendering
{
    /// <summary>
    /// The host twin of the device's nanoFramework.Graphics Bitmap: a 16-bit RGB565 framebuffer with the Bitmap's
    /// primitive algorithms (GraphicsDriver in nf-interpreter: Bresenham lines, outset/inset rectangle outlines, the
    /// midpoint ellipse, rounded rectangles from four quarter ellipses), an exclusive clipping rectangle, and text from
    /// the shipped .tinyfnt fonts (Font::StringOut / DrawChar). Colours arrive as 0xRRGGBB and are truncated to RGB565
    /// as the Bitmap does (<see cref="Rgb565.From"/>).
    /// </summary>
    public sealed class Rgb565Surface : IDrawingSurface
    {
        private readonly FontSet _fonts;
        private int _clipLeft;
        private int _clipTop;
        private int _clipRight;
        private int _clipBottom;

        /// <summary>Creates a surface filled with black (a fresh Bitmap's memory is zeroed).</summary>
        /// <param name="width">Width in pixels.</param>
        /// <param name="height">Height in pixels.</param>
        /// <param name="fonts">The fonts text is drawn and measured with.</param>
        public Rgb565Surface(int width, int height, FontSet fonts)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
            ArgumentNullException.ThrowIfNull(fonts);
            Width = width;
            Height = height;
            _fonts = fonts;
            Pixels = new ushort[width * height];
            SetClip(0, 0, width, height);
        }

        /// <inheritdoc/>
        public int Width { get; }

        /// <inheritdoc/>
        public int Height { get; }

        /// <summary>The RGB565 pixels, row by row.</summary>
        public ushort[] Pixels { get; }

        /// <summary>
        /// Glyph pixels that DrawText would have set but the clip rejected, since creation: text that overflowed the
        /// rectangle it was drawn under (a widget's bounds, or the stripe).
        /// </summary>
        public int ClippedTextPixels { get; private set; }

        /// <summary>Every DrawText since creation: the text, its font, the clip in force and the box of the glyph pixels
        /// it would have set (clipped or not; empty for blank text).</summary>
        public System.Collections.Generic.List<TextDraw> TextDraws { get; } = new();

        /// <summary>Every DrawText that lost pixels to the clip: the text, its font and by how many pixels it overflowed.</summary>
        public System.Collections.Generic.List<TextOverflow> TextOverflows { get; } = new();

        /// <summary>The RGB565 word at (x, y).</summary>
        public ushort GetPixel(int x, int y) => Pixels[(y * Width) + x];

        /// <inheritdoc/>
        public void SetClip(int x, int y, int width, int height)
        {
            // PAL_GFX_Bitmap.clipping: left/top inclusive, right/bottom exclusive, kept inside the bitmap.
            _clipLeft = Math.Max(0, x);
            _clipTop = Math.Max(0, y);
            _clipRight = Math.Min(Width, x + Math.Max(0, width));
            _clipBottom = Math.Min(Height, y + Math.Max(0, height));
        }

        /// <inheritdoc/>
        public void FillRectangle(int x, int y, int width, int height, int rgb)
        {
            FillNative(x, y, width, height, Native(rgb));
        }

        /// <inheritdoc/>
        public void DrawRectangle(int x, int y, int width, int height, int thickness, int rgb)
        {
            // DrawRectangleNative: the outline straddles the edge, thickness / 2 outside and the rest inside.
            if (width <= 0 || height <= 0 || thickness <= 0)
            {
                return;
            }

            ushort color = Native(rgb);
            int outset = thickness / 2;
            int inset = thickness - outset;
            int ox = x - outset;
            int oy = y - outset;
            int ow = width + (2 * outset);
            int oh = height + (2 * outset);
            int ix = x + inset;
            int iy = y + inset;
            int iw = width - (2 * inset);
            int ih = height - (2 * inset);
            for (int row = oy; row < oy + oh; row++)
            {
                for (int col = ox; col < ox + ow; col++)
                {
                    bool inner = iw > 0 && ih > 0 && row >= iy && row < iy + ih && col >= ix && col < ix + iw;
                    if (!inner)
                    {
                        Set(col, row, color);
                    }
                }
            }
        }

        /// <inheritdoc/>
        public void FillRoundRectangle(int x, int y, int width, int height, int cornerRadius, int rgb)
        {
            // DrawRoundedRectangleNative with pen = brush = the colour, radiusX = radiusY.
            if (width <= 0 || height <= 0 || cornerRadius < 0)
            {
                return;
            }

            ushort color = Native(rgb);
            if (cornerRadius == 0)
            {
                FillNative(x, y, width, height, color);
                return;
            }

            int x2 = x + width - 1;
            int y2 = y + height - 1;
            int cx1 = x + cornerRadius;
            int cy1 = y + cornerRadius;
            int cx2 = x2 - cornerRadius;
            int cy2 = y2 - cornerRadius;
            if (cx2 < cx1 || cy2 < cy1)
            {
                return;
            }

            Ellipse(cornerRadius, cornerRadius, (ox, oy) =>
            {
                Scanline(cx1 - ox, cx2 + ox, cy1 - oy, color);
                Scanline(cx1 - ox, cx2 + ox, cy2 + oy, color);
            });

            // fillRect: left = x + pen thickness, right = x2 - 1 - thickness (inclusive), rows between the corners.
            int fillLeft = x + 1;
            int fillRight = x2 - 2;
            int fillTop = y + cornerRadius + 1;
            int fillBottom = y2 - cornerRadius - 1;
            FillNative(fillLeft, fillTop, fillRight - fillLeft + 1, fillBottom - fillTop + 1, color);

            Ellipse(cornerRadius, cornerRadius, (ox, oy) =>
            {
                Set(cx2 + ox, cy2 + oy, color);
                Set(cx1 - ox, cy2 + oy, color);
                Set(cx2 + ox, cy1 - oy, color);
                Set(cx1 - ox, cy1 - oy, color);
            });

            Line(cx1, y, cx2, y, color);
            Line(x, cy1, x, cy2, color);
            Line(x2, cy1, x2, cy2, color);
            Line(cx1, y2, cx2, y2, color);
        }

        /// <inheritdoc/>
        public void DrawLine(int rgb, int thickness, int x0, int y0, int x1, int y1)
        {
            // Bitmap.DrawLine ignores the thickness (DrawLineNative: "we always assume it's 1 pixel").
            Line(x0, y0, x1, y1, Native(rgb));
        }

        /// <inheritdoc/>
        public void DrawEllipse(int rgb, int x, int y, int xRadius, int yRadius)
        {
            ushort color = Native(rgb);
            Ellipse(xRadius, yRadius, (ox, oy) => Plot4(x, y, ox, oy, color));
        }

        /// <inheritdoc/>
        public void FillEllipse(int rgb, int x, int y, int xRadius, int yRadius)
        {
            // DrawEllipseNative with an opaque brush: each distinct offsetY fills (cx - ox + 1 .. cx + ox - 1) on the
            // rows cy -/+ oy (once when oy is 0), then the outline is drawn over it.
            ushort color = Native(rgb);
            int lastFillOffsetY = -1;
            Ellipse(xRadius, yRadius, (ox, oy) =>
            {
                if (lastFillOffsetY == oy)
                {
                    return;
                }

                lastFillOffsetY = oy;
                for (int r = 0; r < 2; r++)
                {
                    int row = r == 0 ? y - oy : y + oy;
                    for (int col = x - ox + 1; col < x + ox; col++)
                    {
                        Set(col, row, color);
                    }

                    if (oy == 0)
                    {
                        break;
                    }
                }
            });
            Ellipse(xRadius, yRadius, (ox, oy) => Plot4(x, y, ox, oy, color));
        }

        /// <inheritdoc/>
        public void DrawText(string text, int fontId, int rgb, int x, int y)
        {
            ArgumentNullException.ThrowIfNull(text);
            TinyFont font = _fonts.Get(fontId);
            ushort color = Native(rgb);
            int pen = x;
            int clipped = 0;
            int overLeft = 0;
            int overRight = 0;
            int overTop = 0;
            int overBottom = 0;
            int inkLeft = int.MaxValue;
            int inkTop = int.MaxValue;
            int inkRight = int.MinValue;
            int inkBottom = int.MinValue;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }

                if (!font.TryGetGlyph(c, out TinyGlyph glyph))
                {
                    continue;
                }

                int left = pen + glyph.MarginLeft;
                int top = y + glyph.OffsetY;
                for (int gy = 0; gy < glyph.Height; gy++)
                {
                    for (int gx = 0; gx < glyph.InnerWidth; gx++)
                    {
                        if (!glyph.GetPixel(gx, gy))
                        {
                            continue;
                        }

                        int px = left + gx;
                        int py = top + gy;
                        inkLeft = Math.Min(inkLeft, px);
                        inkTop = Math.Min(inkTop, py);
                        inkRight = Math.Max(inkRight, px + 1);
                        inkBottom = Math.Max(inkBottom, py + 1);
                        if (!Set(px, py, color))
                        {
                            clipped++;
                            overLeft = Math.Max(overLeft, _clipLeft - px);
                            overRight = Math.Max(overRight, px - (_clipRight - 1));
                            overTop = Math.Max(overTop, _clipTop - py);
                            overBottom = Math.Max(overBottom, py - (_clipBottom - 1));
                        }
                    }
                }

                pen += glyph.Width;
            }

            var clip = new Rect(_clipLeft, _clipTop, _clipRight - _clipLeft, _clipBottom - _clipTop);
            Rect ink = inkLeft == int.MaxValue ? new Rect(x, y, 0, 0) : new Rect(inkLeft, inkTop, inkRight - inkLeft, inkBottom - inkTop);
            TextDraws.Add(new TextDraw(text, fontId, clip, ink));
            if (clipped > 0)
            {
                ClippedTextPixels += clipped;
                TextOverflows.Add(new TextOverflow(text, fontId, x, y, new Rect(_clipLeft, _clipTop, _clipRight - _clipLeft, _clipBottom - _clipTop),
                    clipped, overLeft, overRight, overTop, overBottom));
            }
        }

        /// <inheritdoc/>
        public int MeasureText(string text, int fontId) => _fonts.Get(fontId).MeasureWidth(text);

        /// <inheritdoc/>
        public int FontHeight(int fontId) => _fonts.Get(fontId).Metrics.Height;

        /// <summary>Copies a rectangle of this surface into <paramref name="frame"/> at (screenX, screenY) (Bitmap.Flush).</summary>
        public void CopyTo(Rgb565Surface frame, int srcX, int srcY, int width, int height, int screenX, int screenY)
        {
            ArgumentNullException.ThrowIfNull(frame);
            for (int row = 0; row < height; row++)
            {
                int sy = srcY + row;
                int dy = screenY + row;
                if (sy < 0 || sy >= Height || dy < 0 || dy >= frame.Height)
                {
                    continue;
                }

                for (int col = 0; col < width; col++)
                {
                    int sx = srcX + col;
                    int dx = screenX + col;
                    if (sx >= 0 && sx < Width && dx >= 0 && dx < frame.Width)
                    {
                        frame.Pixels[(dy * frame.Width) + dx] = Pixels[(sy * Width) + sx];
                    }
                }
            }
        }

        private static ushort Native(int rgb) => (ushort)Rgb565.From(rgb);

        private bool Set(int x, int y, ushort color)
        {
            if (x < _clipLeft || x >= _clipRight || y < _clipTop || y >= _clipBottom)
            {
                return false;
            }

            Pixels[(y * Width) + x] = color;
            return true;
        }

        private void Plot4(int cx, int cy, int ox, int oy, ushort color)
        {
            Set(cx + ox, cy + oy, color);
            Set(cx - ox, cy + oy, color);
            Set(cx + ox, cy - oy, color);
            Set(cx - ox, cy - oy, color);
        }

        private void FillNative(int x, int y, int width, int height, ushort color)
        {
            int left = Math.Max(x, _clipLeft);
            int top = Math.Max(y, _clipTop);
            int right = Math.Min(x + width, _clipRight);
            int bottom = Math.Min(y + height, _clipBottom);
            for (int row = top; row < bottom; row++)
            {
                Array.Fill(Pixels, color, (row * Width) + left, Math.Max(0, right - left));
            }
        }

        private void Scanline(int x1, int x2, int y, ushort color)
        {
            // DrawScanlineNative: x1..x2 inclusive, clipped.
            if (y < _clipTop || y >= _clipBottom)
            {
                return;
            }

            x1 = Math.Max(x1, _clipLeft);
            x2 = Math.Min(x2, _clipRight - 1);
            for (int x = x1; x <= x2; x++)
            {
                Pixels[(y * Width) + x] = color;
            }
        }

        /// <summary>DrawBresLineNative with a 1-pixel pen: both end points drawn, the major axis stepped every pixel,
        /// the minor one when the decision variable is positive.</summary>
        private void Line(int x0, int y0, int x1, int y1, ushort color)
        {
            int dx = Math.Abs(x1 - x0);
            int dy = Math.Abs(y1 - y0);
            int incX = x0 > x1 ? -1 : 1;
            int incY = y0 > y1 ? -1 : 1;
            if (dx >= dy)
            {
                int dPr = dy << 1;
                int dPru = dPr - (dx << 1);
                int p = dPr - dx;
                for (; dx >= 0; dx--)
                {
                    Set(x0, y0, color);
                    if (p > 0)
                    {
                        y0 += incY;
                        p += dPru;
                    }
                    else
                    {
                        p += dPr;
                    }

                    x0 += incX;
                }
            }
            else
            {
                int dPr = dx << 1;
                int dPru = dPr - (dy << 1);
                int p = dPr - dy;
                for (; dy >= 0; dy--)
                {
                    Set(x0, y0, color);
                    if (p > 0)
                    {
                        x0 += incX;
                        p += dPru;
                    }
                    else
                    {
                        p += dPr;
                    }

                    y0 += incY;
                }
            }
        }

        /// <summary>EllipseAlgorithm: the circle (Bresenham) or midpoint ellipse, calling back with first-quadrant offsets.</summary>
        private static void Ellipse(int radiusX, int radiusY, Action<int, int> callback)
        {
            if (radiusX <= 0 || radiusY <= 0)
            {
                return;
            }

            if (radiusX == radiusY)
            {
                int x = 0;
                int y = radiusX;
                int p = 3 - (radiusX << 1);
                int yNext = y;
                while (x <= y)
                {
                    if (p < 0)
                    {
                        p += (x << 2) + 6;
                    }
                    else
                    {
                        p += ((x - y) << 2) + 10;
                        yNext--;
                    }

                    callback(x, y);
                    if (x < y)
                    {
                        callback(y, x);
                    }

                    y = yNext;
                    x++;
                }

                return;
            }

            {
                int x = 0;
                int y = radiusY;
                int aSqr = radiusX * radiusX;
                int bSqr = radiusY * radiusY;
                int fourASqr = 4 * aSqr;
                int fourBSqr = 4 * bSqr;
                int eightASqr = 8 * aSqr;
                int eightBSqr = 8 * bSqr;
                int d = fourBSqr - (fourASqr * radiusY) + aSqr;
                int g = fourASqr * ((2 * radiusY) - 1);
                int deltaE = fourBSqr + eightBSqr;
                int deltaSE = fourBSqr + eightBSqr + (eightASqr * (1 - radiusY));
                callback(x, y);
                while (g > 0)
                {
                    if (d < 0)
                    {
                        d += deltaE;
                        deltaE += eightBSqr;
                        deltaSE += eightBSqr;
                        g -= eightBSqr;
                    }
                    else
                    {
                        d += deltaSE;
                        deltaE += eightBSqr;
                        deltaSE += eightBSqr + eightASqr;
                        g -= eightASqr + eightBSqr;
                        y--;
                    }

                    x++;
                    callback(x, y);
                }

                d += (aSqr * (3 - (4 * y))) - (bSqr * (3 + (4 * x)));
                int deltaS = fourASqr * ((-2 * y) + 3);
                deltaSE = (eightBSqr * (x + 1)) + deltaS;
                while (y > 0)
                {
                    if (d < 0)
                    {
                        d += deltaSE;
                        deltaS += eightASqr;
                        deltaSE += eightASqr + eightBSqr;
                        x++;
                    }
                    else
                    {
                        d += deltaS;
                        deltaS += eightASqr;
                        deltaSE += eightASqr;
                    }

                    y--;
                    callback(x, y);
                }
            }
        }
    }

    /// <summary>One DrawText: the text, its font, the clip in force and the box of its glyph pixels (surface coordinates).</summary>
    /// <param name="Text">The text.</param>
    /// <param name="FontId">Its font.</param>
    /// <param name="Clip">The clip in force.</param>
    /// <param name="Ink">The smallest rectangle holding every glyph pixel the text sets, clipped or not.</param>
    public sealed record TextDraw(string Text, int FontId, Rect Clip, Rect Ink);

    /// <summary>A text that lost glyph pixels to the clip it was drawn under.</summary>
    /// <param name="Text">The text.</param>
    /// <param name="FontId">Its font.</param>
    /// <param name="X">Where it was drawn (surface coordinates).</param>
    /// <param name="Y">Where it was drawn (surface coordinates).</param>
    /// <param name="Clip">The clip in force (surface coordinates).</param>
    /// <param name="Pixels">Glyph pixels clipped away.</param>
    /// <param name="Left">Furthest clipped pixel left of the clip, in pixels (0 when none).</param>
    /// <param name="Right">Furthest clipped pixel right of the clip.</param>
    /// <param name="Top">Furthest clipped pixel above the clip.</param>
    /// <param name="Bottom">Furthest clipped pixel below the clip.</param>
    public sealed record TextOverflow(string Text, int FontId, int X, int Y, Rect Clip, int Pixels, int Left, int Right, int Top, int Bottom)
    {
        /// <inheritdoc/>
        public override string ToString() =>
            $"'{Text}' font {FontId} at ({X},{Y}) clip ({Clip.X},{Clip.Y} {Clip.Width}x{Clip.Height}): {Pixels} px cut, over by left {Left} right {Right} top {Top} bottom {Bottom}";
    }
}
