using System;
using Ticker.App;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Data;
using Ticker.Platform;
using Ticker.Views;

namespace Ticker.Rendering
{
    /// <summary>A render request the renderer cannot carry out (bad snapshot): <see cref="Exception.Message"/> is one line.</summary>
    public sealed class RenderException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public RenderException(string message)
            : base(message)
        {
        }
    }

    /// <summary>
    /// Renders what a board shows: a real <see cref="TickerApp"/> is driven into the state (Wi-Fi up, the snapshot
    /// received as a feed answer, the screen chosen with the buttons, optionally left until the data is stale), then
    /// the core's <see cref="StripedDisplay"/> draws it stripe by stripe (the board's stripe height) on an
    /// <see cref="Rgb565Surface"/> and flushes each stripe into a full-screen frame.
    /// </summary>
    public static class ScreenRenderer
    {
        /// <summary>Firmware version shown on the status screen of host renders.</summary>
        public const string FirmwareVersion = "0.1.0";

        /// <summary>Uptime at which the snapshot arrives.</summary>
        public const long ReceivedAtMs = 2000;

        /// <summary>Age of fresh data in the render, in seconds.</summary>
        public const int FreshAgeS = 12;

        /// <summary>Decodes a snapshot with the device's decoder.</summary>
        /// <exception cref="RenderException">The bytes are not a valid snapshot; the message says why and where.</exception>
        public static Snapshot Decode(byte[] json)
        {
            ArgumentNullException.ThrowIfNull(json);
            var snapshot = new Snapshot();
            var decoder = new SnapshotDecoder();
            if (!decoder.Decode(json, 0, json.Length, snapshot))
            {
                throw new RenderException("bad snapshot: " + SnapshotErrors.Describe(decoder.Error) + " at byte " + decoder.ErrorPosition);
            }

            return snapshot;
        }

        /// <summary>Builds the app in the state the render shows; returns it and the uptime to render at.</summary>
        /// <exception cref="RenderException">The snapshot is invalid or the app rejected it.</exception>
        public static TickerApp DriveApp(BoardProfile board, ScreenId screen, byte[] json, bool stale, out long nowMs)
        {
            ArgumentNullException.ThrowIfNull(board);
            Snapshot snapshot = Decode(json);
            var settings = new DeviceSettings
            {
                WifiSsid = "desk",
                BoardId = board.Id,
                AutoRotateS = 0,
                Asset = string.IsNullOrEmpty(snapshot.Asset) ? "BTC" : snapshot.Asset,
            };
            var app = new TickerApp(settings, 0, 1);
            app.OnNetwork(1000, true, -61);
            app.Tick(1000, Value.Missing);
            if (!app.IsRequestDue(ReceivedAtMs))
            {
                throw new RenderException("the app did not ask for a snapshot");
            }

            app.BeginRequest(ReceivedAtMs);
            app.OnResponse(ReceivedAtMs, new HttpResult { Status = 200, Body = json, BodyLength = json.Length, ETag = "\"render\"" });
            app.Tick(ReceivedAtMs, Value.Missing);
            if (!app.HasData)
            {
                throw new RenderException("the app rejected the snapshot: " + app.LastError);
            }

            for (int i = 0; i < Screens.Count && app.Screen != screen; i++)
            {
                app.OnUserAction(ReceivedAtMs, Input.UserAction.NextScreen);
            }

            nowMs = ReceivedAtMs + (FreshAgeS * 1000L);
            if (stale)
            {
                // No further answers: step the clock until the app calls its data stale (at most a day).
                while (!app.IsStale && nowMs < ReceivedAtMs + 86_400_000L)
                {
                    nowMs += 1000;
                    app.Tick(nowMs, Value.Missing);
                }
            }

            app.Tick(nowMs, Value.Missing);
            return app;
        }

        /// <summary>Renders a board's screen for a snapshot as the device would show it.</summary>
        /// <exception cref="RenderException">The snapshot is invalid or the app rejected it.</exception>
        public static Rgb565Surface Render(BoardProfile board, ScreenId screen, byte[] json, bool stale, FontSet fonts)
        {
            return Render(board, screen, json, stale, fonts, board.StripeRows);
        }

        /// <summary>Renders with a chosen stripe height (<paramref name="stripeRows"/> = board height for one whole-frame stripe).</summary>
        /// <exception cref="RenderException">The snapshot is invalid or the app rejected it.</exception>
        public static Rgb565Surface Render(BoardProfile board, ScreenId screen, byte[] json, bool stale, FontSet fonts, int stripeRows)
        {
            return Render(board, screen, json, stale, fonts, stripeRows, out _);
        }

        /// <summary>Renders and also returns the stripe surface (its <see cref="Rgb565Surface.ClippedTextPixels"/>) and painter.</summary>
        /// <exception cref="RenderException">The snapshot is invalid or the app rejected it.</exception>
        public static Rgb565Surface Render(BoardProfile board, ScreenId screen, byte[] json, bool stale, FontSet fonts, int stripeRows, out RenderDetails details)
        {
            ArgumentNullException.ThrowIfNull(board);
            ArgumentNullException.ThrowIfNull(fonts);
            TickerApp app = DriveApp(board, screen, json, stale, out long nowMs);
            var stripe = new Rgb565Surface(board.Width, stripeRows, fonts);
            var frame = new Rgb565Surface(board.Width, board.Height, fonts);
            var target = new FrameTarget(stripe, frame);
            var display = new StripedDisplay(board.Width, board.Height, stripe, target, FirmwareVersion);
            display.Update(app, nowMs);
            details = new RenderDetails(stripe, display.Painter, target.FlushCount, app);
            return frame;
        }
    }

    /// <summary>The self-test picture as rendered for the docs and the golden images.</summary>
    public static class SelfTestRenderer
    {
        /// <summary>Uptime of the render: the LED on its Cascade step (with its sound), 2 s into it.</summary>
        public const long RenderAtMs = (6 * Ticker.App.SelfTest.LedStepMs) + 2000;

        /// <summary>
        /// The board's self-test as the device draws it with <paramref name="settings"/> (null: the defaults), after one
        /// short press of the first button, drawn stripe by stripe as on the device.
        /// </summary>
        public static Rgb565Surface Render(BoardProfile board, DeviceSettings? settings, FontSet fonts)
        {
            ArgumentNullException.ThrowIfNull(board);
            ArgumentNullException.ThrowIfNull(fonts);
            DeviceSettings s = settings ?? new DeviceSettings();
            s.BoardId = board.Id;
            s.WifiSsid = "desk";
            var app = new TickerApp(s, 0, 1);
            app.StartSelfTest(0);
            app.OnGesture(1000, 0, Input.Gesture.ShortPress, Input.UserAction.None);
            app.Tick(RenderAtMs, Value.Missing);
            var stripe = new Rgb565Surface(board.Width, board.StripeRows, fonts);
            var frame = new Rgb565Surface(board.Width, board.Height, fonts);
            var display = new StripedDisplay(board.Width, board.Height, stripe, new FrameTarget(stripe, frame), ScreenRenderer.FirmwareVersion);
            display.Update(app, RenderAtMs);
            return frame;
        }
    }

    /// <summary>What a render went through: the stripe surface, the painter (widget layout), the flush count, the app.</summary>
    /// <param name="Stripe">The surface the screen was drawn on.</param>
    /// <param name="Painter">The painter, its layout and current screen.</param>
    /// <param name="Flushes">Stripes flushed.</param>
    /// <param name="App">The app in the rendered state.</param>
    public sealed record RenderDetails(Rgb565Surface Stripe, ScreenPainter Painter, int Flushes, TickerApp App);
}
