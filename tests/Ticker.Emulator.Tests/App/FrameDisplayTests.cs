using System.Collections.Generic;
using System.Text;
using Ticker.App;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Data;
using Ticker.Emulator.Device;
using Ticker.Emulator.Tests.Support;
using Ticker.Input;
using Ticker.Platform;
using Ticker.Rendering;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    /// <summary>Frames are published only when the device flushes, and they are the host renderer's exact pixels.</summary>
    public class FrameDisplayTests
    {
        private static TickerApp AppWith(string example, long nowMs)
        {
            var app = new TickerApp(new DeviceSettings { WifiSsid = "desk", BoardId = "t-display" }, 0, 1);
            app.OnNetwork(0, true, -55);
            app.BeginRequest(0);
            byte[] body = Encoding.UTF8.GetBytes(TestFeed.Example(example));
            app.OnResponse(nowMs, new HttpResult { Status = 200, Body = body, BodyLength = body.Length, ETag = "\"1\"" });
            app.Tick(nowMs, Value.Missing);
            return app;
        }

        [Fact]
        public void A_frame_is_published_only_when_the_screen_changes()
        {
            BoardProfile board = BoardCatalog.Find("t-display")!;
            var frames = new List<DeviceFrame>();
            var display = new FrameDisplay(board, FontSet.LoadShipped(RepoPaths.Root), frames.Add);
            TickerApp app = AppWith("calm", 1_000);

            display.Update(app, 1_000);
            display.Update(app, 1_010);
            display.Update(app, 1_500);
            Assert.Single(frames);
            Assert.Equal((1, 240, 135, "gauge"), (frames[0].Version, frames[0].Width, frames[0].Height, frames[0].Screen));

            // The data age turns over a whole second: a redraw.
            display.Update(app, 2_000);
            Assert.Equal(2, frames.Count);

            app.OnUserAction(2_100, UserAction.NextScreen);
            display.Update(app, 2_100);
            Assert.Equal(3, frames.Count);
            Assert.Equal("liquidations", frames[2].Screen);

            int[] pixels = PngExport.Decode(frames[2].Png, out int width, out int height);
            Assert.Equal((240, 135), (width, height));
            Assert.Contains(pixels, p => p != 0);
        }
    }
}
