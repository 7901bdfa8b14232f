using Ticker.Data;
using Ticker.Drawing;
using Ticker.Text;

namespace Ticker.Views
{
    /// <summary>Market: price and 24 h change as hero, funding, open interest, taker buy/sell and long/short ratio.</summary>
    public sealed class MarketScreen : ScreenView
    {
        private readonly TextWidget _price;
        private readonly TextWidget _change;
        private readonly TextWidget _funding;
        private readonly TextWidget _oi;
        private readonly TextWidget _oiChange;
        private readonly TextWidget _taker;
        private readonly TextWidget _longShort;

        /// <summary>Builds the screen for a layout.</summary>
        public MarketScreen(ScreenLayout layout)
            : base(7)
        {
            _price = AddText(layout.MarketPrice, layout.HeroFont, TextAlign.Left);
            _change = AddText(layout.MarketChange, layout.FigureFont, TextAlign.Right);
            _funding = AddText(layout.MarketFunding, layout.RowFont, TextAlign.Left);
            _oi = AddText(layout.MarketOi, layout.RowFont, TextAlign.Left);
            _oiChange = AddText(layout.MarketOiChange, layout.RowFont, TextAlign.Right);
            _taker = AddText(layout.MarketTaker, layout.RowFont, TextAlign.Left);
            _longShort = AddText(layout.MarketLongShort, layout.RowFont, TextAlign.Left);
        }

        /// <inheritdoc/>
        public override void Bind(ViewState state)
        {
            Palette p = state.Palette;
            PriceSection price = state.Data.Price;
            RiskSection risk = state.Data.Risk;

            CharBuffer text = _price.Begin();
            NumberText.Price(text, price.UsdCents);
            _price.Commit(p.Text);

            text = _change.Begin();
            NumberText.SignedPercent(text, price.Chg24hPctE2, 2);
            _change.Commit(SignColor(price.Chg24hPctE2, p));

            text = _funding.Begin();
            text.Append("Funding/8h ");
            NumberText.FundingPct(text, risk.FundingPct8hE4);
            _funding.Commit(SignColor(risk.FundingPct8hE4, p));

            LabelledUsd(_oi, "OI ", risk.OiUsd, p.Text);

            // Binance BTCUSDT's own 24 h change (the only venue whose OI history is read), not the OI total's beside it.
            text = _oiChange.Begin();
            text.Append("Bin ");
            NumberText.SignedPercent(text, risk.OiChg24hPctE2, 1);
            _oiChange.Commit(SignColor(risk.OiChg24hPctE2, p));

            // The pooled Binance + Bybit ratio, with Bybit's own beside it: a Bybit-led rush is diluted in the pool.
            text = _taker.Begin();
            text.Append("Taker B/S ");
            NumberText.Ratio(text, risk.TakerBuySellE3, 2);
            if (!Value.IsMissing(risk.TakerBuySellBybitE3))
            {
                text.Append(", Bybit ");
                NumberText.Ratio(text, risk.TakerBuySellBybitE3, 2);
            }

            if (!Value.IsMissing(risk.TakerBuySellE3) && !Value.IsMissing(risk.TakerBucketMin))
            {
                text.Append(" (");
                NumberText.Digits(text, risk.TakerBucketMin);
                text.Append("m)");
            }

            _taker.Commit(p.Text);

            text = _longShort.Begin();
            text.Append("Long/Short ");
            NumberText.Ratio(text, risk.LongShortRatioE3, 2);
            _longShort.Commit(p.Text);
        }
    }
}
