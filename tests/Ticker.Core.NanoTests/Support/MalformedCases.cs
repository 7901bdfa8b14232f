using Ticker.Data;
using Ticker.Setup;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>
    /// Bodies the decoder must refuse on the device, one or more per <see cref="DecodeError"/>, written as in
    /// tests/Ticker.Core.Tests/Data/SnapshotDecoderErrorTests: a backtick marks the byte the error must point at and
    /// a leading "H" stands for the required members. Also what only the device meets: a cut-off response, a NUL
    /// byte (nanoCLR strings end at U+0000), malformed UTF-8, a body past the size limit.
    /// </summary>
    public static class MalformedCases
    {
        /// <summary>The required members, without the closing brace.</summary>
        public const string Header = "{\"v\":1,\"seq\":7,\"asOf\":1795000000";

        /// <summary>Every case (a new array each call: a test may not change another's).</summary>
        public static MalformedCase[] All()
        {
            return new MalformedCase[]
            {
                Marked("`", DecodeError.Empty),
                Marked("`  \r\n\t ", DecodeError.Empty),
                TooLarge(),
                Marked("{\"v\":1`", DecodeError.Truncated),
                Marked("H,\"alert\":{\"headline\":\"abc`", DecodeError.Truncated),
                Marked("H,\"price\":{\"usd\":12.`", DecodeError.Truncated),
                CutExample(DocExamples.CascadeName, 100),
                CutExample(DocExamples.CalmName, 1),
                Marked("`x", DecodeError.Syntax),
                Marked("H}`x", DecodeError.Syntax),
                Marked("{`'v':1}", DecodeError.Syntax),
                Marked("H,\"x\":`NaN}", DecodeError.Syntax),
                Marked("H,\"price\":{\"usd\":1.5`.3}}", DecodeError.Syntax),
                Marked("H,\"x\":" + Repeat('[', 15) + "`[" + Repeat(']', 16) + "}", DecodeError.TooDeep),
                Marked("H,\"price\":{\"usd\":`01}}", DecodeError.BadNumber),
                Marked("H,\"price\":{\"usd\":`1e400}}", DecodeError.BadNumber),
                Marked("H,\"risk\":{\"inputs\":{\"oiUsd\":`1000000000000000000}}}", DecodeError.BadNumber),
                Marked("{\"v\":1,\"seq\":`99999999999999999999999,\"asOf\":1}", DecodeError.BadNumber),
                Marked("H,\"alert\":{\"headline\":\"a`\nb\"}}", DecodeError.BadString),
                Marked("H,\"alert\":{\"headline\":\"`\\uDC00\"}}", DecodeError.BadString),
                Marked("H,\"alert\":{\"headline\":\"a`\\qb\"}}", DecodeError.BadString),
                NulInString(),
                BadUtf8(new byte[] { 0xC0, 0x80 }),
                BadUtf8(new byte[] { 0xED, 0xA0, 0x80 }),
                BadUtf8(new byte[] { 0xF4, 0x90, 0x80, 0x80 }),
                Marked("`[1]", DecodeError.WrongType),
                Marked("{\"v\":1,\"seq\":`7.5,\"asOf\":1}", DecodeError.WrongType),
                Marked("H,\"price\":{\"usd\":`\"91000\"}}", DecodeError.WrongType),
                Marked("H,\"alert\":{\"level\":`\"3\"}}", DecodeError.WrongType),
                Marked("H,\"alert\":{\"level\":`5}}", DecodeError.OutOfRange),
                Marked("H,\"alert\":{\"side\":`\"up\"}}", DecodeError.OutOfRange),
                Marked("{\"v\":1,\"seq\":7,\"asOf\":null`}", DecodeError.MissingField),
                Marked("{`}", DecodeError.MissingField),
                Marked("{\"v\":`2,\"seq\":7,\"asOf\":1}", DecodeError.UnsupportedVersion),
            };
        }

        /// <summary>A case from its marked text.</summary>
        public static MalformedCase Marked(string marked, DecodeError error)
        {
            string json = marked.Length > 0 && marked[0] == 'H' ? Header + marked.Substring(1) : marked;
            int mark = json.IndexOf('`');
            string before = json.Substring(0, mark);
            string body = before + json.Substring(mark + 1);
            return new MalformedCase(marked, Utf8.Encode(body), error, Utf8.Encode(before).Length);
        }

        private static MalformedCase TooLarge()
        {
            byte[] body = new byte[SnapshotDecoder.MaxInputBytes + 1];
            byte[] header = Utf8.Encode(Header + "}");
            for (int i = 0; i < body.Length; i++)
            {
                body[i] = i < header.Length ? header[i] : (byte)' ';
            }

            return new MalformedCase("4,097 bytes", body, DecodeError.TooLarge, SnapshotDecoder.MaxInputBytes);
        }

        private static MalformedCase CutExample(string name, int keep)
        {
            byte[] whole = Utf8.Encode(DocExamples.Json(name));
            byte[] body = new byte[keep];
            for (int i = 0; i < keep; i++)
            {
                body[i] = whole[i];
            }

            return new MalformedCase(name + " cut after " + keep.ToString() + " bytes", body, DecodeError.Truncated, keep);
        }

        private static MalformedCase NulInString()
        {
            byte[] prefix = Utf8.Encode(Header + ",\"alert\":{\"headline\":\"a");
            byte[] suffix = Utf8.Encode("b\"}}");
            return new MalformedCase("NUL inside a string", Join(prefix, new byte[] { 0 }, suffix), DecodeError.BadString, prefix.Length);
        }

        private static MalformedCase BadUtf8(byte[] bad)
        {
            byte[] prefix = Utf8.Encode(Header + ",\"alert\":{\"headline\":\"");
            byte[] suffix = Utf8.Encode("\"}}");
            string label = "malformed UTF-8";
            for (int i = 0; i < bad.Length; i++)
            {
                label += " " + bad[i].ToString("X2");
            }

            return new MalformedCase(label, Join(prefix, bad, suffix), DecodeError.BadString, prefix.Length);
        }

        private static byte[] Join(byte[] a, byte[] b, byte[] c)
        {
            byte[] all = new byte[a.Length + b.Length + c.Length];
            int n = 0;
            for (int i = 0; i < a.Length; i++)
            {
                all[n++] = a[i];
            }

            for (int i = 0; i < b.Length; i++)
            {
                all[n++] = b[i];
            }

            for (int i = 0; i < c.Length; i++)
            {
                all[n++] = c[i];
            }

            return all;
        }

        private static string Repeat(char c, int count)
        {
            return new string(c, count);
        }
    }
}
