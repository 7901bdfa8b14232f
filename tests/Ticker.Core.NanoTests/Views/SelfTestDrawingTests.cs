using nanoFramework.TestFramework;
using Ticker.Boards;
using Ticker.Core.NanoTests.Support;

namespace Ticker.Core.NanoTests.Views
{
    /// <summary>
    /// Every board's first-boot self-test (colour bars, corners, the arrow, the panel values, the LED steps, a gesture
    /// echoed) draws, on the device's runtime, exactly the calls it draws on .NET, where the host renderer turns them
    /// into the pictures of docs/first-boot.md.
    /// </summary>
    [TestClass]
    public class SelfTestDrawingTests
    {
        [TestMethod]
        public void Every_boards_self_test_draws_what_dotnet_draws()
        {
            Assert.AreEqual(BoardCatalog.Count, Expected.SelfTestHashes.Length, "one figure per board");
            for (int i = 0; i < Expected.SelfTestHashes.Length; i++)
            {
                BoardHash expected = Expected.SelfTestHashes[i];
                BoardProfile board = BoardCatalog.Find(expected.BoardId);
                Assert.IsNotNull(board, expected.BoardId + ": unknown board");

                Assert.AreEqual(expected.Hash, SelfTestRun.Hash(board), expected.BoardId);
            }
        }
    }
}
