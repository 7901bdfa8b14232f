using Ticker.Boards;
using Xunit;

namespace Ticker.Core.Tests.Boards
{
    public class DisplayBudgetTests
    {
        [Theory]
        [InlineData("wrover-kit", 153600, 240)]  // PSRAM: the whole 320x240 frame
        [InlineData("m5stack-core", 32640, 51)]  // 51 rows of 320 px, under 32 KB
        [InlineData("diy-ili9341", 32640, 51)]
        [InlineData("t-display", 32640, 68)]     // 68 rows of 240 px
        public void Asks_for_a_full_frame_with_PSRAM_and_stripes_of_at_most_32_KB_without(string id, int bytes, int rows)
        {
            BoardProfile board = BoardCatalog.Find(id)!;

            Assert.Equal(bytes, DisplayBudget.RequestBytes(board));
            Assert.Equal(rows, DisplayBudget.SurfaceRows(board, bytes));
            Assert.True(board.HasPsram || DisplayBudget.RequestBytes(board) <= BoardProfile.MaxStripeBytes);
        }

        [Theory]
        [InlineData(20480, 32)]   // less granted than asked: fewer rows
        [InlineData(1000000, 51)] // more granted: never more rows than asked
        [InlineData(0, 1)]        // nothing granted: one row, so drawing still works (slowly)
        public void Rows_follow_what_was_granted(int granted, int rows)
        {
            Assert.Equal(rows, DisplayBudget.SurfaceRows(BoardCatalog.Find("m5stack-core")!, granted));
        }
    }
}
