using Ticker.Data;

namespace Ticker.Json
{
    /// <summary>
    /// A forward-only reader over UTF-8 JSON bytes that builds nothing: it checks the syntax as it goes, decodes
    /// strings into one reused character buffer and numbers straight into scaled integers.
    /// </summary>
    /// <remarks>
    /// The input is touched in exactly one place (<see cref="Next"/>), which keeps the byte under the cursor in
    /// <c>_cur</c>: every decision looks at that copy, so each byte is read once and <see cref="Reads"/> proves it.
    /// Methods return false once an error is recorded; the first error wins and later ones are ignored.
    /// Nothing here may throw: every index is checked against the input's end.
    /// </remarks>
    internal sealed class JsonCursor
    {
        /// <summary>Deepest nesting accepted; the root object is depth 1.</summary>
        public const int MaxDepth = 16;

        /// <summary>Characters (Unicode code points) of a string kept in the buffer; the rest is checked, then dropped.</summary>
        public const int KeepChars = 24;

        /// <summary>Size of <see cref="Chars"/>: a code point outside the BMP takes two chars.</summary>
        public const int CharCapacity = KeepChars * 2;

        /// <summary>Scaled numbers must stay below this magnitude, which keeps every digit exact in a long.</summary>
        public const long NumberLimit = 1000000000000000000;

        private const int End = -1;

        // Significant digits gathered into the mantissa; 18 keep it below NumberLimit.
        private const int MantissaDigits = 18;

        // Exponents beyond this already overflow or round to zero; the clamp only keeps the int from wrapping.
        private const int ExponentClamp = 100000;

        private static readonly char[] TrueWord = "true".ToCharArray();
        private static readonly char[] FalseWord = "false".ToCharArray();
        private static readonly char[] NullWord = "null".ToCharArray();

        private static readonly long[] PowersOfTen =
        {
            1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000, 10000000000,
            100000000000, 1000000000000, 10000000000000, 100000000000000, 1000000000000000,
            10000000000000000, 100000000000000000, 1000000000000000000,
        };

        private readonly char[] _chars = new char[CharCapacity];

        private byte[] _data;
        private int _start;
        private int _end;
        private int _pos;
        private int _cur;
        private int _reads;
        private DecodeError _error;
        private int _errorPosition;
        private int _closePosition;
        private int _keyPosition;
        private int _length;
        private int _codePoints;
        private bool _cut;

        /// <summary>Byte reads made since <see cref="Reset"/>.</summary>
        public int Reads
        {
            get { return _reads; }
        }

        public DecodeError Error
        {
            get { return _error; }
        }

        /// <summary>Offset of the error from the start of the input.</summary>
        public int ErrorPosition
        {
            get { return _errorPosition; }
        }

        public bool Failed
        {
            get { return _error != DecodeError.None; }
        }

        /// <summary>Offset of the byte under the cursor from the start of the input (the input's length at its end).</summary>
        public int Position
        {
            get { return _pos - _start; }
        }

        public bool AtEnd
        {
            get { return _cur == End; }
        }

        /// <summary>Offset of the last closing brace or bracket consumed.</summary>
        public int ClosePosition
        {
            get { return _closePosition; }
        }

        /// <summary>Offset of the opening quote of the last member name read.</summary>
        public int KeyPosition
        {
            get { return _keyPosition; }
        }

        /// <summary>The characters of the last string read (at most <see cref="KeepChars"/> code points of it).</summary>
        public char[] Chars
        {
            get { return _chars; }
        }

        /// <summary>How many entries of <see cref="Chars"/> the last string filled.</summary>
        public int CharCount
        {
            get { return _length; }
        }

        public JsonValueKind Kind
        {
            get
            {
                switch (_cur)
                {
                    case '{':
                        return JsonValueKind.Object;
                    case '[':
                        return JsonValueKind.Array;
                    case '"':
                        return JsonValueKind.String;
                    case 't':
                        return JsonValueKind.True;
                    case 'f':
                        return JsonValueKind.False;
                    case 'n':
                        return JsonValueKind.Null;
                    default:
                        return _cur == '-' || IsDigit(_cur) ? JsonValueKind.Number : JsonValueKind.None;
                }
            }
        }

