using System;
using System.IO;
using SkiaSharp;
using Ticker.Fonts;

namespace Ticker.FontGen
{
    /// <summary>
    /// Draws one character at a time from a TrueType file with SkiaSharp, 1 bit per pixel: no antialiasing, the font's
    /// own hinting (full), whole-pixel advances, the pen at a whole pixel. The same file, size and SkiaSharp version
    /// always give the same pixels.
    /// </summary>
    public sealed class GlyphRasterizer : IDisposable
    {
        /// <summary>Smallest em size the generator makes, in pixels.</summary>
        public const int MinSize = 6;

        /// <summary>Largest em size the generator makes, in pixels.</summary>
        public const int MaxSize = 96;

        private readonly SKTypeface _typeface;
        private readonly SKFont _font;
        private readonly SKPaint _paint;

        /// <summary>Opens <paramref name="fontPath"/> at an em size of <paramref name="sizePx"/> pixels.</summary>
        /// <param name="fontPath">A TrueType (or OpenType) font file.</param>
        /// <param name="sizePx">Em size in pixels, <see cref="MinSize"/> to <see cref="MaxSize"/>.</param>
        /// <param name="bold">Whether a bold font is wanted: a face that is not bold is then emboldened by SkiaSharp.</param>
        /// <exception cref="FontGenerationException">The file is missing or not a font, or the size is out of range.</exception>
        public GlyphRasterizer(string fontPath, int sizePx, bool bold)
        {
            ArgumentNullException.ThrowIfNull(fontPath);
            if (sizePx < MinSize || sizePx > MaxSize)
            {
                throw new FontGenerationException("Size " + sizePx + " px is out of range: the generator makes fonts of " +
                    MinSize + " to " + MaxSize + " px.");
            }

            if (!File.Exists(fontPath))
            {
                throw new FontGenerationException("Font file not found: " + Path.GetFullPath(fontPath) + ".");
            }

            _typeface = SKTypeface.FromFile(fontPath)
                ?? throw new FontGenerationException(fontPath + " is not a font file SkiaSharp can read (expected TrueType .ttf).");
            FontPath = fontPath;
            SizePx = sizePx;
            IsBoldFace = _typeface.FontStyle.Weight >= (int)SKFontStyleWeight.SemiBold;
            Emboldened = bold && !IsBoldFace;

            _font = new SKFont(_typeface, sizePx)
            {
                Edging = SKFontEdging.Alias,
                Hinting = SKFontHinting.Full,
                Subpixel = false,
                LinearMetrics = false,
                BaselineSnap = true,
                EmbeddedBitmaps = false,
                ForceAutoHinting = false,
                Embolden = Emboldened,
            };
            _paint = new SKPaint { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };

            _font.GetFontMetrics(out var metrics);
            var above = -metrics.Ascent;
            var below = metrics.Descent;
            Ascent = Round(above);
            Height = Round(above + below);
            Descent = Height - Ascent;
            ExternalLeading = Math.Max(0, Round(metrics.Leading));
            Padding = sizePx;
        }

        /// <summary>The font file.</summary>
        public string FontPath { get; }

        /// <summary>Em size in pixels.</summary>
        public int SizePx { get; }

        /// <summary>Whether the TrueType face is itself bold (weight 600 or more).</summary>
        public bool IsBoldFace { get; }

        /// <summary>Whether SkiaSharp emboldens the outlines (bold asked of a face that is not bold).</summary>
        public bool Emboldened { get; }

        /// <summary>Pixels from the line's top to the baseline: the face's ascender at this size, rounded.</summary>
        public int Ascent { get; }

        /// <summary>Pixels from the baseline to the line's bottom.</summary>
        public int Descent { get; }

        /// <summary>Line height: the face's ascender plus descender at this size, rounded.</summary>
        public int Height { get; }

        /// <summary>The face's line gap at this size, rounded.</summary>
        public int ExternalLeading { get; }

        /// <summary>Blank pixels around the line in a <see cref="GlyphCell"/>, room for ink beyond the line or the advance.</summary>
        public int Padding { get; }

        /// <summary>Whether the face maps <paramref name="c"/> to a glyph of its own.</summary>
        /// <param name="c">The character.</param>
        public bool HasGlyph(char c) => _font.ContainsGlyph(c);

        /// <summary>How far the pen moves after <paramref name="c"/>, in whole pixels (the hinted advance).</summary>
        /// <param name="c">The character.</param>
        public int Advance(char c)
        {
            var glyphs = new[] { _font.GetGlyph(c) };
            var widths = new float[1];
            _font.GetGlyphWidths(glyphs, widths, Span<SKRect>.Empty);
            return Round(widths[0]);
        }

        /// <summary>
        /// Draws <paramref name="c"/> alone with its pen at (<see cref="Padding"/>, <see cref="Padding"/> +
        /// <see cref="Ascent"/>) on a cell of (advance + 2 x padding) x (height + 2 x padding) pixels.
        /// </summary>
        /// <param name="c">The character.</param>
        public GlyphCell RenderCell(char c)
        {
            var advance = Advance(c);
            var width = advance + (2 * Padding);
            var height = Height + (2 * Padding);
            using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul));
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(SKColors.Transparent);
                canvas.DrawText(c.ToString(), Padding, Padding + Ascent, SKTextAlign.Left, _font, _paint);
            }

            var pixels = new bool[width, height];
            var span = bitmap.GetPixelSpan();
            var stride = bitmap.RowBytes;
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    pixels[x, y] = span[(y * stride) + x] >= 128;
                }
            }

            return new GlyphCell(c, advance, Padding, Padding, pixels);
        }

        /// <summary>The glyph of <paramref name="c"/> cropped to its ink, placed relative to the pen and the line's top.</summary>
        /// <param name="c">The character.</param>
        public GlyphImage Rasterize(char c)
        {
            var cell = RenderCell(c);
            int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
            for (var y = 0; y < cell.Height; y++)
            {
                for (var x = 0; x < cell.Width; x++)
                {
                    if (cell[x, y])
                    {
                        left = Math.Min(left, x);
                        right = Math.Max(right, x);
                        top = Math.Min(top, y);
                        bottom = Math.Max(bottom, y);
                    }
                }
            }

            if (right < 0)
            {
                return new GlyphImage(cell.Advance, 0, 0, new bool[0, 0]);
            }

            if (left == 0 || top == 0 || right == cell.Width - 1 || bottom == cell.Height - 1)
            {
                throw new FontGenerationException(CharacterSet.Describe(c) + " inks the edge of its " + cell.Width + " x " +
                    cell.Height + " px drawing area in " + Path.GetFileName(FontPath) + ": the glyph reaches too far beyond its line.");
            }

            var ink = new bool[right - left + 1, bottom - top + 1];
            for (var y = top; y <= bottom; y++)
            {
                for (var x = left; x <= right; x++)
                {
                    ink[x - left, y - top] = cell[x, y];
                }
            }

            return new GlyphImage(cell.Advance, left - cell.OriginX, top - cell.LineTop, ink);
        }

        /// <inheritdoc/>
        public void Dispose()
        {
            _paint.Dispose();
            _font.Dispose();
            _typeface.Dispose();
        }

        private static int Round(float value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
    }
}
