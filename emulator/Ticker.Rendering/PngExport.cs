using System;
using System.IO;
using System.Runtime.InteropServices;
using SkiaSharp;
using Ticker.Drawing;

namespace Ticker.Rendering
{
    /// <summary>PNG files of RGB565 frames, each pixel expanded to RGB888 as the panel shows it (<see cref="Rgb565.ToRgb"/>).</summary>
    public static class PngExport
    {
        /// <summary>Encodes the pixels as a PNG.</summary>
        public static byte[] Encode(ushort[] pixels, int width, int height)
        {
            ArgumentNullException.ThrowIfNull(pixels);
            if (pixels.Length != width * height)
            {
                throw new ArgumentException("Pixel count does not match " + width + "x" + height + ".", nameof(pixels));
            }

            var rgba = new byte[width * height * 4];
            for (int i = 0; i < pixels.Length; i++)
            {
                int rgb = Rgb565.ToRgb(pixels[i]);
                rgba[(i * 4) + 0] = (byte)(rgb >> 16);
                rgba[(i * 4) + 1] = (byte)(rgb >> 8);
                rgba[(i * 4) + 2] = (byte)rgb;
                rgba[(i * 4) + 3] = 0xFF;
            }

            using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
            if (bitmap.RowBytes != width * 4)
            {
                throw new InvalidOperationException("Unexpected row stride " + bitmap.RowBytes + ".");
            }

            Marshal.Copy(rgba, 0, bitmap.GetPixels(), rgba.Length);
            using SKData data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }

        /// <summary>Encodes a surface as a PNG.</summary>
        public static byte[] Encode(Rgb565Surface surface)
        {
            ArgumentNullException.ThrowIfNull(surface);
            return Encode(surface.Pixels, surface.Width, surface.Height);
        }

        /// <summary>Writes a surface to a PNG file.</summary>
        public static void Save(Rgb565Surface surface, string path)
        {
            File.WriteAllBytes(path, Encode(surface));
        }

        /// <summary>Reads a PNG back as RGB888 ints (0xRRGGBB), row by row.</summary>
        public static int[] Decode(byte[] png, out int width, out int height)
        {
            using SKBitmap bitmap = SKBitmap.Decode(png) ?? throw new InvalidDataException("Not a PNG.");
            width = bitmap.Width;
            height = bitmap.Height;
            var pixels = new int[width * height];
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    SKColor c = bitmap.GetPixel(x, y);
                    pixels[(y * width) + x] = (c.Red << 16) | (c.Green << 8) | c.Blue;
                }
            }

            return pixels;
        }
    }
}