        /// <summary>Points the cursor at <paramref name="length"/> bytes from <paramref name="offset"/> (already checked by the caller).</summary>
        public void Reset(byte[] data, int offset, int length)
        {
            _data = data;
            _start = offset;
            _end = offset + length;
            _pos = offset - 1;
            _reads = 0;
            _error = DecodeError.None;
            _errorPosition = 0;
            _closePosition = 0;
            _keyPosition = 0;
            _length = 0;
            _codePoints = 0;
            _cut = false;
            Next();
        }

        /// <summary>Drops the reference to the input so a decoder kept for the next poll does not keep the buffer alive.</summary>
        public void Release()
        {
            _data = null;
            _start = 0;
            _end = 0;
            _pos = 0;
            _cur = End;
        }

        /// <summary>Records an error unless one is recorded already; always returns false so callers can return it.</summary>
        public bool Fail(DecodeError error, int position)
        {
            if (_error == DecodeError.None)
            {
                _error = error;
                _errorPosition = position;
            }

            return false;
        }

        /// <summary>Fails for the byte under the cursor: Truncated at the end of the input, otherwise Syntax.</summary>
        public bool Unexpected()
        {
            return Fail(_cur == End ? DecodeError.Truncated : DecodeError.Syntax, Position);
        }

        public void SkipWhitespace()
        {
            while (_cur == ' ' || _cur == '\n' || _cur == '\r' || _cur == '\t')
            {
                Next();
            }
        }

        /// <summary>Steps over a UTF-8 byte order mark at the very start (RFC 8259 lets parsers ignore one).</summary>
        public bool SkipByteOrderMark()
        {
            if (_cur != 0xEF)
            {
                return true;
            }

            Next();
            if (_cur != 0xBB)
            {
                return Unexpected();
            }

            Next();
            if (_cur != 0xBF)
            {
                return Unexpected();
            }

            Next();
            return true;
        }

        /// <summary>Consumes the '{' under the cursor, failing with TooDeep when the object would sit deeper than <see cref="MaxDepth"/>.</summary>
        public bool EnterObject(int depth)
        {
            return Enter('{', depth);
        }

        /// <summary>Consumes the '[' under the cursor, failing with TooDeep when the array would sit deeper than <see cref="MaxDepth"/>.</summary>
        public bool EnterArray(int depth)
        {
            return Enter('[', depth);
        }

        /// <summary>
        /// Moves to the next member of the object being read: true with its name in <see cref="Chars"/> and the
        /// cursor on its value; false when the object closed or on error (see <see cref="Failed"/>).
        /// </summary>
        public bool NextMember(bool first)
        {
            if (!AfterItem(first, '}'))
            {
                return false;
            }

            if (_cur != '"')
            {
                return Unexpected();
            }

            _keyPosition = Position;
            if (!ReadString())
            {
                return false;
            }

            SkipWhitespace();
            if (_cur != ':')
            {
                return Unexpected();
            }

            Next();
            SkipWhitespace();
            return true;
        }

        /// <summary>
        /// Moves to the next element of the array being read: true with the cursor on it; false when the array
        /// closed or on error (see <see cref="Failed"/>).
        /// </summary>
        public bool NextElement(bool first)
        {
            return AfterItem(first, ']');
        }

