using Ticker.Data;
using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>
    /// The alert banner: a side tag (LONGS / SHORTS) and the feed's headline on the alert level's colour. At cascade
    /// level, until acknowledged, it flashes in step with the LED: solid while the LED is lit, outlined while dark.
    /// </summary>
    public sealed class BannerWidget : Widget
    {
        private readonly int _font;
        private readonly int _tagFont;
        private AlertLevel _level;
        private AlertSide _side;
        private string _headline = string.Empty;
        private bool _solid = true;
        private string _fittedFor;
        private string _fitted;
        private int _fittedFont;

        /// <summary>Creates the banner.</summary>
        /// <param name="bounds">Where it shows during an alert.</param>
        /// <param name="font">The headline's preferred font; it shrinks to <see cref="FontIds.Small"/> if needed.</param>
        /// <param name="tagFont">The side tag's font.</param>
        public BannerWidget(Rect bounds, int font, int tagFont)
            : base(bounds)
        {
            _font = font;
            _tagFont = tagFont;
            GreysWhenStale = false;
        }

        /// <summary>True while an alert is showing.</summary>
        public bool Visible
        {
            get { return _level != AlertLevel.None; }
        }

        /// <summary>True while drawn filled (false in the dark half of a cascade flash).</summary>
        public bool Solid
        {
            get { return _solid; }
        }

        /// <summary>The headline shown.</summary>
        public string Headline
        {
            get { return _headline; }
        }

        /// <summary>Sets what the banner shows; dirty only when something visible changed.</summary>
        /// <param name="level">The alert level (None hides the banner).</param>
        /// <param name="side">Which positions are being liquidated.</param>
        /// <param name="headline">The feed's headline, or null for a generic one.</param>
        /// <param name="solid">False during the dark half of a flash.</param>
        public void Set(AlertLevel level, AlertSide side, string headline, bool solid)
        {
            if (headline == null || headline.Length == 0)
            {
                headline = DefaultHeadline(level);
            }

            if (level != _level || side != _side || solid != _solid || headline != _headline)
            {
                _level = level;
                _side = side;
                _solid = solid;
                _headline = headline;
                Dirty = true;
            }
        }

        /// <inheritdoc/>
        public override void Draw(Canvas canvas, Palette palette)
        {
            if (_level == AlertLevel.None)
            {
                return;
            }

            Rect b = Bounds;
            int color = palette.Alert((int)_level);
            int ink = color;
            if (_solid)
            {
                canvas.FillRectangle(b.X, b.Y, b.Width, b.Height, color);
                ink = Palette.TextOn(color);
            }
            else
            {
                canvas.DrawRectangle(b.X, b.Y, b.Width, b.Height, 2, color);
            }

            string tag = _side == AlertSide.Long ? "LONGS" : (_side == AlertSide.Short ? "SHORTS" : "ALERT");
            int tagFontHeight = canvas.FontHeight(_tagFont);
            int tagWidth = canvas.MeasureText(tag, _tagFont) + 8;
            int tagHeight = tagFontHeight + 4 <= b.Height - 2 ? tagFontHeight + 4 : b.Height - 2;
            int tagY = b.Y + ((b.Height - tagHeight) / 2);
            FillTag(canvas, b.X + 4, tagY, tagWidth, tagHeight, _solid ? ink : color);
            canvas.DrawText(tag, _tagFont, _solid ? color : palette.Background, b.X + 8, tagY + ((tagHeight - tagFontHeight) / 2));

            int textX = b.X + tagWidth + 10;
            int maxWidth = b.Right - 4 - textX;
            if (!object.ReferenceEquals(_fittedFor, _headline))
            {
                _fitted = TextFit.Fit(canvas, _headline, _font, FontIds.Small, maxWidth, b.Height - 4, out _fittedFont);
                _fittedFor = _headline;
            }

            int textY = b.Y + ((b.Height - canvas.FontHeight(_fittedFont)) / 2);
            canvas.DrawText(_fitted, _fittedFont, ink, textX, textY);
        }

        // The side tag: a rectangle with its corner pixels cut, from two plain fills. Bitmap.FillRoundRectangle leaves
        // the column inside its right edge unfilled (nf-interpreter's rounded-rectangle fill stops one pixel short),
        // which showed as a stray bar on the tag; plain rectangles draw the same on every firmware.
        private static void FillTag(Canvas canvas, int x, int y, int width, int height, int color)
        {
            canvas.FillRectangle(x + 1, y, width - 2, height, color);
            canvas.FillRectangle(x, y + 1, width, height - 2, color);
        }

        private static string DefaultHeadline(AlertLevel level)
        {
            switch (level)
            {
                case AlertLevel.Watch:
                    return "Liquidations watch";
                case AlertLevel.Warning:
                    return "Liquidation warning";
                default:
                    return "Liquidation cascade";
            }
        }
    }
}
