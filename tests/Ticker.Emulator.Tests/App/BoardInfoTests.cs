using Ticker.Boards;
using Ticker.Emulator.Web;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    /// <summary>What the page is told about a board's LED: its own, or the add-on its hardware guide suggests.</summary>
    public class BoardInfoTests
    {
        [Theory]
        [InlineData("t-display", false, 32)]
        [InlineData("m5stack-core", false, 26)]
        [InlineData("wrover-kit", true, 2)]
        [InlineData("diy-ili9341", true, 26)]
        public void The_page_draws_the_board_s_own_LED_or_the_documented_add_on(string boardId, bool onBoard, int pin)
        {
            BoardInfo info = BoardInfo.Of(BoardCatalog.Find(boardId)!);

            Assert.Equal((onBoard, pin), (info.HasLed, info.LedPin));
        }
    }
}
