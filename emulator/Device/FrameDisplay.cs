using System;
using Ticker.App;
using Ticker.Boards;
using Ticker.Platform;
using Ticker.Rendering;
using Ticker.Views;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// The board's panel: the core's <see cref="StripedDisplay"/> drawing on the host renderer's RGB565 stripe, each
    /// flushed stripe copied into a full-screen frame. A frame is published only when the device flushed something,
    /// that is when the real panel would change. When the settings' panel values differ from the board's real panel
    /// (docs/settings.md, "Panel"), the frame is shown as that panel's glass would show it (<see cref="PanelGlass"/>):
    /// a wrong colour order swaps red and blue, a wrong offset shifts the picture, and so on.
    /// </summary>
    public sealed class FrameDisplay : IDisplay
    {
        private readonly Rgb565Surface _stripe;
        private readonly FrameTarget _target;
        private readonly StripedDisplay _display;
        private readonly Action<DeviceFrame> _published;
        private readonly PanelConfig _truth;
        private readonly FontSet _fonts;
        private int _version;

        /// <summary>Creates the panel of <paramref name="board"/>; <paramref name="published"/> gets every redrawn frame.</summary>
        public FrameDisplay(BoardProfile board, FontSet fonts, Action<DeviceFrame> published)
        {
            ArgumentNullException.ThrowIfNull(board);
            ArgumentNullException.ThrowIfNull(fonts);
            _published = published ?? throw new ArgumentNullException(nameof(published));
            _stripe = new Rgb565Surface(board.Width, board.StripeRows, fonts);
            _target = new FrameTarget(_stripe, new Rgb565Surface(board.Width, board.Height, fonts));
            _display = new StripedDisplay(board.Width, board.Height, _stripe, _target, EmulatedSystemControl.FirmwareName);
            _truth = PanelConfig.Of(board);
            _fonts = fonts;
        }

        /// <summary>Frames published so far.</summary>
        public int Version => _version;

        /// <inheritdoc/>
        public void Update(TickerApp app, long nowMs)
        {
            ArgumentNullException.ThrowIfNull(app);
            int flushes = _target.FlushCount;
            _display.Update(app, nowMs);

            // The renderer records every text draw for its tests; a long-running device must not keep them.
            _stripe.TextDraws.Clear();
            _stripe.TextOverflows.Clear();
            if (_target.FlushCount != flushes)
            {
                _version++;
                Rgb565Surface frame = _target.Frame;
                PanelGlass glass = PanelGlass.Between(app.Panel, _truth);
                if (!glass.IsCorrect)
                {
                    frame = glass.Show(frame, _fonts);
                }

                _published(new DeviceFrame(_version, frame.Width, frame.Height, Screens.IdOf(app.Screen), (ushort[])frame.Pixels.Clone()));
            }
        }
    }
}
