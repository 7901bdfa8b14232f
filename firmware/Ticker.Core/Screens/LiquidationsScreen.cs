using Ticker.Data;
using Ticker.Drawing;
using Ticker.Text;

namespace Ticker.Views
{
    /// <summary>
    /// Liquidations: the 24 h total as hero, the share on altcoins (not BTC perpetuals), longs vs shorts, the last
    /// hour and 5 minutes, and up to 24 hourly bars.
    /// </summary>
    public sealed class LiquidationsScreen : ScreenView
    {
        private readonly TextWidget _caption;
        private readonly TextWidget _marker;
        private readonly TextWidget _alt;
        private readonly TextWidget _total;
        private readonly TextWidget _longs;
        private readonly TextWidget _shorts;
        private readonly SplitBarWidget _split;
        private readonly TextWidget _h1;
        private readonly TextWidget _m5;
        private readonly HistogramWidget _histogram;

        /// <summary>Builds the screen for a layout.</summary>
        public LiquidationsScreen(ScreenLayout layout)
            : base(10)
        {
            _caption = AddText(layout.LiqCaption, layout.CaptionFont, TextAlign.Left);
            _alt = AddText(layout.LiqAlt, layout.CaptionFont, TextAlign.Left);
            _marker = AddText(layout.LiqMarker, layout.CaptionFont, TextAlign.Right);
            _total = AddText(layout.LiqTotal, layout.HeroFont, TextAlign.Left);
            _longs = AddText(layout.LiqLongs, layout.RowFont, TextAlign.Right);
            _shorts = AddText(layout.LiqShorts, layout.RowFont, TextAlign.Right);
            _split = new SplitBarWidget(layout.LiqSplit);
            Add(_split);
            _h1 = AddText(layout.LiqH1, layout.RowFont, TextAlign.Left);
            _m5 = AddText(layout.LiqM5, layout.RowFont, TextAlign.Right);
            _histogram = new HistogramWidget(layout.LiqHistogram);
            Add(_histogram);
        }

        // "LIQ 24H", or the span the venues covered when the day is partial ("LIQ 6H", "LIQ 12M"), rounded down:
        // a young feed's total labelled honestly rather than hidden behind a dash.
        private void BindCaption(long coveredS, Palette p)
        {
            CharBuffer text = _caption.Begin();
            text.Append("LIQ ");
            if (Value.IsMissing(coveredS))
            {
                text.Append("24H");
            }
            else if (coveredS >= 3600)
            {
                NumberText.Digits(text, coveredS / 3600);
                text.Append('H');
            }
            else
            {
                NumberText.Digits(text, coveredS / 60);
                text.Append('M');
            }

            _caption.Commit(p.Dim);
        }

        /// <inheritdoc/>
        public override void Bind(ViewState state)
        {
            Palette p = state.Palette;
            LiqSection liq = state.Data.Liq;
            BindCaption(liq.H24.CoveredS, p);

            // Venues publish sampled liquidations, so unless the feed says otherwise the totals are a floor.
            _marker.SetText(liq.Present && liq.LowerBound ? "reported, lower bound" : string.Empty, p.Dim);
            BindAltShare(Value.IsMissing(liq.H24.BtcLong) ? liq.H1 : liq.H24, p);
            LabelledUsd(_total, string.Empty, Sum(liq.H24.Long, liq.H24.Short), p.Text);
            LabelledUsd(_longs, "L ", liq.H24.Long, p.LongSide);
            LabelledUsd(_shorts, "S ", liq.H24.Short, p.ShortSide);
            _split.SetValues(liq.H24.Long, liq.H24.Short, p.LongSide, p.ShortSide);
            LabelledUsd(_h1, "1h ", Sum(liq.H1.Long, liq.H1.Short), p.Text);
            LabelledUsd(_m5, "5m ", Sum(liq.M5.Long, liq.M5.Short), p.Text);
            _histogram.SetValues(liq.HourlyLongM, liq.HourlyShortM, liq.HourlyCount, p.LongSide, p.ShortSide);
        }

        /// <summary>"ALT 74%": the part of the window's liquidations that was not BTC contracts; blank when unknown.</summary>
        private void BindAltShare(LiqWindow window, Palette p)
        {
            CharBuffer text = _alt.Begin();
            long total = Sum(window.Long, window.Short);
            long btc = Sum(window.BtcLong, window.BtcShort);
            if (!Value.IsMissing(total) && !Value.IsMissing(btc) && total > 0 && btc <= total)
            {
                text.Append("ALT ");
                NumberText.Digits(text, ((total - btc) * 100 + (total / 2)) / total);
                text.Append("%");
            }

            _alt.Commit(p.Dim);
        }
    }
}
