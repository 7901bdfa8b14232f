using Ticker.App;
using Ticker.Boards;
using Ticker.Data;
using Ticker.Drawing;
using Ticker.Setup;
using Ticker.Views;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>
    /// Draws one screen of one board through the documented examples in turn (calm, building, cascade, partial),
    /// as the device does: the painter's dirty rectangles, each in stripes of at most 32 KB, each stripe flushed.
    /// The result is the fingerprint of every drawing call and flush, the number
    /// <see cref="Expected.ScreenHashes"/> holds for each board and screen.
    /// </summary>
    public static class ScreenRun
    {
        /// <summary>The screens the button cycles through, in order.</summary>
        public static readonly ScreenId[] Screens =
        {
            ScreenId.Gauge, ScreenId.Liquidations, ScreenId.Spot, ScreenId.Market, ScreenId.Status,
        };

        /// <summary>The examples in the order they are shown: a market calming down, heating up, cascading, and a feed with most sources down.</summary>
        public static readonly string[] Sequence =
        {
            DocExamples.CalmName, DocExamples.BuildingName, DocExamples.CascadeName, DocExamples.PartialName,
        };

        /// <summary>The fingerprint of drawing <paramref name="screen"/> on <paramref name="board"/> through <see cref="Sequence"/>.</summary>
        public static uint Hash(BoardProfile board, ScreenId screen)
        {
            int rows = Stripes.RowsPer(board.Width, BoardProfile.MaxStripeBytes);
            DrawCallHasher surface = new DrawCallHasher(board.Width, rows < board.Height ? rows : board.Height);
            Canvas canvas = new Canvas(surface);
            ScreenPainter painter = new ScreenPainter(board.Width, board.Height, "0.1.0");
            SnapshotDecoder decoder = new SnapshotDecoder();
            int maxBytes = surface.Width * surface.Height * BoardProfile.BytesPerPixel;
            for (int step = 0; step < Sequence.Length; step++)
            {
                Snapshot snapshot = new Snapshot();
                byte[] body = Utf8.Encode(DocExamples.Json(Sequence[step]));
                if (!decoder.Decode(body, 0, body.Length, snapshot))
                {
                    return 0;
                }

                long nowMs = 10000 + (step * 5000);
                int count = painter.Update(State(board, screen, snapshot, step), nowMs);
                for (int i = 0; i < count; i++)
                {
                    Rect dirty = painter.DirtyRect(i);
                    int stripeRows = Stripes.RowsFor(dirty, maxBytes, surface.Height);
                    int stripes = Stripes.Count(dirty, stripeRows);
                    for (int s = 0; s < stripes; s++)
                    {
                        Rect stripe = Stripes.Get(dirty, stripeRows, s);
                        painter.Render(canvas, stripe);
                        surface.Flush(0, 0, stripe.Width, stripe.Height, stripe.X, stripe.Y);
                    }
                }
            }

            return surface.Hash;
        }

        private static ViewState State(BoardProfile board, ScreenId screen, Snapshot snapshot, int step)
        {
            ViewState state = new ViewState();
            state.Screen = screen;
            state.Data = snapshot;
            state.AlertLevel = snapshot.Alert.Level;
            state.DataAgeS = 3 + step;
            state.WifiUp = true;
            state.SignalDbm = -58 - step;
            state.LastError = step == 3 ? "feed answered HTTP 503" : string.Empty;
            state.FreeMemoryBytes = 61440 - (step * 512);
            state.FeedHost = "ticker.local";
            state.FirmwareVersion = "0.1.0";
            state.BoardId = board.Id;
            return state;
        }
    }
}
