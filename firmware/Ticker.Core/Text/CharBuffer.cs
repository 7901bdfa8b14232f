namespace Ticker.Text
{
    /// <summary>
    /// A fixed-capacity text buffer that formatting code writes into without allocating. nano mscorlib has no
    /// StringBuilder; one string is made only when the text is kept (<see cref="ToString"/>).
    /// </summary>
    public sealed class CharBuffer
    {
        private readonly char[] _chars;
        private int _length;

        public CharBuffer(int capacity)
        {
            _chars = new char[capacity];
        }

        public int Length
        {
            get { return _length; }
        }

        public int Capacity
        {
            get { return _chars.Length; }
        }

        public char this[int index]
        {
            get { return _chars[index]; }
        }

        public void Clear()
        {
            _length = 0;
        }

        /// <summary>Appends one character; characters past the capacity are dropped, never thrown.</summary>
        public void Append(char c)
        {
            if (_length < _chars.Length)
            {
                _chars[_length++] = c;
            }
        }

        public void Append(string s)
        {
            if (s == null)
            {
                return;
            }

            for (int i = 0; i < s.Length; i++)
            {
                Append(s[i]);
            }
        }

        /// <summary>True when the buffer holds exactly <paramref name="s"/>; lets callers skip redraws without allocating.</summary>
        public bool ContentEquals(string s)
        {
            if (s == null || s.Length != _length)
            {
                return false;
            }

            for (int i = 0; i < _length; i++)
            {
                if (_chars[i] != s[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override string ToString()
        {
            return new string(_chars, 0, _length);
        }
    }
}
