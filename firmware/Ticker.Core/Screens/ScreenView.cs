using Ticker.Drawing;
using Ticker.Text;

namespace Ticker.Views
{
    /// <summary>
    /// One screen: a fixed set of widgets placed by a <see cref="ScreenLayout"/>, and the code that gives them their
    /// values from a <see cref="ViewState"/>. Screens never draw directly; the painter draws their widgets.
    /// </summary>
    public abstract class ScreenView
    {
        private readonly Widget[] _widgets;
        private int _count;

        /// <summary>Creates a screen with room for <paramref name="capacity"/> widgets.</summary>
        protected ScreenView(int capacity)
        {
            _widgets = new Widget[capacity];
        }

        /// <summary>How many widgets the screen has.</summary>
        public int WidgetCount
        {
            get { return _count; }
        }

        /// <summary>Widget <paramref name="index"/>, in drawing order.</summary>
        public Widget WidgetAt(int index)
        {
            return _widgets[index];
        }

        /// <summary>Gives every widget its value; widgets whose display changes mark themselves dirty.</summary>
        public abstract void Bind(ViewState state);

        /// <summary>Adds a widget (construction only).</summary>
        protected void Add(Widget widget)
        {
            _widgets[_count++] = widget;
        }

        /// <summary>Adds and returns a text widget.</summary>
        protected TextWidget AddText(Rect bounds, int font, TextAlign align)
        {
            TextWidget widget = new TextWidget(bounds, font, FontIds.Small, align);
            Add(widget);
            return widget;
        }

        /// <summary>The colour of a signed figure: up, down, or plain text for zero and unknown.</summary>
        protected static int SignColor(long value, Palette palette)
        {
            if (Ticker.Data.Value.IsMissing(value) || value == 0)
            {
                return palette.Text;
            }

            return value > 0 ? palette.Up : palette.Down;
        }

        /// <summary>The sum of two amounts, Missing when either is unknown (a partial sum would understate).</summary>
        protected static long Sum(long a, long b)
        {
            return Ticker.Data.Value.IsMissing(a) || Ticker.Data.Value.IsMissing(b) ? Ticker.Data.Value.Missing : a + b;
        }

        /// <summary>Formats "label value" for a compact dollar amount into the widget.</summary>
        protected static void LabelledUsd(TextWidget widget, string label, long usd, int color)
        {
            CharBuffer text = widget.Begin();
            text.Append(label);
            NumberText.CompactUsd(text, usd);
            widget.Commit(color);
        }
    }
}
