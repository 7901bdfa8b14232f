using Ticker.Data;
using Ticker.Drawing;
using Ticker.Text;

namespace Ticker.Views
{
    /// <summary>The risk gauge: arc and needle, the score as hero with its band, and the two strongest inputs.</summary>
    public sealed class GaugeScreen : ScreenView
    {
        // "risk" marks each figure as a 0-100 part of the score: "OI 19" read as $19B of open interest, "L/S 10" as a ratio.
        private static readonly string[] PartNames = { "Funding risk ", "OI risk ", "Taker risk ", "L/S risk ", "Liq risk " };

        private readonly GaugeWidget _gauge;
        private readonly TextWidget _caption;
        private readonly TextWidget _score;
        private readonly TextWidget _band;
        private readonly TextWidget _part1;
        private readonly TextWidget _part2;
        private readonly long[] _parts = new long[5];

        /// <summary>Builds the screen for a layout.</summary>
        public GaugeScreen(ScreenLayout layout)
            : base(6)
        {
            _gauge = new GaugeWidget(layout.GaugeArc);
            Add(_gauge);
            _caption = AddText(layout.GaugeCaption, layout.CaptionFont, TextAlign.Center);
            _score = AddText(layout.GaugeScore, layout.HeroFont, TextAlign.Center);
            _band = AddText(layout.GaugeBand, layout.RowFont, TextAlign.Center);
            _part1 = AddText(layout.GaugePart1, layout.RowFont, TextAlign.Left);
            _part2 = AddText(layout.GaugePart2, layout.RowFont, TextAlign.Left);
        }

        /// <inheritdoc/>
        public override void Bind(ViewState state)
        {
            Palette p = state.Palette;
            RiskSection risk = state.Data.Risk;
            long score = risk.Score;
            _gauge.SetScore(score);
            _caption.SetText("RISK", p.Dim);
            bool known = !Value.IsMissing(score);
            int band = known ? RiskBands.BandOf(score) : 0;
            CharBuffer text = _score.Begin();
            NumberText.Digits(text, score);
            _score.Commit(known ? p.Band(band) : p.Dim);
            _band.SetText(known ? RiskBands.NameOf(band) : NumberText.MissingText, known ? p.Band(band) : p.Dim);

            _parts[0] = risk.PartFunding;
            _parts[1] = risk.PartOpenInterest;
            _parts[2] = risk.PartTaker;
            _parts[3] = risk.PartLongShort;
            _parts[4] = risk.PartLiquidations;
            int first = Strongest(-1);
            int second = Strongest(first);
            BindPart(_part1, first, p);
            BindPart(_part2, second, p);
        }

        private int Strongest(int except)
        {
            int best = -1;
            for (int i = 0; i < _parts.Length; i++)
            {
                if (i == except || Value.IsMissing(_parts[i]))
                {
                    continue;
                }

                // Ties keep the earlier input, so the order on screen does not flicker between equal parts.
                if (best < 0 || _parts[i] > _parts[best])
                {
                    best = i;
                }
            }

            return best;
        }

        private void BindPart(TextWidget widget, int index, Palette p)
        {
            CharBuffer text = widget.Begin();
            if (index < 0)
            {
                text.Append(NumberText.MissingText);
                widget.Commit(p.Dim);
                return;
            }

            text.Append(PartNames[index]);
            NumberText.Digits(text, _parts[index]);
            widget.Commit(p.Band(RiskBands.BandOf(_parts[index])));
        }
    }
}
