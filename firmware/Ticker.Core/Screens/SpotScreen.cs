using Ticker.Data;
using Ticker.Drawing;
using Ticker.Text;

namespace Ticker.Views
{
    /// <summary>Spot: Binance's share of spot volume as hero, the share bar, 24 h volumes and the taker deltas.</summary>
    public sealed class SpotScreen : ScreenView
    {
        // Venues named in the delta's caption; more are counted ("3 VENUES"): two names fit both panels' line.
        private const int MaxNamedDeltaVenues = 2;

        private readonly TextWidget _caption;
        private readonly TextWidget _share;
        private readonly TextWidget _venues;
        private readonly SplitBarWidget _bar;
        private readonly TextWidget _binance;
        private readonly TextWidget _others;
        private readonly TextWidget _deltaCaption;
        private readonly TextWidget _delta24h;
        private readonly TextWidget _delta1h;

        /// <summary>Builds the screen for a layout.</summary>
        public SpotScreen(ScreenLayout layout)
            : base(9)
        {
            _caption = AddText(layout.SpotCaption, layout.CaptionFont, TextAlign.Left);
            _share = AddText(layout.SpotShare, layout.HeroFont, TextAlign.Left);
            _venues = AddText(layout.SpotVenues, layout.FigureFont, TextAlign.Right);
            _bar = new SplitBarWidget(layout.SpotBar);
            Add(_bar);
            _binance = AddText(layout.SpotBinanceVolume, layout.RowFont, TextAlign.Left);
            _others = AddText(layout.SpotOthersVolume, layout.RowFont, TextAlign.Right);
            _deltaCaption = AddText(layout.SpotDeltaCaption, layout.CaptionFont, TextAlign.Left);
            _delta24h = AddText(layout.SpotDelta24h, layout.FigureFont, TextAlign.Left);
            _delta1h = AddText(layout.SpotDelta1h, layout.FigureFont, TextAlign.Right);
        }

        /// <inheritdoc/>
        public override void Bind(ViewState state)
        {
            Palette p = state.Palette;
            SpotSection spot = state.Data.Spot;
            _caption.SetText("BINANCE SPOT SHARE", p.Dim);
            CharBuffer text = _share.Begin();
            NumberText.Percent(text, spot.BinanceSharePctE2, 1);
            _share.Commit(p.Text);

            text = _venues.Begin();
            text.Append("of ");
            NumberText.Digits(text, spot.Venues);
            text.Append(spot.Venues == 1 ? " venue" : " venues");
            _venues.Commit(p.Dim);

            _bar.SetShare(spot.BinanceSharePctE2, p.Text, p.Track);
            LabelledUsd(_binance, "Bin ", spot.BinanceUsd24h, p.Text);
            LabelledUsd(_others, "Oth ", spot.OthersUsd24h, p.Text);
            BindDeltaCaption(spot, p);
            BindDelta(_delta24h, spot.DeltaUsd24h, p);
            BindDelta(_delta1h, spot.DeltaUsd1h, p);
        }

        // The delta's scope: "TAKER DELTA BINANCE 24H / 1H", "TAKER DELTA BINANCE+OKX 24H / 1H", or the venue
        // count when it sums more than fit the caption's line.
        private void BindDeltaCaption(SpotSection spot, Palette p)
        {
            CharBuffer text = _deltaCaption.Begin();
            text.Append("TAKER DELTA ");
            if (spot.DeltaVenueCount >= 1 && spot.DeltaVenueCount <= MaxNamedDeltaVenues)
            {
                for (int v = 0; v < spot.DeltaVenueCount; v++)
                {
                    if (v > 0)
                    {
                        text.Append('+');
                    }

                    string venue = spot.DeltaVenues[v];
                    for (int i = 0; i < venue.Length; i++)
                    {
                        char c = venue[i];
                        text.Append(c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c);
                    }
                }

                text.Append(' ');
            }
            else if (spot.DeltaVenueCount > MaxNamedDeltaVenues)
            {
                NumberText.Digits(text, spot.DeltaVenueCount);
                text.Append(" VENUES ");
            }

            text.Append("24H / 1H");
            _deltaCaption.Commit(p.Dim);
        }

        private static void BindDelta(TextWidget widget, long usd, Palette p)
        {
            CharBuffer text = widget.Begin();
            NumberText.SignedCompactUsd(text, usd);
            widget.Commit(SignColor(usd, p));
        }
    }
}
