using System;
using System.IO;
using System.Text;
using Ticker.App;
using Ticker.Views;
using Xunit;

namespace Ticker.Core.Tests.Views
{
    /// <summary>
    /// Writes every screen of every example as a PPM image (fake font) when TICKER_DUMP_SCREENS names a folder:
    /// a quick look at the layouts until the host renderer makes real PNGs. Does nothing otherwise.
    /// </summary>
    public class ContactSheetDump
    {
        [Fact]
        public void Dump_screens_when_asked()
        {
            string? dir = Environment.GetEnvironmentVariable("TICKER_DUMP_SCREENS");
            if (string.IsNullOrEmpty(dir))
            {
                return;
            }

            Directory.CreateDirectory(dir);
            foreach (var (w, h) in ScreenKit.Sizes)
            {
                foreach (var screen in ScreenKit.AllScreens)
                {
                    foreach (var name in new[] { "snapshot-calm.json", "snapshot-cascade.json", "snapshot-partial.json", "extreme" })
                    {
                        var painter = new ScreenPainter(w, h, "0.1.0");
                        painter.Update(ScreenKit.State(StripeEquivalenceTests.Load(name), screen), 0);
                        var surface = ScreenKit.RenderWhole(painter, w, h);
                        var header = Encoding.ASCII.GetBytes($"P6 {w} {h} 255\n");
                        var bytes = new byte[header.Length + (w * h * 3)];
                        header.CopyTo(bytes, 0);
                        for (int i = 0; i < w * h; i++)
                        {
                            int p = surface.Pixels[i];
                            bytes[header.Length + (i * 3)] = (byte)(p >> 16);
                            bytes[header.Length + (i * 3) + 1] = (byte)(p >> 8);
                            bytes[header.Length + (i * 3) + 2] = (byte)p;
                        }

                        File.WriteAllBytes(Path.Combine(dir, $"{w}x{h}-{Screens.IdOf(screen)}-{Path.GetFileNameWithoutExtension(name)}.ppm"), bytes);
                    }
                }
            }
        }
    }
}
