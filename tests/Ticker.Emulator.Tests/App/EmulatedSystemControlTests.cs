using Ticker.Boards;
using Ticker.Emulator.Device;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    /// <summary>The status screen's memory row shows the emulated board's managed heap, not the desktop's.</summary>
    public class EmulatedSystemControlTests
    {
        [Theory]
        [InlineData("t-display", 112_640)]
        [InlineData("m5stack-core", 112_640)]
        [InlineData("diy-ili9341", 112_640)]
        [InlineData("wrover-kit", 3_670_016)]
        public void Free_memory_is_the_board_s_documented_heap(string boardId, long bytes)
        {
            var system = new EmulatedSystemControl(BoardCatalog.Find(boardId)!, () => { });

            Assert.Equal(bytes, system.FreeMemoryBytes());
        }

        [Fact]
        public void A_reboot_request_restarts_the_emulated_device()
        {
            int reboots = 0;
            new EmulatedSystemControl(BoardCatalog.Default, () => reboots++).Reboot();

            Assert.Equal(1, reboots);
        }
    }
}
