namespace Ticker.Setup
{
    /// <summary>
    /// A growing character buffer for the setup page and the settings file (nano mscorlib has no StringBuilder, and
    /// joining strings one by one would copy the page dozens of times). Escapes text for HTML and for JSON.
    /// </summary>
    public sealed class PageWriter
    {
        private char[] _chars;
        private int _length;

        public PageWriter(int capacity)
        {
            _chars = new char[capacity < 16 ? 16 : capacity];
        }

        public int Length
        {
            get { return _length; }
        }

        public PageWriter Append(char c)
        {
            if (_length == _chars.Length)
            {
                char[] bigger = new char[_chars.Length * 2];
                for (int i = 0; i < _length; i++)
                {
                    bigger[i] = _chars[i];
                }

                _chars = bigger;
            }

            _chars[_length++] = c;
            return this;
        }

        public PageWriter Append(string s)
        {
            if (s != null)
            {
                for (int i = 0; i < s.Length; i++)
                {
                    Append(s[i]);
                }
            }

            return this;
        }

        public PageWriter Append(int value)
        {
            return Append(value.ToString());
        }

        /// <summary>Text for an HTML element or a double-quoted attribute: &amp; &lt; &gt; " ' escaped.</summary>
        public PageWriter AppendHtml(string s)
        {
            if (s == null)
            {
                return this;
            }

            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                switch (c)
                {
                    case '&': Append("&amp;"); break;
                    case '<': Append("&lt;"); break;
                    case '>': Append("&gt;"); break;
                    case '"': Append("&quot;"); break;
                    case '\'': Append("&#39;"); break;
                    default: Append(c); break;
                }
            }

            return this;
        }

        /// <summary>A JSON string literal, quotes included: " and \ escaped, control characters as \u00XX.</summary>
        public PageWriter AppendJsonString(string s)
        {
            Append('"');
            for (int i = 0; s != null && i < s.Length; i++)
            {
                char c = s[i];
                if (c == '"' || c == '\\')
                {
                    Append('\\').Append(c);
                }
                else if (c < ' ')
                {
                    Append("\\u00").Append(Hex(c >> 4)).Append(Hex(c & 0xF));
                }
                else
                {
                    Append(c);
                }
            }

            return Append('"');
        }

        public override string ToString()
        {
            return new string(_chars, 0, _length);
        }

        private static char Hex(int digit)
        {
            return (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
        }
    }
}
