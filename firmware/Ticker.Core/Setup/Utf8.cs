namespace Ticker.Setup
{
    /// <summary>
    /// UTF-8 to and from strings, for the setup page's form and the settings file. nano mscorlib has no
    /// System.Text.Encoding (it is a separate package the core cannot reference), and the rules are short.
    /// </summary>
    public static class Utf8
    {
        /// <summary>The text of the first <paramref name="count"/> bytes, or null when they are not well-formed UTF-8
        /// (overlong forms, surrogates and code points past U+10FFFF included).</summary>
        public static string Decode(byte[] bytes, int count)
        {
            char[] chars = new char[count]; // never more chars than bytes
            int length = 0;
            int i = 0;
            while (i < count)
            {
                int b = bytes[i];
                int need;
                int code;
                int min;
                if (b < 0x80)
                {
                    chars[length++] = (char)b;
                    i++;
                    continue;
                }
                else if ((b & 0xE0) == 0xC0)
                {
                    need = 1;
                    code = b & 0x1F;
                    min = 0x80;
                }
                else if ((b & 0xF0) == 0xE0)
                {
                    need = 2;
                    code = b & 0x0F;
                    min = 0x800;
                }
                else if ((b & 0xF8) == 0xF0)
                {
                    need = 3;
                    code = b & 0x07;
                    min = 0x10000;
                }
                else
                {
                    return null;
                }

                if (i + need >= count)
                {
                    return null;
                }

                for (int k = 1; k <= need; k++)
                {
                    int next = bytes[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        return null;
                    }

                    code = (code << 6) | (next & 0x3F);
                }

                if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                {
                    return null;
                }

                if (code >= 0x10000)
                {
                    code -= 0x10000;
                    chars[length++] = (char)(0xD800 + (code >> 10));
                    chars[length++] = (char)(0xDC00 + (code & 0x3FF));
                }
                else
                {
                    chars[length++] = (char)code;
                }

                i += need + 1;
            }

            return new string(chars, 0, length);
        }

        /// <summary>The UTF-8 bytes of <paramref name="text"/> (unpaired surrogates become U+FFFD).</summary>
        public static byte[] Encode(string text)
        {
            int size = 0;
            for (int i = 0; i < text.Length; i++)
            {
                size += SizeOf(CodePointAt(text, ref i));
            }

            byte[] bytes = new byte[size];
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int code = CodePointAt(text, ref i);
                if (code < 0x80)
                {
                    bytes[n++] = (byte)code;
                }
                else if (code < 0x800)
                {
                    bytes[n++] = (byte)(0xC0 | (code >> 6));
                    bytes[n++] = (byte)(0x80 | (code & 0x3F));
                }
                else if (code < 0x10000)
                {
                    bytes[n++] = (byte)(0xE0 | (code >> 12));
                    bytes[n++] = (byte)(0x80 | ((code >> 6) & 0x3F));
                    bytes[n++] = (byte)(0x80 | (code & 0x3F));
                }
                else
                {
                    bytes[n++] = (byte)(0xF0 | (code >> 18));
                    bytes[n++] = (byte)(0x80 | ((code >> 12) & 0x3F));
                    bytes[n++] = (byte)(0x80 | ((code >> 6) & 0x3F));
                    bytes[n++] = (byte)(0x80 | (code & 0x3F));
                }
            }

            return bytes;
        }

        private static int SizeOf(int code)
        {
            return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        }

        // The code point starting at index i (advancing i past a surrogate pair).
        private static int CodePointAt(string text, ref int i)
        {
            char c = text[i];
            if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
            {
                i++;
                return 0x10000 + ((c - 0xD800) << 10) + (text[i] - 0xDC00);
            }

            return c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c;
        }
    }
}
