using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>
    /// Where every widget goes, for one screen size: layouts are data, one instance per size, and the screens only
    /// read them. Rows of figures are listed top to bottom. Text sizes are the preferred fonts; text that does not
    /// fit shrinks or is cut inside these bounds (<see cref="TextFit"/>).
    /// </summary>
    public sealed class ScreenLayout
    {
        /// <summary>The 240x135 layout (M5StickC Plus, TTGO T-Display class boards).</summary>
        public static readonly ScreenLayout Small = BuildSmall();

        /// <summary>The 320x240 layout (ILI9341 / ILI9342 class boards).</summary>
        public static readonly ScreenLayout Large = BuildLarge();

        /// <summary>Screen width.</summary>
        public int Width;

        /// <summary>Screen height.</summary>
        public int Height;

        /// <summary>Hero number font (33 px on 240x135, 44 px on 320x240).</summary>
        public int HeroFont;

        /// <summary>Font of secondary figures.</summary>
        public int FigureFont;

        /// <summary>Font of small figure rows.</summary>
        public int RowFont;

        /// <summary>Font of captions and the status bar.</summary>
        public int CaptionFont;

        // Common: status bar along the top, banner along the bottom during an alert.

        /// <summary>Data age or STALE, top left.</summary>
        public Rect StatusAge;

        /// <summary>Screen position dots, top centre.</summary>
        public Rect StatusDots;

        /// <summary>Wi-Fi bars, top right.</summary>
        public Rect StatusWifi;

        /// <summary>The line under the status bar.</summary>
        public Rect Divider;

        /// <summary>The alert banner.</summary>
        public Rect Banner;

        /// <summary>Banner headline font.</summary>
        public int BannerFont;

        /// <summary>Font of the banner's side tag (LONGS / SHORTS).</summary>
        public int BannerTagFont;

        /// <summary>
        /// True when the banner takes the status bar's place while an alert shows (small panels, where every row
        /// below is a figure): the status bar is not drawn then, and nothing a screen shows is covered. An alert only
        /// shows with fresh data, so the data age it hides is never the news.
        /// </summary>
        public bool BannerOverStatusBar;

        // Gauge screen.

        /// <summary>The arc and needle.</summary>
        public Rect GaugeArc;

        /// <summary>The score (hero).</summary>
        public Rect GaugeScore;

        /// <summary>The band name.</summary>
        public Rect GaugeBand;

        /// <summary>Caption over the score.</summary>
        public Rect GaugeCaption;

        /// <summary>Strongest input.</summary>
        public Rect GaugePart1;

        /// <summary>Second strongest input.</summary>
        public Rect GaugePart2;

        // Liquidations screen.

        /// <summary>Caption "LIQUIDATIONS 24H".</summary>
        public Rect LiqCaption;

        /// <summary>The "reported, lower bound" marker.</summary>
        public Rect LiqMarker;

        /// <summary>24 h total (hero).</summary>
        public Rect LiqTotal;

        /// <summary>Long vs short split bar.</summary>
        public Rect LiqSplit;

        /// <summary>Longs 24 h.</summary>
        public Rect LiqLongs;

        /// <summary>Shorts 24 h.</summary>
        public Rect LiqShorts;

        /// <summary>Last hour total.</summary>
        public Rect LiqH1;

        /// <summary>Last 5 minutes total.</summary>
        public Rect LiqM5;

        /// <summary>The hourly histogram.</summary>
        public Rect LiqHistogram;

        // Spot screen.

        /// <summary>Caption "BINANCE SPOT SHARE".</summary>
        public Rect SpotCaption;

        /// <summary>Binance share (hero).</summary>
        public Rect SpotShare;

        /// <summary>"of N venues".</summary>
        public Rect SpotVenues;

        /// <summary>Share bar.</summary>
        public Rect SpotBar;

        /// <summary>Binance 24 h volume.</summary>
        public Rect SpotBinanceVolume;

        /// <summary>Other venues' 24 h volume.</summary>
        public Rect SpotOthersVolume;

        /// <summary>Caption of the taker deltas.</summary>
        public Rect SpotDeltaCaption;

        /// <summary>Taker delta 24 h.</summary>
        public Rect SpotDelta24h;

        /// <summary>Taker delta 1 h.</summary>
        public Rect SpotDelta1h;

        // Market screen.

        /// <summary>Price (hero).</summary>
        public Rect MarketPrice;

        /// <summary>Price change 24 h.</summary>
        public Rect MarketChange;

        /// <summary>Funding per 8 h.</summary>
        public Rect MarketFunding;

        /// <summary>Open interest.</summary>
        public Rect MarketOi;

        /// <summary>Open interest change 24 h.</summary>
        public Rect MarketOiChange;

        /// <summary>Taker buy/sell and bucket.</summary>
        public Rect MarketTaker;

        /// <summary>Long/short ratio.</summary>
        public Rect MarketLongShort;

        // Status screen: one row each.

        /// <summary>Rows of the status screen, top to bottom: Wi-Fi, feed, data age, last error, memory, firmware/board.</summary>
        public Rect[] StatusRows;

        // Self-test screen (docs/first-boot.md): it uses the whole panel, corners included.

        /// <summary>Side of the square corner markers.</summary>
        public int SelfTestCorner;

        /// <summary>"SELF-TEST" and the board id.</summary>
        public Rect SelfTestTitle;

        /// <summary>The colour bars.</summary>
        public Rect SelfTestBars;

        /// <summary>The arrow pointing up.</summary>
        public Rect SelfTestArrow;

        /// <summary>Rows: board name, driver and geometry, colours, LED, buttons, how to leave.</summary>
        public Rect[] SelfTestRows;

        /// <summary>Font of the self-test's text.</summary>
        public int SelfTestFont;

        /// <summary>The layout for a screen size: <see cref="Large"/> for 320 wide and more, else <see cref="Small"/>.</summary>
        public static ScreenLayout For(int width, int height)
        {
            return width >= 320 && height >= 240 ? Large : Small;
        }

        /// <summary>The whole screen.</summary>
        public Rect Screen
        {
            get { return new Rect(0, 0, Width, Height); }
        }

        private static ScreenLayout BuildSmall()
        {
            ScreenLayout l = new ScreenLayout();
            l.Width = 240;
            l.Height = 135;
            l.HeroFont = FontIds.Hero;
            l.FigureFont = FontIds.Large;
            l.RowFont = FontIds.Body;
            l.CaptionFont = FontIds.Small;
            l.StatusAge = new Rect(2, 0, 96, 15);
            l.StatusDots = new Rect(100, 0, 80, 15);
            l.StatusWifi = new Rect(220, 2, 16, 11);
            l.Divider = new Rect(0, 15, 240, 1);
            l.Banner = new Rect(0, 0, 240, 15);
            l.BannerOverStatusBar = true;
            l.BannerFont = FontIds.Small;
            l.BannerTagFont = FontIds.Small;

            l.GaugeArc = new Rect(2, 18, 136, 86);
            l.GaugeCaption = new Rect(142, 18, 96, 13);
            l.GaugeScore = new Rect(142, 32, 96, 34);
            l.GaugeBand = new Rect(142, 68, 96, 20);
            l.GaugePart1 = new Rect(2, 112, 116, 20);
            l.GaugePart2 = new Rect(122, 112, 116, 20);

            l.LiqCaption = new Rect(4, 17, 90, 13);
            l.LiqMarker = new Rect(96, 17, 140, 13);
            l.LiqTotal = new Rect(4, 30, 140, 34);
            l.LiqLongs = new Rect(148, 32, 88, 15);
            l.LiqShorts = new Rect(148, 48, 88, 15);
            l.LiqSplit = new Rect(4, 66, 232, 6);
            l.LiqH1 = new Rect(4, 74, 114, 17);
            l.LiqM5 = new Rect(122, 74, 114, 17);
            l.LiqHistogram = new Rect(4, 93, 232, 41);

            l.SpotCaption = new Rect(4, 17, 232, 13);
            l.SpotShare = new Rect(4, 30, 124, 34);
            l.SpotVenues = new Rect(132, 38, 104, 20);
            l.SpotBar = new Rect(4, 66, 232, 6);
            l.SpotBinanceVolume = new Rect(4, 74, 114, 17);
            l.SpotOthersVolume = new Rect(122, 74, 114, 17);
            l.SpotDeltaCaption = new Rect(4, 93, 232, 13);
            l.SpotDelta24h = new Rect(4, 107, 114, 22);
            l.SpotDelta1h = new Rect(122, 107, 114, 22);

            l.MarketPrice = new Rect(4, 17, 150, 34);
            l.MarketChange = new Rect(156, 23, 80, 22);
            l.MarketFunding = new Rect(4, 53, 232, 19);
            l.MarketOi = new Rect(4, 72, 140, 19);
            l.MarketOiChange = new Rect(148, 72, 88, 19);
            l.MarketTaker = new Rect(4, 91, 232, 19);
            l.MarketLongShort = new Rect(4, 110, 232, 19);

            l.StatusRows = Rows(4, 17, 232, 19, 6);

            l.SelfTestCorner = 10;
            l.SelfTestTitle = new Rect(12, 1, 216, 14);
            l.SelfTestBars = new Rect(12, 17, 216, 24);
            l.SelfTestRows = Rows(12, 44, 194, 13, 6);
            l.SelfTestArrow = new Rect(208, 44, 22, 78);
            l.SelfTestFont = FontIds.Small;
            return l;
        }

        private static ScreenLayout BuildLarge()
        {
            ScreenLayout l = new ScreenLayout();
            l.Width = 320;
            l.Height = 240;
            l.HeroFont = FontIds.HeroLarge;
            l.FigureFont = FontIds.Large;
            l.RowFont = FontIds.Large;
            l.CaptionFont = FontIds.Body;
            l.StatusAge = new Rect(4, 0, 130, 20);
            l.StatusDots = new Rect(130, 0, 100, 20);
            l.StatusWifi = new Rect(292, 3, 22, 14);
            l.Divider = new Rect(0, 20, 320, 1);
            l.Banner = new Rect(0, 198, 320, 42);
            l.BannerFont = FontIds.Large;
            l.BannerTagFont = FontIds.Body;

            l.GaugeArc = new Rect(4, 26, 200, 112);
            l.GaugeCaption = new Rect(208, 28, 108, 18);
            l.GaugeScore = new Rect(208, 48, 108, 50);
            l.GaugeBand = new Rect(208, 100, 108, 24);
            l.GaugePart1 = new Rect(4, 150, 154, 28);
            l.GaugePart2 = new Rect(162, 150, 154, 28);

            l.LiqCaption = new Rect(6, 24, 150, 18);
            l.LiqMarker = new Rect(160, 24, 154, 18);
            l.LiqTotal = new Rect(6, 44, 190, 50);
            l.LiqLongs = new Rect(200, 48, 114, 20);
            l.LiqShorts = new Rect(200, 70, 114, 20);
            l.LiqSplit = new Rect(6, 98, 308, 10);
            l.LiqH1 = new Rect(6, 112, 150, 24);
            l.LiqM5 = new Rect(164, 112, 150, 24);
            l.LiqHistogram = new Rect(6, 140, 308, 56);

            l.SpotCaption = new Rect(6, 24, 308, 18);
            l.SpotShare = new Rect(6, 44, 170, 50);
            l.SpotVenues = new Rect(180, 56, 134, 26);
            l.SpotBar = new Rect(6, 98, 308, 10);
            l.SpotBinanceVolume = new Rect(6, 112, 150, 24);
            l.SpotOthersVolume = new Rect(164, 112, 150, 24);
            l.SpotDeltaCaption = new Rect(6, 142, 308, 18);
            l.SpotDelta24h = new Rect(6, 162, 150, 30);
            l.SpotDelta1h = new Rect(164, 162, 150, 30);

            l.MarketPrice = new Rect(6, 24, 210, 50);
            l.MarketChange = new Rect(218, 36, 96, 28);
            l.MarketFunding = new Rect(6, 80, 308, 28);
            l.MarketOi = new Rect(6, 108, 190, 28);
            l.MarketOiChange = new Rect(200, 108, 114, 28);
            l.MarketTaker = new Rect(6, 136, 308, 28);
            l.MarketLongShort = new Rect(6, 164, 308, 28);

            l.StatusRows = Rows(6, 26, 308, 28, 6);

            l.SelfTestCorner = 14;
            l.SelfTestTitle = new Rect(18, 2, 284, 20);
            l.SelfTestBars = new Rect(18, 24, 284, 40);
            l.SelfTestRows = Rows(18, 70, 236, 20, 6);
            l.SelfTestArrow = new Rect(262, 70, 40, 140);
            l.SelfTestFont = FontIds.Body;
            return l;
        }

        private static Rect[] Rows(int x, int y, int width, int height, int count)
        {
            Rect[] rows = new Rect[count];
            for (int i = 0; i < count; i++)
            {
                rows[i] = new Rect(x, y + (i * height), width, height);
            }

            return rows;
        }
    }
}
