using Ticker.App;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Data;
using Ticker.Input;
using Ticker.Views;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>
    /// The first-boot self-test of one board as the device runs it: started at uptime 0, one short press of the first
    /// button (echoed on screen), then every LED step in turn, each drawn by <see cref="StripedDisplay"/> into a
    /// <see cref="DrawCallHasher"/>. The result is the fingerprint <see cref="Expected.SelfTestHashes"/> holds per board.
    /// </summary>
    public static class SelfTestRun
    {
        /// <summary>The fingerprint of the self-test on <paramref name="board"/>, with the board's own panel values.</summary>
        public static uint Hash(BoardProfile board)
        {
            DeviceSettings settings = new DeviceSettings();
            settings.BoardId = board.Id;
            settings.WifiSsid = "desk";
            TickerApp app = new TickerApp(settings, 0, 1);
            int rows = Stripes.RowsPer(board.Width, BoardProfile.MaxStripeBytes);
            DrawCallHasher surface = new DrawCallHasher(board.Width, rows < board.Height ? rows : board.Height);
            StripedDisplay display = new StripedDisplay(board.Width, board.Height, surface, surface, "0.1.0");

            app.StartSelfTest(0);
            display.Update(app, 0);
            app.OnGesture(1000, 0, Gesture.ShortPress, UserAction.None);
            display.Update(app, 1000);
            for (int step = 0; step < SelfTest.StepCount; step++)
            {
                long nowMs = (step * SelfTest.LedStepMs) + 2000;
                app.Tick(nowMs, Value.Missing);
                display.Update(app, nowMs);
            }

            return surface.Hash;
        }
    }
}
