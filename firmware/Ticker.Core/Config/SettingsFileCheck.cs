using System.Collections;
using Ticker.Data;
using Ticker.Json;

namespace Ticker.Config
{
    /// <summary>
    /// Decides whether a settings file's text is one the device accepts, before any JSON library maps it onto
    /// <see cref="DeviceSettings"/>: one JSON object, strict RFC 8259 (no comments, no trailing commas, nothing after
    /// the closing brace), and each key at most once, case-insensitively (the readers map keys case-insensitively, so
    /// <c>feedUrl</c> and <c>FeedUrl</c> are the same setting and one of them would be dropped silently).
    /// The device (nanoFramework.Json) and the emulator (System.Text.Json) both ask it first, so a file is accepted
    /// or refused the same way on both, with the same one-line reason.
    /// </summary>
    public static class SettingsFileCheck
    {
        /// <summary>Largest settings file read; every key at its longest is about 1.2 KB.</summary>
        public const int MaxBytes = 8192;

        /// <summary>
        /// Null when <paramref name="length"/> bytes of <paramref name="data"/> are a settings file the device reads;
        /// otherwise one line saying where and why not, e.g. <c>line 4: feedUrl is given twice (also on line 2; keys are case-insensitive)</c>.
        /// </summary>
        public static string Check(byte[] data, int length)
        {
            if (data == null || length <= 0 || IsBlank(data, length))
            {
                return "the file is empty; an object is expected ({ } for all defaults)";
            }

            if (length > data.Length)
            {
                length = data.Length;
            }

            if (length > MaxBytes)
            {
                return "the file is " + length.ToString() + " bytes; at most " + MaxBytes.ToString() + " accepted";
            }

            var json = new JsonCursor();
            json.Reset(data, 0, length);
            json.SkipByteOrderMark();
            json.SkipWhitespace();
            if (json.Kind != JsonValueKind.Object)
            {
                return json.AtEnd || IsCommentAt(data, length, json.Position)
                    ? Describe(json, data, length)
                    : "not a JSON object; the settings file is one object ({ \"key\": value, ... })";
            }

            // Folded (lower-case) keys seen so far and the line each was on.
            var seen = new ArrayList();
            var seenLines = new ArrayList();
            bool first = true;
            json.EnterObject(1);
            while (json.NextMember(first))
            {
                first = false;
                string duplicate = CheckKey(json, data, seen, seenLines);
                if (duplicate != null)
                {
                    return duplicate;
                }

                if (!json.SkipValue(2))
                {
                    break;
                }
            }

            if (!json.Failed)
            {
                json.SkipWhitespace();
                if (!json.AtEnd)
                {
                    json.Fail(DecodeError.Syntax, json.Position);
                }
            }

            return json.Failed ? Describe(json, data, length) : null;
        }

        /// <summary>1-based line of byte <paramref name="position"/>.</summary>
        public static int LineOf(byte[] data, int position)
        {
            int line = 1;
            for (int i = 0; i < position && i < data.Length; i++)
            {
                if (data[i] == (byte)'\n')
                {
                    line++;
                }
            }

            return line;
        }

        // Null, or the duplicate's one line. Names longer than the cursor keeps are not settings keys (the longest
        // is 16 characters): the mappers report them as unknown, so they are not compared.
        private static string CheckKey(JsonCursor json, byte[] data, ArrayList seen, ArrayList seenLines)
        {
            if (json.CharCount >= JsonCursor.KeepChars)
            {
                return null;
            }

            char[] folded = new char[json.CharCount];
            for (int i = 0; i < folded.Length; i++)
            {
                char c = json.Chars[i];
                folded[i] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            }

            string key = new string(folded);
            string written = new string(json.Chars, 0, json.CharCount);
            int line = LineOf(data, json.KeyPosition);
            int at = seen.IndexOf(key);
            if (at < 0)
            {
                seen.Add(key);
                seenLines.Add(line);
                return null;
            }

            return "line " + line.ToString() + ": " + NameOf(written) + " is given twice (also on line " +
                ((int)seenLines[at]).ToString() + "; keys are case-insensitive); give each key once";
        }

        // The settings-file spelling of a key (feedUrl for FEEDURL), or the key as written when it is not one.
        private static string NameOf(string written)
        {
            for (int i = 0; i < DeviceSettings.Keys.Length; i++)
            {
                string key = DeviceSettings.Keys[i];
                if (key.Length == written.Length && FoldedEquals(key, written))
                {
                    return key == written ? key : key + " ('" + written + "')";
                }
            }

            return "'" + written + "'";
        }

        private static bool FoldedEquals(string a, string b)
        {
            for (int i = 0; i < a.Length; i++)
            {
                char x = a[i];
                char y = b[i];
                if (x >= 'A' && x <= 'Z')
                {
                    x = (char)(x + ('a' - 'A'));
                }

                if (y >= 'A' && y <= 'Z')
                {
                    y = (char)(y + ('a' - 'A'));
                }

                if (x != y)
                {
                    return false;
                }
            }

            return true;
        }

        // The cursor's error in the words of someone editing the file: comments and trailing commas by name.
        private static string Describe(JsonCursor json, byte[] data, int length)
        {
            int position = json.Failed ? json.ErrorPosition : json.Position;
            string where = "line " + LineOf(data, position).ToString() + ": ";
            if (IsCommentAt(data, length, position))
            {
                return where + "a comment; the settings file is plain JSON, without comments";
            }

            if (position < length && (data[position] == (byte)'}' || data[position] == (byte)']') && CommaBefore(data, position))
            {
                return where + "a comma before '" + ((char)data[position]).ToString() + "'; JSON allows no trailing comma";
            }

            switch (json.Failed ? json.Error : DecodeError.Truncated)
            {
                case DecodeError.Truncated:
                    return where + "the file ends inside the object (a missing '}' or '\"'?)";
                case DecodeError.BadString:
                    return where + "a text value with a control character, a bad escape or bad UTF-8";
                case DecodeError.BadNumber:
                    return where + "not a number JSON allows";
                case DecodeError.TooDeep:
                    return where + "nested too deep";
                default:
                    return position < length && data[position] >= 0x20 && data[position] < 0x7F
                        ? where + "not JSON: unexpected '" + ((char)data[position]).ToString() + "'"
                        : where + "not JSON: unexpected byte " + data[position < length ? position : length - 1].ToString();
            }
        }

        private static bool IsCommentAt(byte[] data, int length, int position)
        {
            return position + 1 < length && data[position] == (byte)'/' && (data[position + 1] == (byte)'/' || data[position + 1] == (byte)'*');
        }

        private static bool CommaBefore(byte[] data, int position)
        {
            for (int i = position - 1; i >= 0; i--)
            {
                byte b = data[i];
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
                {
                    return b == (byte)',';
                }
            }

            return false;
        }

        private static bool IsBlank(byte[] data, int length)
        {
            for (int i = 0; i < length && i < data.Length; i++)
            {
                byte b = data[i];
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