        /// <summary>True when the last string read is exactly <paramref name="text"/> (never after a cut).</summary>
        public bool CharsEqual(char[] text)
        {
            if (_cut || _length != text.Length)
            {
                return false;
            }

            for (int i = 0; i < _length; i++)
            {
                if (_chars[i] != text[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Reads the string under the cursor (on its opening quote) into <see cref="Chars"/>, decoding escapes,
        /// surrogate pairs and UTF-8; beyond <see cref="KeepChars"/> code points it only checks.
        /// </summary>
        public bool ReadString()
        {
            _length = 0;
            _codePoints = 0;
            _cut = false;
            Next();
            while (true)
            {
                int c = _cur;
                if (c == '"')
                {
                    Next();
                    return true;
                }

                if (c == End)
                {
                    return Fail(DecodeError.Truncated, Position);
                }

                if (c < 0x20)
                {
                    return Fail(DecodeError.BadString, Position);
                }

                if (c == '\\')
                {
                    if (!ReadEscape())
                    {
                        return false;
                    }
                }
                else if (c < 0x80)
                {
                    Keep(c);
                    Next();
                }
                else if (!ReadUtf8Sequence())
                {
                    return false;
                }
            }
        }

        /// <summary>
        /// Reads the number under the cursor as value x 10^<paramref name="scale"/>, rounded half away from zero.
        /// <paramref name="exact"/> tells whether rounding dropped anything. Fails with BadNumber (position = the
        /// number's first byte) for a malformed number or a result of <see cref="NumberLimit"/> or more.
        /// </summary>
        public bool ReadNumber(int scale, out long value, out bool exact)
        {
            return ScanNumber(scale, true, out value, out exact);
        }

        public bool ReadTrue()
        {
            return ReadWord(TrueWord);
        }

        public bool ReadFalse()
        {
            return ReadWord(FalseWord);
        }

        public bool ReadNull()
        {
            return ReadWord(NullWord);
        }

        /// <summary>Checks and steps over the value under the cursor, which sits at <paramref name="depth"/>.</summary>
        public bool SkipValue(int depth)
        {
            bool first = true;
            long ignored;
            bool exact;
            switch (Kind)
            {
                case JsonValueKind.Object:
                    if (!EnterObject(depth))
                    {
                        return false;
                    }

                    while (NextMember(first))
                    {
                        first = false;
                        if (!SkipValue(depth + 1))
                        {
                            return false;
                        }
                    }

                    return !Failed;
                case JsonValueKind.Array:
                    if (!EnterArray(depth))
                    {
                        return false;
                    }

                    while (NextElement(first))
                    {
                        first = false;
                        if (!SkipValue(depth + 1))
                        {
                            return false;
                        }
                    }

                    return !Failed;
                case JsonValueKind.String:
                    return ReadString();
                case JsonValueKind.Number:
                    return ScanNumber(0, false, out ignored, out exact);
                case JsonValueKind.True:
                    return ReadTrue();
                case JsonValueKind.False:
                    return ReadFalse();
                case JsonValueKind.Null:
                    return ReadNull();
                default:
                    return Unexpected();
            }
        }

        private static bool IsDigit(int c)
        {
            return c >= '0' && c <= '9';
        }

        private static int HexValue(int c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        // The one place that reads the input.
        private void Next()
        {
            if (_pos < _end)
            {
                _pos++;
            }

            if (_pos < _end)
            {
                _cur = _data[_pos];
                _reads++;
            }
            else
            {
                _cur = End;
            }
        }

        // Checks every letter of a literal against the bytes under the cursor.
        private bool ReadWord(char[] word)
        {
            for (int i = 0; i < word.Length; i++)
            {
                if (_cur != word[i])
                {
                    return Unexpected();
                }

                Next();
            }

            return true;
        }

        private bool Enter(int bracket, int depth)
        {
            if (_cur != bracket)
            {
                return Unexpected();
            }

            if (depth > MaxDepth)
            {
                return Fail(DecodeError.TooDeep, Position);
            }

            Next();
            return true;
        }

        // Handles what may follow an item (',' or the closing bracket) and leaves the cursor on the next one.
        private bool AfterItem(bool first, int close)
        {
            SkipWhitespace();
            if (_cur == close)
            {
                _closePosition = Position;
                Next();
                return false;
            }

            if (!first)
            {
                if (_cur != ',')
                {
                    return Unexpected();
                }

                Next();
                SkipWhitespace();
            }

            // A value must follow; a closing bracket right after a comma is left for the caller to reject.
            if (_cur == End)
            {
                return Unexpected();
            }

            return true;
        }

        private void Keep(int codePoint)
        {
            if (_codePoints >= KeepChars)
            {
                _cut = true;
                return;
            }

            if (codePoint < 0x10000)
            {
                _chars[_length++] = (char)codePoint;
            }
            else
            {
                int v = codePoint - 0x10000;
                _chars[_length++] = (char)(0xD800 + (v >> 10));
                _chars[_length++] = (char)(0xDC00 + (v & 0x3FF));
            }

            _codePoints++;
        }

        // On the backslash of an escape.
        private bool ReadEscape()
        {
            int at = Position;
            Next();
            int c;
            switch (_cur)
            {
                case '"':
                case '\\':
                case '/':
                    c = _cur;
                    break;
                case 'b':
                    c = '\b';
                    break;
                case 'f':
                    c = '\f';
                    break;
                case 'n':
                    c = '\n';
                    break;
                case 'r':
                    c = '\r';
                    break;
                case 't':
                    c = '\t';
                    break;
                case 'u':
                    return ReadUnicodeEscape(at);
                case End:
                    return Fail(DecodeError.Truncated, Position);
                default:
                    return Fail(DecodeError.BadString, at);
            }

            Keep(c);
            Next();
            return true;
        }

        // On the 'u' of \uXXXX; a high surrogate must be followed at once by an escaped low one.
        private bool ReadUnicodeEscape(int at)
        {
            int unit;
            if (!ReadHex4(at, out unit))
            {
                return false;
            }

            if (unit >= 0xDC00 && unit <= 0xDFFF)
            {
                return Fail(DecodeError.BadString, at);
            }

            if (unit < 0xD800 || unit > 0xDBFF)
            {
                Keep(unit);
                return true;
            }

            if (_cur != '\\')
            {
                return _cur == End ? Fail(DecodeError.Truncated, Position) : Fail(DecodeError.BadString, at);
            }

            Next();
            if (_cur != 'u')
            {
                return _cur == End ? Fail(DecodeError.Truncated, Position) : Fail(DecodeError.BadString, at);
            }

            int low;
            if (!ReadHex4(at, out low))
            {
                return false;
            }

            if (low < 0xDC00 || low > 0xDFFF)
            {
                return Fail(DecodeError.BadString, at);
            }

            Keep(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
            return true;
        }

        // On the 'u'; leaves the cursor after the fourth hex digit.
        private bool ReadHex4(int at, out int value)
        {
            value = 0;
            for (int i = 0; i < 4; i++)
            {
                Next();
                if (_cur == End)
                {
                    return Fail(DecodeError.Truncated, Position);
                }

                int digit = HexValue(_cur);
                if (digit < 0)
                {
                    return Fail(DecodeError.BadString, at);
                }

                value = (value << 4) | digit;
            }

            Next();
            return true;
        }

        // On a lead byte >= 0x80. Well-formed sequences only (Unicode table 3-7): no overlongs, no encoded
        // surrogates, nothing above U+10FFFF.
        private bool ReadUtf8Sequence()
        {
            int at = Position;
            int lead = _cur;
            int more;
            int codePoint;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF)
            {
                more = 1;
                codePoint = lead & 0x1F;
            }
            else if (lead >= 0xE0 && lead <= 0xEF)
            {
                more = 2;
                codePoint = lead & 0x0F;
                if (lead == 0xE0)
                {
                    low = 0xA0;
                }
                else if (lead == 0xED)
                {
                    high = 0x9F;
                }
            }
            else if (lead >= 0xF0 && lead <= 0xF4)
            {
                more = 3;
                codePoint = lead & 0x07;
                if (lead == 0xF0)
                {
                    low = 0x90;
                }
                else if (lead == 0xF4)
                {
                    high = 0x8F;
                }
            }
            else
            {
                return Fail(DecodeError.BadString, at);
            }

            Next();
            for (int i = 0; i < more; i++)
            {
                if (_cur == End)
                {
                    return Fail(DecodeError.Truncated, Position);
                }

                if (_cur < low || _cur > high)
                {
                    return Fail(DecodeError.BadString, at);
                }

                codePoint = (codePoint << 6) | (_cur & 0x3F);
                low = 0x80;
                high = 0xBF;
                Next();
            }

            Keep(codePoint);
            return true;
        }

        // The number grammar of RFC 8259, converted on the fly when convert is set. Digits go into an 18-digit
        // mantissa; the first digit past it and whether any later one is non-zero are enough to round correctly.
        private bool ScanNumber(int scale, bool convert, out long value, out bool exact)
        {
            value = 0;
            exact = true;
            int at = Position;
            bool negative = false;
            long mantissa = 0;
            int digits = 0;
            int exponent = 0;
            int firstDropped = -1;
            bool droppedNonZero = false;

            if (_cur == '-')
            {
                negative = true;
                Next();
            }

            if (!IsDigit(_cur))
            {
                return BadNumberAt(at);
            }

            if (_cur == '0')
            {
                Next();
                if (IsDigit(_cur))
                {
                    return Fail(DecodeError.BadNumber, at);
                }
            }
            else
            {
                while (IsDigit(_cur))
                {
                    int d = _cur - '0';
                    if (digits < MantissaDigits)
                    {
                        mantissa = mantissa * 10 + d;
                        digits++;
                    }
                    else
                    {
                        exponent++;
                        RecordDropped(d, ref firstDropped, ref droppedNonZero);
                    }

                    Next();
                }
            }

            if (_cur == '.')
            {
                Next();
                if (!IsDigit(_cur))
                {
                    return BadNumberAt(at);
                }

                while (IsDigit(_cur))
                {
                    int d = _cur - '0';
                    if (mantissa == 0 && d == 0)
                    {
                        // A leading zero of the fraction is not significant: it only moves the point.
                        exponent--;
                    }
                    else if (digits < MantissaDigits)
                    {
                        mantissa = mantissa * 10 + d;
                        digits++;
                        exponent--;
                    }
                    else
                    {
                        RecordDropped(d, ref firstDropped, ref droppedNonZero);
                    }

                    Next();
                }
            }

            if (_cur == 'e' || _cur == 'E')
            {
                Next();
                bool negativeExponent = false;
                if (_cur == '-' || _cur == '+')
                {
                    negativeExponent = _cur == '-';
                    Next();
                }

                if (!IsDigit(_cur))
                {
                    return BadNumberAt(at);
                }

                int written = 0;
                while (IsDigit(_cur))
                {
                    if (written < ExponentClamp)
                    {
                        written = written * 10 + (_cur - '0');
                    }

                    Next();
                }

                if (written > ExponentClamp)
                {
                    written = ExponentClamp;
                }

                exponent += negativeExponent ? -written : written;
            }

            if (!convert)
            {
                return true;
            }

            return Scale(at, negative, mantissa, exponent + scale, firstDropped, droppedNonZero, out value, out exact);
        }

        // A malformed number that stops at the end of the input was cut short rather than written wrong.
        private bool BadNumberAt(int at)
        {
            return _cur == End ? Fail(DecodeError.Truncated, Position) : Fail(DecodeError.BadNumber, at);
        }

        private static void RecordDropped(int digit, ref int firstDropped, ref bool droppedNonZero)
        {
            if (firstDropped < 0)
            {
                firstDropped = digit;
            }
            else if (digit != 0)
            {
                droppedNonZero = true;
            }
        }

        // value = mantissa.dropped x 10^power, rounded half away from zero to an integer below NumberLimit.
        private bool Scale(int at, bool negative, long mantissa, int power, int firstDropped, bool droppedNonZero, out long value, out bool exact)
        {
            value = 0;
            exact = true;
            bool dropped = firstDropped > 0 || droppedNonZero;
            if (mantissa == 0)
            {
                return true;
            }

            long result;
            if (power > 0)
            {
                // Digits were dropped only past 18 significant ones, so any shift left is already >= 10^18.
                if (firstDropped >= 0)
                {
                    return Fail(DecodeError.BadNumber, at);
                }

                result = mantissa;
                for (int i = 0; i < power; i++)
                {
                    if (result >= NumberLimit / 10)
                    {
                        return Fail(DecodeError.BadNumber, at);
                    }

                    result *= 10;
                }
            }
            else if (power == 0)
            {
                result = mantissa;
                exact = !dropped;
                if (firstDropped >= 5)
                {
                    result++;
                }
            }
            else if (power < -MantissaDigits)
            {
                // The mantissa is below 10^18, so the value is below 0.1 and rounds to zero.
                result = 0;
                exact = false;
            }
            else
            {
                long divisor = PowersOfTen[-power];
                result = mantissa / divisor;
                long remainder = mantissa % divisor;
                exact = remainder == 0 && !dropped;

                // Dropped digits sit below the remainder's last digit, so they cannot move it across one half.
                if (remainder >= divisor - remainder)
                {
                    result++;
                }
            }

            if (result >= NumberLimit)
            {
                return Fail(DecodeError.BadNumber, at);
            }

            value = negative ? -result : result;
            return true;
        }
    }
}
