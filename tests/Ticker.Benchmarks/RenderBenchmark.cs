using System;
using System.Diagnostics;
using System.IO;
using Ticker.App;
using Ticker.Boards;
using Ticker.Rendering;

namespace Ticker.Benchmarks
{
    /// <summary>
    /// Host renderer figures: for each board x screen, the time of one complete render (a TickerApp driven into the
    /// state, the core's StripedDisplay drawing every stripe with the real fonts) and of the PNG export.
    /// </summary>
    public static class RenderBenchmark
    {
        private const int WarmUp = 5;
        private const int Rounds = 50;

        public static int Run()
        {
            string? root = FontSet.FindRepositoryRoot(AppContext.BaseDirectory);
            if (root == null)
            {
                Console.Error.WriteLine("repository not found above " + AppContext.BaseDirectory);
                return 1;
            }

#if DEBUG
            Console.WriteLine("warning: Debug build; run with -c Release for real timings");
#endif
            FontSet fonts = FontSet.LoadShipped(root);
            byte[] json = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "snapshot-cascade.json"));
            Console.WriteLine($"Host renderer on .NET {Environment.Version}, snapshot-cascade.json");
            Console.WriteLine("board          screen         size     stripes  ms/render  ms/png");
            foreach (BoardProfile board in BoardCatalog.All)
            {
                for (int s = 0; s < Screens.Count; s++)
                {
                    var screen = (ScreenId)s;
                    Rgb565Surface frame = null!;
                    RenderDetails details = null!;
                    for (int i = 0; i < WarmUp; i++)
                    {
                        frame = ScreenRenderer.Render(board, screen, json, false, fonts, board.StripeRows, out details);
                        PngExport.Encode(frame);
                    }

                    var watch = Stopwatch.StartNew();
                    for (int i = 0; i < Rounds; i++)
                    {
                        ScreenRenderer.Render(board, screen, json, false, fonts, board.StripeRows, out details);
                    }

                    double renderMs = watch.Elapsed.TotalMilliseconds / Rounds;
                    watch.Restart();
                    for (int i = 0; i < Rounds; i++)
                    {
                        PngExport.Encode(frame);
                    }

                    double pngMs = watch.Elapsed.TotalMilliseconds / Rounds;
                    Console.WriteLine($"{board.Id,-14} {Screens.IdOf(screen),-14} {board.Width + "x" + board.Height,-8} {details.Flushes,7}  {renderMs,9:F2}  {pngMs,6:F2}");
                }
            }

            return 0;
        }
    }
}
