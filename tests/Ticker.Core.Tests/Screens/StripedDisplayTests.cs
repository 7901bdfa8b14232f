using System;
using System.IO;
using Ticker.App;
using Ticker.Config;
using Ticker.Core.Tests.App;
using Ticker.Data;
using Ticker.Drawing;
using Ticker.Views;
using Xunit;

namespace Ticker.Core.Tests.Views
{
    /// <summary>The IDisplay the boards use, driven by a real TickerApp: stripes of at most 32 KB, nothing when nothing changed.</summary>
    public class StripedDisplayTests
    {
        private sealed class FrameTarget : IFlushTarget
        {
            private readonly RasterSurface _stripe;

            public FrameTarget(RasterSurface stripe, int width, int height)
            {
                _stripe = stripe;
                Width = width;
                Frame = new int[width * height];
            }

            public int Width { get; }

            public int[] Frame { get; }

            public int Flushes { get; private set; }

            public void Flush(int surfaceX, int surfaceY, int width, int height, int screenX, int screenY)
            {
                Assert.True(width * height * 2 <= 32768, $"{width}x{height} stripe is over 32 KB");
                for (int y = 0; y < height; y++)
                {
                    Array.Copy(_stripe.Pixels, ((surfaceY + y) * _stripe.Width) + surfaceX, Frame, ((screenY + y) * Width) + screenX, width);
                }

                Flushes++;
            }
        }

        private static TickerApp RunningApp(string json, ScreenId screen)
        {
            var app = new TickerApp(new DeviceSettings { WifiSsid = "desk" }, 0, 1);
            app.OnNetwork(0, true, -58);
            app.Tick(0, Value.Missing);
            app.BeginRequest(0);
            app.OnResponse(10, Feed.Ok(json));
            while (app.Screen != screen)
            {
                app.OnUserAction(10, Ticker.Input.UserAction.NextScreen);
            }

            return app;
        }

        [Theory]
        [InlineData(240, 135)]
        [InlineData(320, 240)]
        public void Draws_the_app_in_stripes_and_then_only_what_changes(int width, int height)
        {
            string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "snapshot-calm.json"));
            foreach (var screen in ScreenKit.AllScreens)
            {
                var app = RunningApp(json, screen);
                var stripe = new RasterSurface(width, Stripes.RowsPer(width, 32768));
                var target = new FrameTarget(stripe, width, height);
                var display = new StripedDisplay(width, height, stripe, target, "0.1.0");

                display.Update(app, 20);
                Assert.True(target.Flushes >= 2);
                Assert.Equal(width * height, display.PixelsFlushed);

                var reference = new ScreenPainter(width, height, "0.1.0");
                reference.Update(app, 20);
                var expected = ScreenKit.RenderWhole(reference, width, height).Pixels;
                Assert.Equal("", ScreenKit.Diff(expected, target.Frame, width));

                // Same second, same view: nothing at all.
                int flushes = target.Flushes;
                display.Update(app, 500);
                Assert.Equal(flushes, target.Flushes);

                // A second later only the age changed: a small part of the screen.
                long before = display.PixelsFlushed;
                display.Update(app, 1020);
                long touched = display.PixelsFlushed - before;
                Assert.InRange(touched, 1, width * height / 5);
            }
        }

        [Fact]
        public void A_cascade_flashes_only_the_banner()
        {
            string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "snapshot-cascade.json"));
            var app = RunningApp(json, ScreenId.Market);
            var stripe = new RasterSurface(240, 68);
            var target = new FrameTarget(stripe, 240, 135);
            var display = new StripedDisplay(240, 135, stripe, target, "0.1.0");
            display.Update(app, 0);
            long before = display.PixelsFlushed;
            display.Update(app, 130);
            Assert.Equal(display.Painter.Layout.Banner.Area, display.PixelsFlushed - before);
        }
    }
}
