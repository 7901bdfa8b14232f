using Ticker.Drawing;
using Ticker.Text;

namespace Ticker.Views
{
    /// <summary>
    /// One line of text: a figure, a caption or a label. Screens format into <see cref="Begin"/>'s buffer and
    /// call <see cref="Commit"/>; a new string is made only when the text changed. Text too wide for the bounds
    /// shrinks to a smaller font, then is cut with an ellipsis.
    /// </summary>
    public sealed class TextWidget : Widget
    {
        private readonly CharBuffer _buffer = new CharBuffer(64);
        private readonly int _font;
        private readonly int _minFont;
        private readonly TextAlign _align;
        private string _text = string.Empty;
        private int _color;
        private string _fittedFor;
        private string _fitted;
        private int _fittedFont;

        /// <summary>Creates a text widget.</summary>
        /// <param name="bounds">Where it draws.</param>
        /// <param name="font">The preferred font id (<see cref="FontIds"/>).</param>
        /// <param name="minFont">The smallest font it may shrink to.</param>
        /// <param name="align">Horizontal placement; the text is centred vertically.</param>
        public TextWidget(Rect bounds, int font, int minFont, TextAlign align)
            : base(bounds)
        {
            _font = font;
            _minFont = minFont;
            _align = align;
        }

        /// <summary>The text shown.</summary>
        public string Text
        {
            get { return _text; }
        }

        /// <summary>The colour of the text.</summary>
        public int Color
        {
            get { return _color; }
        }

        /// <summary>The preferred font id.</summary>
        public int Font
        {
            get { return _font; }
        }

        /// <summary>Clears and returns the buffer to format the next text into.</summary>
        public CharBuffer Begin()
        {
            _buffer.Clear();
            return _buffer;
        }

        /// <summary>Shows the buffer's text in <paramref name="color"/>; marks the widget dirty only if either changed.</summary>
        public void Commit(int color)
        {
            if (!_buffer.ContentEquals(_text))
            {
                _text = _buffer.ToString();
                Dirty = true;
            }

            SetColor(color);
        }

        /// <summary>Shows a fixed string (a caption, a name); marks the widget dirty only if it changed.</summary>
        public void SetText(string text, int color)
        {
            if (text == null)
            {
                text = string.Empty;
            }

            if (text != _text)
            {
                _text = text;
                Dirty = true;
            }

            SetColor(color);
        }

        /// <inheritdoc/>
        public override void Draw(Canvas canvas, Palette palette)
        {
            if (_text.Length == 0)
            {
                return;
            }

            // The fit is cached per text: stripes draw the same widget several times, and measuring is not free.
            if (!object.ReferenceEquals(_fittedFor, _text))
            {
                _fitted = TextFit.Fit(canvas, _text, _font, _minFont, Bounds.Width, Bounds.Height, out _fittedFont);
                _fittedFor = _text;
            }

            int width = canvas.MeasureText(_fitted, _fittedFont);
            int height = canvas.FontHeight(_fittedFont);
            int x = Bounds.X;
            if (_align == TextAlign.Center)
            {
                x += (Bounds.Width - width) / 2;
            }
            else if (_align == TextAlign.Right)
            {
                x += Bounds.Width - width;
            }

            int y = Bounds.Y + ((Bounds.Height - height) / 2);
            if (y < Bounds.Y)
            {
                y = Bounds.Y;
            }

            canvas.DrawText(_fitted, _fittedFont, _color, x, y);
        }

        private void SetColor(int color)
        {
            if (color != _color)
            {
                _color = color;
                Dirty = true;
            }
        }
    }
}
