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
        public void One_line_per_level_change_not_per_headline()
        {
            var output = new System.IO.StringWriter();
            var reporter = new Ticker.Emulator.Headless.TerminalReporter(output, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));
            DeviceStatus Status(int level, string? headline, bool ack = false, string led = "Off", long seq = 1) =>
                new("t-display", "running", "gauge", led, level, headline, ack, false, seq, null);

            reporter.OnStatus(Status(0, null));
            for (int i = 0; i < 50; i++)
            {
                reporter.OnStatus(Status(1, "Longs liquidated: $" + (100 + i) + "M", seq: 2 + i));
            }

            reporter.OnStatus(Status(3, "Long cascade: $3.9B+ liq", led: "Cascade", seq: 60));
            reporter.OnStatus(Status(3, "Long cascade: $4.0B+ liq", led: "Cascade", seq: 61));
            reporter.OnStatus(Status(3, "Long cascade: $4.0B+ liq", ack: true, seq: 62));

            string[] lines = output.ToString().TrimEnd().Split(Environment.NewLine);
            Assert.Equal(new[]
            {
                "screen gauge",
                "led    Off",
                "alert  watch Longs liquidated: $100M",
                "led    Cascade",
                "alert  cascade Long cascade: $3.9B+ liq",
                "led    Off",
                "alert  cascade Long cascade: $4.0B+ liq (acknowledged)",
            }, Array.ConvertAll(lines, l => l.Substring(9)));
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
