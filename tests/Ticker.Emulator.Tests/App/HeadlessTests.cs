using System;
using System.Threading.Tasks;
using Ticker.Boards;
using Ticker.Emulator.Device;
using Ticker.Emulator.Tests.Support;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    /// <summary>--headless: no page; screen, LED and alert changes are printed one line each.</summary>
    public class HeadlessTests
    {
        private sealed class Watcher : IDeviceObserver
        {
            public readonly TaskCompletionSource Calm = new(TaskCreationOptions.RunContinuationsAsynchronously);
            public readonly TaskCompletionSource Cascade = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public void OnBoard(BoardProfile board)
            {
            }

            public void OnFrame(DeviceFrame frame)
            {
            }

            public void OnLed(bool on)
            {
            }

            public void OnStatus(DeviceStatus status)
            {
                if (status.Seq == 48213)
                {
                    Calm.TrySetResult();
                }

                if (status.Led == "Cascade")
                {
                    Cascade.TrySetResult();
                }
            }

            public void OnSnapshot(string json)
            {
            }
        }

        [Fact]
        public async Task Headless_mode_logs_the_board_screen_led_and_alert_and_serves_no_page()
        {
            await using TestFeed feed = await TestFeed.StartAsync("calm");
            var output = new System.IO.StringWriter();
            var watcher = new Watcher();
            RunOptions options = RunOptions.Parse(new[] { "--headless", "--feed", feed.Address.ToString(), "--board", "t-display" });
            await using EmulatorRuntime runtime = await EmulatorRuntime.StartAsync(options, System.IO.TextWriter.Synchronized(output), TimeProvider.System, watcher);
            Assert.Null(runtime.PageAddress);

            await watcher.Calm.Task;
            feed.Serve("cascade");
            await watcher.Cascade.Task;

            string[] lines = output.ToString().TrimEnd().Split(Environment.NewLine);
            string[] texts = Array.ConvertAll(lines, l => l.Length > 9 && l[2] == ':' && l[5] == ':' ? l.Substring(9) : l);
            Assert.Equal("board  t-display (" + BoardCatalog.Find("t-display")!.Name + ", 240x135)", texts[0]);
            Assert.Contains("screen gauge", texts);
            Assert.Contains("led    Off", texts);
            Assert.Contains("alert  cascade Long cascade: $3.9B+ liq", texts);
            Assert.True(Array.IndexOf(texts, "led    Cascade") > Array.IndexOf(texts, "led    Off"), string.Join("\n", texts));
        }
    }
}
