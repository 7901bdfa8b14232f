using System;
using Ticker.Boards;
using Ticker.Drawing;

namespace Ticker.Rendering
{
    /// <summary>
    /// What a panel's glass shows of the frame the device drew, when the settings in force disagree with the panel
    /// that is really there: red and blue swapped, colours inverted, the picture mirrored, upside down, shifted (the
    /// controller memory outside the drawn window shows as noise), or nothing at all with the backlight dark. The
    /// emulator shows a wrong panel setting with it, and docs/first-boot.md's wrong looks are rendered with it.
    /// </summary>
    public sealed record PanelGlass(bool SwapRedBlue, bool Invert, bool Mirror, bool UpsideDown, int ShiftX, int ShiftY, bool Dark, bool Uninitialised = false)
    {
        /// <summary>The glass of a panel set up as its board profile says.</summary>
        public static PanelGlass Correct { get; } = new(false, false, false, false, 0, 0, false);

        /// <summary>
        /// The glass of a real panel <paramref name="truth"/> driven with <paramref name="inForce"/>: each value that
        /// differs changes the picture as the controller would.
        /// </summary>
        public static PanelGlass Between(PanelConfig inForce, PanelConfig truth)
        {
            ArgumentNullException.ThrowIfNull(inForce);
            ArgumentNullException.ThrowIfNull(truth);
            return new PanelGlass(
                inForce.ColorOrderBgr != truth.ColorOrderBgr,
                inForce.InvertColors != truth.InvertColors,
                inForce.Mirror != truth.Mirror,
                inForce.UpsideDown != truth.UpsideDown,
                inForce.OffsetX - truth.OffsetX,
                inForce.OffsetY - truth.OffsetY,
                inForce.BacklightActiveHigh != truth.BacklightActiveHigh);
        }

        /// <summary>True when the glass shows the frame as drawn.</summary>
        public bool IsCorrect => this == Correct;

        /// <summary>The picture on the glass for <paramref name="frame"/> (a new surface; the frame is not changed).</summary>
        public Rgb565Surface Show(Rgb565Surface frame, FontSet fonts)
        {
            ArgumentNullException.ThrowIfNull(frame);
            int w = frame.Width;
            int h = frame.Height;
            var glass = new Rgb565Surface(w, h, fonts);
            if (Dark)
            {
                return glass;
            }

            uint noise = 0x2545F491;
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    // The controller writes the drawn pixel (sx, sy) at memory column sx + offset: seen from the glass,
                    // the picture moves by the difference, and what no flush wrote is whatever the memory held.
                    int gx = Mirror ? w - 1 - x : x;
                    int gy = y;
                    if (UpsideDown)
                    {
                        gx = w - 1 - gx;
                        gy = h - 1 - gy;
                    }

                    int sx = gx - ShiftX;
                    int sy = gy - ShiftY;
                    noise ^= noise << 13;
                    noise ^= noise >> 17;
                    noise ^= noise << 5;
                    int rgb;
                    if (Uninitialised)
                    {
                        rgb = 0xFFFFFF;
                    }
                    else if (sx < 0 || sy < 0 || sx >= w || sy >= h)
                    {
                        rgb = (int)(noise & 0xFFFFFF);
                    }
                    else
                    {
                        rgb = PanelColor.Apply(Rgb565.ToRgb(frame.GetPixel(sx, sy)), SwapRedBlue, Invert);
                    }

                    glass.Pixels[(y * w) + x] = (ushort)Rgb565.From(rgb);
                }
            }

            return glass;
        }
    }
}
