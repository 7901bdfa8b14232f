using Ticker.App;
using Ticker.Data;
using Ticker.Drawing;
using Ticker.Led;
using Ticker.Text;

namespace Ticker.Views
{
    /// <summary>
    /// Decides what to redraw and draws it. <see cref="Update(ViewState, long)"/> gives every widget its value and
    /// lists the dirty rectangles (a preallocated array); the display adapter then calls
    /// <see cref="Render"/> for each rectangle, or for stripes of it, and flushes what was drawn.
    /// </summary>
    /// <remarks>
    /// A full redraw happens on the first update, on a screen change, when the data turns stale or fresh, and when
    /// the palette changes; otherwise only widgets whose text or geometry changed, plus the banner when it appears,
    /// flashes or goes. <see cref="Render"/> repaints a rectangle completely (background, every widget that meets
    /// it, the banner on top), so any rectangle can be redrawn at any time with the same pixels.
    /// </remarks>
    public sealed class ScreenPainter
    {
        /// <summary>Most dirty rectangles kept; more collapse into one full-screen rectangle.</summary>
        public const int MaxDirty = 24;

        private readonly ScreenLayout _layout;
        private readonly string _firmwareVersion;
        private readonly ViewState _state = new ViewState();
        private readonly ScreenView[] _screens;
        private readonly TextWidget _age;
        private readonly DotsWidget _dots;
        private readonly WifiWidget _wifi;
        private readonly BannerWidget _banner;
        private readonly Rect[] _dirty = new Rect[MaxDirty];
        private int _dirtyCount;
        private bool _drawn;
        private ScreenId _screen;
        private bool _stale;
        private Palette _palette;
        private bool _bannerShown;
        private SelfTestScreen _selfTest;
        private bool _selfTestShown;

        /// <summary>Creates the painter for a screen size.</summary>
        /// <param name="width">Screen width (240 or 320).</param>
        /// <param name="height">Screen height (135 or 240).</param>
        /// <param name="firmwareVersion">Shown on the status screen.</param>
        public ScreenPainter(int width, int height, string firmwareVersion)
        {
            _layout = ScreenLayout.For(width, height);
            _firmwareVersion = firmwareVersion;
            _screens = new ScreenView[Screens.Count];
            _screens[(int)ScreenId.Gauge] = new GaugeScreen(_layout);
            _screens[(int)ScreenId.Liquidations] = new LiquidationsScreen(_layout);
            _screens[(int)ScreenId.Spot] = new SpotScreen(_layout);
            _screens[(int)ScreenId.Market] = new MarketScreen(_layout);
            _screens[(int)ScreenId.Status] = new StatusScreen(_layout);
            _age = new TextWidget(_layout.StatusAge, _layout.CaptionFont, FontIds.Small, TextAlign.Left);
            _age.GreysWhenStale = false;
            _dots = new DotsWidget(_layout.StatusDots);
            _wifi = new WifiWidget(_layout.StatusWifi);
            _banner = new BannerWidget(_layout.Banner, _layout.BannerFont, _layout.BannerTagFont);
        }

        /// <summary>The layout in use.</summary>
        public ScreenLayout Layout
        {
            get { return _layout; }
        }

        /// <summary>How many rectangles the last update found dirty.</summary>
        public int DirtyCount
        {
            get { return _dirtyCount; }
        }

        /// <summary>Dirty rectangle <paramref name="index"/> of the last update, in screen coordinates.</summary>
        public Rect DirtyRect(int index)
        {
            return _dirty[index];
        }

        /// <summary>The banner (for the adapter's and tests' information).</summary>
        public BannerWidget Banner
        {
            get { return _banner; }
        }

        /// <summary>The screen shown by the last update.</summary>
        public ScreenView CurrentScreen
        {
            get { return _selfTestShown ? _selfTest : _screens[(int)_screen]; }
        }

        /// <summary>True when the last update showed the self-test picture.</summary>
        public bool ShowsSelfTest
        {
            get { return _selfTestShown; }
        }

        /// <summary>
        /// True when the status bar (data age, screen dots, Wi-Fi) was drawn by the last update: not during the
        /// self-test, nor while a banner that takes its place (<see cref="ScreenLayout.BannerOverStatusBar"/>) shows.
        /// </summary>
        public bool ShowsStatusBar
        {
            get { return !_selfTestShown && !(_bannerShown && _layout.BannerOverStatusBar); }
        }

        /// <summary>Reads the app and updates; returns the number of dirty rectangles.</summary>
        public int Update(TickerApp app, long nowMs)
        {
            _state.CopyFrom(app, nowMs, _firmwareVersion);
            return Update(_state, nowMs);
        }

