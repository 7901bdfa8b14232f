using System;
using System.IO;
using System.Text;
using Ticker.App;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Drawing;
using Ticker.Platform;
using Ticker.Rendering;
using Ticker.Views;

namespace Ticker.Benchmarks
{
    /// <summary>
    /// The redraw economy per board, through the core's own StripedDisplay with the real fonts: draw calls and pixels
    /// flushed to the panel for the first frame, for a steady update where only numbers change, and for a screen
    /// change; and the bytes the steady update allocates on .NET. Targets: a steady update touches at most 20% of
    /// the screen's pixels and allocates under 2 KB.
    /// </summary>
    public static class ScreenBenchmark
    {
        private const string Calm = "snapshot-calm.json";

        // A set wall clock, 12 s after the example's asOf: the data age stays 12 s, so a steady update changes only
        // numbers; the age ticking on is measured as its own step.
        private const long WallClock = 1795003217;

        public static int Run()
        {
            string? root = FontSet.FindRepositoryRoot(AppContext.BaseDirectory);
            if (root == null)
            {
                Console.Error.WriteLine("repository not found above " + AppContext.BaseDirectory);
                return 1;
            }

            FontSet fonts = FontSet.LoadShipped(root);
            string calm = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", Calm));

            // The same market a moment later: a new seq, another price and 1 h liquidation figure, nothing else.
            string moved = calm.Replace("\"seq\":48213", "\"seq\":48214", StringComparison.Ordinal)
                .Replace("\"usd\":91254.37", "\"usd\":91387.02", StringComparison.Ordinal)
                .Replace("\"h1\":{\"long\":3120000", "\"h1\":{\"long\":3870000", StringComparison.Ordinal);
            if (moved == calm)
            {
                Console.Error.WriteLine("the calm example changed; update the steady-update edit in ScreenBenchmark");
                return 1;
            }

            Console.WriteLine($"Redraw economy on .NET {Environment.Version}: {Calm}, then the same with a new price and 1 h total");
            Console.WriteLine("board          size     step                 draw calls  pixels flushed  % of screen  bytes allocated");
            bool met = true;
            foreach (BoardProfile board in BoardCatalog.All)
            {
                var counting = new CountingSurface(new Rgb565Surface(board.Width, board.StripeRows, fonts));
                var frame = new Rgb565Surface(board.Width, board.Height, fonts);
                var display = new StripedDisplay(board.Width, board.Height, counting, new FrameTarget(counting.Inner, frame), "bench");
                var app = new TickerApp(new DeviceSettings { WifiSsid = "bench", BoardId = board.Id }, 0, 1);
                app.OnNetwork(0, true, -60);

                Deliver(app, 1_000, calm);
                Measure(board, "first frame", counting, display, () => display.Update(app, 1_000), false);

                // Every screen in turn: the change to it, then a steady update (the snapshot alternates between the
                // two versions, so each screen sees its numbers change if it shows them).
                long now = 2_000;
                bool even = true;
                for (int s = 0; s < Screens.Count; s++)
                {
                    if (s > 0)
                    {
                        app.OnUserAction(now, Ticker.Input.UserAction.NextScreen);
                        Measure(board, "to " + Screens.IdOf(app.Screen), counting, display, () => display.Update(app, now), false);
                    }

                    Deliver(app, now, even ? moved : calm);
                    even = !even;
                    met &= Measure(board, "steady " + Screens.IdOf(app.Screen), counting, display, () => display.Update(app, now), true);
                    now += 1_000;
                }

                app.Tick(now, WallClock + 1);
                Measure(board, "age tick (1 s)", counting, display, () => display.Update(app, now), false);
            }

            Console.WriteLine("targets (steady update: at most 20% of the screen, under 2,048 B): " + (met ? "met" : "NOT met"));
            return 0;
        }

        private static void Deliver(TickerApp app, long nowMs, string json)
        {
            byte[] body = Encoding.UTF8.GetBytes(json);
            app.BeginRequest(nowMs);
            app.OnResponse(nowMs, new HttpResult { Status = 200, Body = body, BodyLength = body.Length, ETag = "\"bench\"" });
            app.Tick(nowMs, WallClock);
        }

        private static bool Measure(BoardProfile board, string step, CountingSurface counting, StripedDisplay display, Action update, bool steady)
        {
            long calls = counting.Calls;
            long pixels = display.PixelsFlushed;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            update();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            calls = counting.Calls - calls;
            pixels = display.PixelsFlushed - pixels;
            double share = 100.0 * pixels / (board.Width * board.Height);
            Console.WriteLine($"{board.Id,-14} {board.Width + "x" + board.Height,-8} {step,-20} {calls,10}  {pixels,14:N0}  {share,10:F1}%  {allocated,15:N0}");
            return !steady || (share <= 20.0 && allocated < 2048);
        }

        /// <summary>Counts the drawing calls the core makes, passing each on to the real surface.</summary>
        private sealed class CountingSurface : IDrawingSurface
        {
            public CountingSurface(Rgb565Surface inner)
            {
                Inner = inner;
            }

            public Rgb565Surface Inner { get; }

            public long Calls { get; private set; }

            public int Width => Inner.Width;

            public int Height => Inner.Height;

            public void SetClip(int x, int y, int width, int height) => Inner.SetClip(x, y, width, height);

            public void FillRectangle(int x, int y, int width, int height, int rgb)
            {
                Calls++;
                Inner.FillRectangle(x, y, width, height, rgb);
            }

            public void DrawRectangle(int x, int y, int width, int height, int thickness, int rgb)
            {
                Calls++;
                Inner.DrawRectangle(x, y, width, height, thickness, rgb);
            }

            public void FillRoundRectangle(int x, int y, int width, int height, int cornerRadius, int rgb)
            {
                Calls++;
                Inner.FillRoundRectangle(x, y, width, height, cornerRadius, rgb);
            }

            public void DrawLine(int rgb, int thickness, int x0, int y0, int x1, int y1)
            {
                Calls++;
                Inner.DrawLine(rgb, thickness, x0, y0, x1, y1);
            }

            public void DrawEllipse(int rgb, int x, int y, int xRadius, int yRadius)
            {
                Calls++;
                Inner.DrawEllipse(rgb, x, y, xRadius, yRadius);
            }

            public void FillEllipse(int rgb, int x, int y, int xRadius, int yRadius)
            {
                Calls++;
                Inner.FillEllipse(rgb, x, y, xRadius, yRadius);
            }

            public void DrawText(string text, int fontId, int rgb, int x, int y)
            {
                Calls++;
                Inner.DrawText(text, fontId, rgb, x, y);
            }

            public int MeasureText(string text, int fontId) => Inner.MeasureText(text, fontId);

            public int FontHeight(int fontId) => Inner.FontHeight(fontId);
        }
    }
}
