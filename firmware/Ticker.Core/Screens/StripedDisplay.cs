using Ticker.App;
using Ticker.Boards;
using Ticker.Data;
using Ticker.Drawing;
using Ticker.Led;
using Ticker.Platform;

namespace Ticker.Views
{
    /// <summary>
    /// The <see cref="IDisplay"/> every board uses: a <see cref="ScreenPainter"/> over one stripe-sized surface.
    /// On each loop turn it does nothing unless something visible may have changed (the app's view version, the
    /// data age in whole seconds, the banner's flash phase); then it redraws the dirty rectangles stripe by stripe
    /// and flushes each stripe to the panel.
    /// </summary>
    public sealed class StripedDisplay : IDisplay
    {
        private readonly ScreenPainter _painter;
        private readonly Canvas _canvas;
        private readonly IFlushTarget _target;
        private readonly int _maxBytes;
        private bool _started;
        private int _viewVersion;
        private long _ageS;
        private bool _flashOn;
        private int _stripesFlushed;
        private long _pixelsFlushed;

        /// <summary>Creates the display.</summary>
        /// <param name="width">Screen width.</param>
        /// <param name="height">Screen height.</param>
        /// <param name="surface">The stripe surface: screen-wide, at most <see cref="BoardProfile.MaxStripeBytes"/> (or a full frame with PSRAM).</param>
        /// <param name="target">Where drawn stripes go.</param>
        /// <param name="firmwareVersion">Shown on the status screen.</param>
        public StripedDisplay(int width, int height, IDrawingSurface surface, IFlushTarget target, string firmwareVersion)
        {
            _painter = new ScreenPainter(width, height, firmwareVersion);
            _canvas = new Canvas(surface);
            _target = target;
            _maxBytes = surface.Width * surface.Height * BoardProfile.BytesPerPixel;
        }

        /// <summary>The painter (for the host renderer and tests).</summary>
        public ScreenPainter Painter
        {
            get { return _painter; }
        }

        /// <summary>Stripes flushed since start-up.</summary>
        public int StripesFlushed
        {
            get { return _stripesFlushed; }
        }

        /// <summary>Pixels flushed since start-up.</summary>
        public long PixelsFlushed
        {
            get { return _pixelsFlushed; }
        }

        /// <inheritdoc/>
        public void Update(TickerApp app, long nowMs)
        {
            long ageS = app.DataAgeS(nowMs);
            bool flashOn = app.ActiveAlertLevel >= AlertLevel.Cascade && LedPatterns.Cascade.IsOn(nowMs);
            if (_started && app.ViewVersion == _viewVersion && ageS == _ageS && flashOn == _flashOn)
            {
                return;
            }

            _started = true;
            _viewVersion = app.ViewVersion;
            _ageS = ageS;
            _flashOn = flashOn;
            int count = _painter.Update(app, nowMs);
            for (int i = 0; i < count; i++)
            {
                Rect dirty = _painter.DirtyRect(i);
                int rows = Stripes.RowsFor(dirty, _maxBytes, _canvas.Surface.Height);
                int stripes = Stripes.Count(dirty, rows);
                for (int s = 0; s < stripes; s++)
                {
                    Rect stripe = Stripes.Get(dirty, rows, s);
                    _painter.Render(_canvas, stripe);
                    _target.Flush(0, 0, stripe.Width, stripe.Height, stripe.X, stripe.Y);
                    _stripesFlushed++;
                    _pixelsFlushed += stripe.Area;
                }
            }
        }
    }
}
