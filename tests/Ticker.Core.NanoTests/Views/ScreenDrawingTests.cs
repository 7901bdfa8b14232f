using nanoFramework.TestFramework;
using Ticker.Boards;
using Ticker.Core.NanoTests.Support;

namespace Ticker.Core.NanoTests.Views
{
    /// <summary>
    /// Every board and screen draws, on the device's runtime, exactly the calls it draws on .NET (where the host
    /// renderer turns them into the golden images): the same rectangles, lines, ellipses, texts, colours, stripes
    /// and flushes, through the documented examples in turn.
    /// </summary>
    [TestClass]
    public class ScreenDrawingTests
    {
        [TestMethod]
        public void Every_board_and_screen_draws_what_dotnet_draws()
        {
            Assert.AreEqual(BoardCatalog.Count * ScreenRun.Screens.Length, Expected.ScreenHashes.Length, "one figure per board and screen");
            for (int i = 0; i < Expected.ScreenHashes.Length; i++)
            {
                ScreenHash expected = Expected.ScreenHashes[i];
                BoardProfile board = BoardCatalog.Find(expected.BoardId);
                Assert.IsNotNull(board, expected.Label + ": unknown board");

                Assert.AreEqual(expected.Hash, ScreenRun.Hash(board, expected.Screen), expected.Label);
            }
        }
    }
}