        /// <summary>Gives the widgets their values and lists what must be redrawn; returns the number of dirty rectangles.</summary>
        public int Update(ViewState state, long nowMs)
        {
            _dirtyCount = 0;
            Palette palette = state.Palette;
            bool selfTest = state.SelfTest != null;
            bool full = !_drawn || state.Screen != _screen || state.Stale != _stale || !object.ReferenceEquals(palette, _palette) ||
                selfTest != _selfTestShown;
            _drawn = true;
            _selfTestShown = selfTest;
            if (selfTest)
            {
                _palette = palette;
                return UpdateSelfTest(state, full);
            }

            _screen = state.Screen;
            _stale = state.Stale;
            _palette = palette;

            ScreenView screen = _screens[(int)_screen];
            screen.Bind(state);
            BindStatusBar(state, palette);
            bool flashing = state.AlertLevel >= AlertLevel.Cascade && !state.AlertAcknowledged;
            bool solid = !flashing || LedPatterns.Cascade.IsOn(nowMs);
            _banner.Set(state.AlertLevel, state.Data.Alert.Side, state.Data.Alert.Headline, solid);

            bool bannerShown = _banner.Visible;
            if (bannerShown != _bannerShown)
            {
                // Appearing or going, the banner's whole rectangle changes: what it covered is drawn again.
                _banner.Dirty = true;
                _bannerShown = bannerShown;
            }

            if (full)
            {
                AddDirty(_layout.Screen);
            }

            for (int i = 0; i < screen.WidgetCount; i++)
            {
                Collect(screen.WidgetAt(i), full);
            }

            Collect(_age, full);
            Collect(_dots, full);
            Collect(_wifi, full);
            Collect(_banner, full);
            return _dirtyCount;
        }

        // The self-test is made on first use: most devices never show it, and its widgets cost heap.
        private int UpdateSelfTest(ViewState state, bool full)
        {
            if (_selfTest == null)
            {
                _selfTest = new SelfTestScreen(_layout);
            }

            _selfTest.Bind(state);
            if (full)
            {
                AddDirty(_layout.Screen);
            }

            for (int i = 0; i < _selfTest.WidgetCount; i++)
            {
                Collect(_selfTest.WidgetAt(i), full);
            }

            return _dirtyCount;
        }

        /// <summary>
        /// Draws the screen rectangle <paramref name="region"/> completely, through <paramref name="canvas"/>,
        /// whose surface holds that region at its (0, 0).
        /// </summary>
        public void Render(Canvas canvas, Rect region)
        {
            Palette palette = _palette ?? Palette.Standard;
            canvas.Begin(region);
            canvas.Clear(region, palette.Background);
            if (_selfTestShown)
            {
                for (int i = 0; i < _selfTest.WidgetCount; i++)
                {
                    Draw(canvas, _selfTest.WidgetAt(i), palette);
                }

                canvas.ClipTo(region);
                return;
            }

            ScreenView screen = _screens[(int)_screen];
            for (int i = 0; i < screen.WidgetCount; i++)
            {
                Draw(canvas, screen.WidgetAt(i), palette);
            }

            if (canvas.ClipTo(_layout.Divider))
            {
                canvas.Greyed = false;
                canvas.FillRectangle(_layout.Divider.X, _layout.Divider.Y, _layout.Divider.Width, _layout.Divider.Height, palette.Track);
            }

            if (ShowsStatusBar)
            {
                Draw(canvas, _age, palette);
                Draw(canvas, _dots, palette);
                Draw(canvas, _wifi, palette);
            }

            if (_banner.Visible)
            {
                Draw(canvas, _banner, palette);
            }

            canvas.ClipTo(region);
        }

        private void Draw(Canvas canvas, Widget widget, Palette palette)
        {
            if (!canvas.ClipTo(widget.Bounds))
            {
                return;
            }

            canvas.Greyed = _stale && widget.GreysWhenStale;

            // Each widget clears its own bounds first: under the banner, the banner's background must not show through.
            canvas.Clear(widget.Bounds, palette.Background);
            widget.Draw(canvas, palette);
        }

        private void BindStatusBar(ViewState state, Palette palette)
        {
            CharBuffer text = _age.Begin();
            if (state.Stale)
            {
                text.Append("STALE ");
                NumberText.Age(text, state.DataAgeS);
            }
            else if (Value.IsMissing(state.DataAgeS))
            {
                text.Append("NO DATA");
            }
            else
            {
                text.Append("Age ");
                NumberText.Age(text, state.DataAgeS);
            }

            _age.Commit(state.Stale ? palette.Down : palette.Dim);
            _dots.SetCurrent((int)state.Screen);
            _wifi.SetSignal(state.WifiUp, state.SignalDbm);
        }

        private void Collect(Widget widget, bool full)
        {
            if (widget.Dirty && !full)
            {
                AddDirty(widget.Bounds);
            }

            widget.Dirty = false;
        }

        private void AddDirty(Rect rect)
        {
            if (_dirtyCount == 1 && _dirty[0].Contains(_layout.Screen))
            {
                return;
            }

            if (_dirtyCount == MaxDirty)
            {
                _dirty[0] = _layout.Screen;
                _dirtyCount = 1;
                return;
            }

            _dirty[_dirtyCount++] = rect;
        }
    }
}
