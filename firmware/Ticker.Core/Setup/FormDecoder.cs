namespace Ticker.Setup
{
    /// <summary>
    /// Takes apart an <c>application/x-www-form-urlencoded</c> body (<c>a=1&amp;b=x%20y</c>) field by field, without
    /// allocating more than the decoded values: '+' is a space, <c>%XX</c> a byte, and the bytes of each value are
    /// read as UTF-8 (what browsers send). nano mscorlib has no Encoding or Uri, so this is done by hand.
    /// Sizes are bounded: a body, a name or a value over its limit stops the parse with <see cref="Error"/> set.
    /// </summary>
    public sealed class FormDecoder
    {
        /// <summary>Largest body the setup page accepts; its form, filled in with typical values, is about 300 bytes.</summary>
        public const int MaxBodyBytes = 2048;

        /// <summary>Longest decoded value, in bytes (the longest setting, feedUrl, allows 200 characters).</summary>
        public const int MaxValueBytes = 256;

        /// <summary>Longest field name, in bytes.</summary>
        public const int MaxNameBytes = 32;

        private readonly byte[] _body;
        private readonly int _end;
        private readonly byte[] _scratch = new byte[MaxValueBytes];
        private int _position;
        private string _name;
        private string _value;
        private string _error;

        /// <summary>Reads <paramref name="length"/> bytes of <paramref name="body"/> from <paramref name="offset"/>.</summary>
        public FormDecoder(byte[] body, int offset, int length)
        {
            _body = body;
            _position = offset;
            _end = offset + length;
            if (body == null || length < 0)
            {
                _error = "no form data";
                _position = _end = 0;
            }
            else if (length > MaxBodyBytes)
            {
                _error = "the form is " + length.ToString() + " bytes; at most " + MaxBodyBytes.ToString() + " accepted";
            }
        }

        /// <summary>The current field's name (after <see cref="Next"/> returned true).</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>The current field's decoded value.</summary>
        public string Value
        {
            get { return _value; }
        }

        /// <summary>Why the parse stopped early, or null.</summary>
        public string Error
        {
            get { return _error; }
        }

        /// <summary>Moves to the next field; false at the end of the body or on an error.</summary>
        public bool Next()
        {
            while (_error == null && _position < _end)
            {
                int start = _position;
                while (_position < _end && _body[_position] != (byte)'&')
                {
                    _position++;
                }

                int fieldEnd = _position;
                if (_position < _end)
                {
                    _position++; // the '&'
                }

                if (fieldEnd == start)
                {
                    continue; // "a=1&&b=2": browsers never send it, but it harms nothing
                }

                int equals = start;
                while (equals < fieldEnd && _body[equals] != (byte)'=')
                {
                    equals++;
                }

                _name = Decode(start, equals, MaxNameBytes, "a field name");
                if (_name == null)
                {
                    return false;
                }

                _value = equals < fieldEnd ? Decode(equals + 1, fieldEnd, MaxValueBytes, _name) : "";
                return _value != null;
            }

            return false;
        }

        private string Decode(int from, int to, int limit, string what)
        {
            int count = 0;
            for (int i = from; i < to; i++)
            {
                int b = _body[i];
                if (b == '+')
                {
                    b = ' ';
                }
                else if (b == '%')
                {
                    int high = i + 2 < to ? HexValue(_body[i + 1]) : -1;
                    int low = i + 2 < to ? HexValue(_body[i + 2]) : -1;
                    if (high < 0 || low < 0)
                    {
                        _error = what + ": '%' must be followed by two hex digits";
                        return null;
                    }

                    b = (high << 4) | low;
                    i += 2;
                }
                else if (b < 0x20 || b > 0x7E)
                {
                    _error = what + ": the form is not URL-encoded (raw byte " + b.ToString() + ")";
                    return null;
                }

                if (count == limit)
                {
                    _error = what + ": longer than " + limit.ToString() + " bytes";
                    return null;
                }

                _scratch[count++] = (byte)b;
            }

            string text = Utf8.Decode(_scratch, count);
            if (text == null)
            {
                _error = what + ": not valid UTF-8 text";
            }

            return text;
        }

        private static int HexValue(byte b)
        {
            if (b >= '0' && b <= '9')
            {
                return b - '0';
            }

            if (b >= 'a' && b <= 'f')
            {
                return b - 'a' + 10;
            }

            if (b >= 'A' && b <= 'F')
            {
                return b - 'A' + 10;
            }

            return -1;
        }
    }
}
