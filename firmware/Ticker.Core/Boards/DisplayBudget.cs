namespace Ticker.Boards
{
    /// <summary>
    /// How much graphics memory the device asks nanoFramework for, and how tall a drawing surface it then makes:
    /// a full frame where PSRAM holds it, otherwise screen-wide stripes of at most <see cref="BoardProfile.MaxStripeBytes"/>
    /// (the buffer comes from the internal RAM that Wi-Fi and TLS also need).
    /// </summary>
    public static class DisplayBudget
    {
        /// <summary>Bytes to pass to <c>DisplayControl.Initialize</c> for <paramref name="board"/>.</summary>
        public static int RequestBytes(BoardProfile board)
        {
            return board.HasPsram ? board.FullFrameBytes : board.StripeRows * board.Width * BoardProfile.BytesPerPixel;
        }

        /// <summary>
        /// Rows of the surface bitmap, given the bytes <c>DisplayControl.Initialize</c> actually granted (it may give
        /// less than asked): as many full-width rows as were asked for and fit, at least 1.
        /// </summary>
        public static int SurfaceRows(BoardProfile board, long grantedBytes)
        {
            int asked = RequestBytes(board) / (board.Width * BoardProfile.BytesPerPixel);
            long fit = grantedBytes / (board.Width * BoardProfile.BytesPerPixel);
            int rows = fit < asked ? (int)fit : asked;
            return rows < 1 ? 1 : rows;
        }
    }
}
