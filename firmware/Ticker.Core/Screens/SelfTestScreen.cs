using Ticker.App;
using Ticker.Boards;
using Ticker.Drawing;
using Ticker.Led;
using Ticker.Text;

namespace Ticker.Views
{
    /// <summary>
    /// The self-test picture (docs/first-boot.md): colour bars, a marker in each corner, an arrow pointing up, the
    /// board and the panel settings in force, the LED pattern showing and each button's last gesture. Drawn on the
    /// whole panel, without status bar or banner.
    /// </summary>
    public sealed class SelfTestScreen : ScreenView
    {
        private readonly TextWidget _title;
        private readonly TextWidget _name;
        private readonly TextWidget _geometry;
        private readonly TextWidget _colors;
        private readonly TextWidget _led;
        private readonly TextWidget _buttons;
        private readonly TextWidget _hint;

        /// <summary>Builds the screen for a layout.</summary>
        public SelfTestScreen(ScreenLayout layout)
            : base(14)
        {
            int c = layout.SelfTestCorner;
            Add(new CornerWidget(new Rect(0, 0, c, c), false, false));
            Add(new CornerWidget(new Rect(layout.Width - c, 0, c, c), true, false));
            Add(new CornerWidget(new Rect(0, layout.Height - c, c, c), false, true));
            Add(new CornerWidget(new Rect(layout.Width - c, layout.Height - c, c, c), true, true));
            Add(new ColorBarsWidget(layout.SelfTestBars));
            Add(new ArrowWidget(layout.SelfTestArrow));
            int font = layout.SelfTestFont;
            _title = Row(layout.SelfTestTitle, font, TextAlign.Center);
            _name = Row(layout.SelfTestRows[0], font, TextAlign.Left);
            _geometry = Row(layout.SelfTestRows[1], font, TextAlign.Left);
            _colors = Row(layout.SelfTestRows[2], font, TextAlign.Left);
            _led = Row(layout.SelfTestRows[3], font, TextAlign.Left);
            _buttons = Row(layout.SelfTestRows[4], font, TextAlign.Left);
            _hint = Row(layout.SelfTestRows[5], font, TextAlign.Left);
        }

        /// <inheritdoc/>
        public override void Bind(ViewState state)
        {
            SelfTest test = state.SelfTest;
            if (test == null)
            {
                return;
            }

            Palette p = state.Palette;
            BoardProfile board = test.Board;
            PanelConfig panel = test.Panel;

            // Fixed while the self-test runs: the strings are made once.
            if (_title.Text.Length == 0)
            {
                _title.SetText("SELF-TEST  " + board.Id + "  " + board.Width.ToString() + "x" + board.Height.ToString(), p.Text);
                _name.SetText(board.Name, p.Text);
                _geometry.SetText(PanelDrivers.NameOf(board.Driver) + "  " + panel.DescribeGeometry(), p.Text);
                _colors.SetText(panel.DescribeColors(), p.Text);
                _hint.SetText(board.SoundPin >= 0 ? "Sound on GPIO" + board.SoundPin.ToString() + ". Reset to leave." : "Reset to leave.", p.Dim);
            }

            CharBuffer text = _led.Begin();
            text.Append("LED: ");
            text.Append(LedPatterns.NameOf(state.Led));
            if (SelfTest.SoundOf(state.Led) != null)
            {
                text.Append(" + sound");
            }

            _led.Commit(p.Text);

            text = _buttons.Begin();
            for (int i = 0; i < board.Buttons.Length; i++)
            {
                if (i > 0)
                {
                    text.Append("  ");
                }

                text.Append(board.Buttons[i].Label);
                text.Append(": ");
                text.Append(SelfTest.NameOf(test.LastGesture(i)));
                if (test.GestureCount(i) > 0)
                {
                    text.Append(" ");
                    NumberText.Digits(text, test.GestureCount(i));
                }
            }

            _buttons.Commit(p.Text);
        }

        private TextWidget Row(Rect bounds, int font, TextAlign align)
        {
            TextWidget row = AddText(bounds, font, align);
            row.GreysWhenStale = false;
            return row;
        }
    }
}
