using System;
using System.Linq;
using System.Text;
using Ticker.Data;
using Xunit;

namespace Ticker.Core.Tests.Data
{
    /// <summary>
    /// Each <see cref="DecodeError"/> with the byte position it reports. In the cases below a backtick marks the
    /// expected position and is removed before decoding; "H" stands for the valid required members.
    /// </summary>
    public class SnapshotDecoderErrorTests
    {
        private const string H = "{\"v\":1,\"seq\":7,\"asOf\":1795000000";

        private static void AssertError(string marked, DecodeError expected)
        {
            string json = marked.Replace("H", H, StringComparison.Ordinal);
            int position = json.IndexOf('`', StringComparison.Ordinal);
            Assert.True(position >= 0, "case lacks a ` marking the expected position");
            byte[] bytes = Encoding.UTF8.GetBytes(json.Remove(position, 1));
            AssertError(bytes, expected, Encoding.UTF8.GetByteCount(json.Substring(0, position)));
        }

        private static void AssertError(byte[] bytes, DecodeError expected, int position)
        {
            var (ok, decoder, snapshot) = SnapshotTestKit.Decode(bytes);
            Assert.False(ok);
            Assert.Equal(expected, decoder.Error);
            Assert.Equal(position, decoder.ErrorPosition);

            // A failed decode leaves nothing half-filled behind.
            Assert.Equal(SnapshotTestKit.Dump(new Snapshot()), SnapshotTestKit.Dump(snapshot));
        }

        [Theory]
        [InlineData("`")]
        [InlineData("`  \r\n\t ")]
        [InlineData("`\uFEFF ")]
        public void Empty(string marked) => AssertError(marked, DecodeError.Empty);

        [Fact]
        public void TooLarge_past_4096_bytes_but_4096_is_fine()
        {
            string json = H + "}";
            byte[] exact = Encoding.ASCII.GetBytes(json + new string(' ', SnapshotDecoder.MaxInputBytes - json.Length));
            Assert.True(SnapshotTestKit.Decode(exact).Ok);

            byte[] over = Encoding.ASCII.GetBytes(json + new string(' ', SnapshotDecoder.MaxInputBytes + 1 - json.Length));
            AssertError(over, DecodeError.TooLarge, SnapshotDecoder.MaxInputBytes);
        }

        [Theory]
        [InlineData("{`")]
        [InlineData("{\"v\":1`")]
        [InlineData("H`")]
        [InlineData("H,`")]
        [InlineData("H,\"x\"`")]
        [InlineData("H,\"x\":`")]
        [InlineData("H,\"alert\":{\"headline\":\"abc`")]
        [InlineData("H,\"price\":{\"usd\":12.`")]
        [InlineData("H,\"price\":{\"usd\":-`")]
        [InlineData("H,\"price\":{\"usd\":1e+`")]
        [InlineData("H,\"price\":{\"usd\":12`")]
        [InlineData("H,\"x\":tr`")]
        [InlineData("H,\"x\":\"\\u12`")]
        [InlineData("H,\"x\":\"\\`")]
        [InlineData("H,\"x\":\"\\uD83D`")]
        [InlineData("H,\"x\":\"\\uD83D\\`")]
        [InlineData("H,\"x\":[1,[2,{\"a\":[`")]
        public void Truncated_at_the_end(string marked) => AssertError(marked, DecodeError.Truncated);

        [Fact]
        public void Truncated_inside_a_utf8_sequence()
        {
            byte[] bytes = Encoding.ASCII.GetBytes(H + ",\"alert\":{\"headline\":\"").Concat(new byte[] { 0xE2, 0x82 }).ToArray();
            AssertError(bytes, DecodeError.Truncated, bytes.Length);
        }

        [Theory]
        [InlineData("`x")]
        [InlineData("`/* comment */{}")]
        [InlineData("H}`x")]
        [InlineData("H} `{}")]
        [InlineData("{\"v\":1 `\"seq\":7}")]
        [InlineData("H,`}")]
        [InlineData("H,\"x\":[1,`]}")]
        [InlineData("H,\"x\":[1 `2]}")]
        [InlineData("{`v:1}")]
        [InlineData("{`'v':1}")]
        [InlineData("{\"v\" `1}")]
        [InlineData("H,\"x\":nul`}")]
        [InlineData("H,\"x\":`+1}")]
        [InlineData("H,\"x\":`.5}")]
        [InlineData("H,\"x\":`NaN}")]
        [InlineData("H,\"price\":{\"usd\":1.5`.3}}")]
        [InlineData("H,\"price\":{\"usd\":`}}")]
        [InlineData("H,\"x\":{\"a\":1`]}")]
        [InlineData("H `/* c */}")]
        public void Syntax_at_the_offending_byte(string marked) => AssertError(marked, DecodeError.Syntax);

        [Fact]
        public void Syntax_for_non_ascii_outside_strings()
        {
            byte[] bytes = Encoding.UTF8.GetBytes(H + ",é:1}");
            AssertError(bytes, DecodeError.Syntax, H.Length + 1);
        }

        [Fact]
        public void TooDeep_past_16_levels_counting_the_root()
        {
            // The root is level 1 and "x"'s value level 2, so 15 brackets reach level 16: accepted.
            string ok = H + ",\"x\":" + new string('[', 15) + new string(']', 15) + "}";
            Assert.True(SnapshotTestKit.Decode(ok).Ok);

            AssertError("H,\"x\":" + new string('[', 15) + "`[" + new string(']', 16) + "}", DecodeError.TooDeep);
            AssertError("H,\"x\":" + string.Concat(Enumerable.Repeat("{\"a\":", 15)) + "`{}" + new string('}', 15) + "}", DecodeError.TooDeep);
            AssertError("H,\"price\":{\"x\":" + new string('[', 14) + "`[" + new string(']', 15) + "}}", DecodeError.TooDeep);
        }

        [Theory]
        [InlineData("H,\"price\":{\"usd\":`01}}")]
        [InlineData("H,\"price\":{\"usd\":`-}}")]
        [InlineData("H,\"price\":{\"usd\":`-a}}")]
        [InlineData("H,\"price\":{\"usd\":`1.}}")]
        [InlineData("H,\"price\":{\"usd\":`1.e5}}")]
        [InlineData("H,\"price\":{\"usd\":`1e}}")]
        [InlineData("H,\"price\":{\"usd\":`1e+}}")]
        [InlineData("H,\"price\":{\"usd\":`-01}}")]
        [InlineData("H,\"x\":`00}")]
        [InlineData("H,\"x\":`-Infinity}")]
        [InlineData("H,\"x\":[`1.]}")]
        [InlineData("H,\"risk\":{\"inputs\":{\"oiUsd\":`1000000000000000000}}}")]
        [InlineData("H,\"risk\":{\"inputs\":{\"oiUsd\":`-1e18}}}")]
        [InlineData("H,\"price\":{\"usd\":`1e400}}")]
        [InlineData("H,\"price\":{\"usd\":`10000000000000000}}")]
        [InlineData("H,\"spot\":{\"deltaUsd1h\":`12345678901234567890}}")]
        [InlineData("{\"v\":1,\"seq\":`99999999999999999999999,\"asOf\":1}")]
        public void BadNumber_at_the_number(string marked) => AssertError(marked, DecodeError.BadNumber);

        [Theory]
        [InlineData("H,\"risk\":{\"inputs\":{\"oiUsd\":999999999999999999}}}")]
        [InlineData("H,\"price\":{\"usd\":9999999999999999.99}}")]
        [InlineData("H,\"x\":1e999999999999}")]
        [InlineData("H,\"x\":-123456789012345678901234567890.5e-3}")]
        public void Numbers_at_the_limit_or_in_unknown_members_are_fine(string json)
        {
            Assert.True(SnapshotTestKit.Decode(json.Replace("H", H, StringComparison.Ordinal) + "").Ok);
        }

        [Theory]
        [InlineData("H,\"alert\":{\"headline\":\"a`\tb\"}}")]
        [InlineData("H,\"alert\":{\"headline\":\"a`\nb\"}}")]
        [InlineData("H,\"x\":\"`\u0000\"}")]
        [InlineData("H,\"alert\":{\"headline\":\"a`\\qb\"}}")]
        [InlineData("H,\"alert\":{\"headline\":\"`\\u12G4\"}}")]
        [InlineData("H,\"alert\":{\"headline\":\"`\\uDC00\"}}")]
        [InlineData("H,\"alert\":{\"headline\":\"`\\uD83Dx\"}}")]
        [InlineData("H,\"alert\":{\"headline\":\"`\\uD83D\\u0041\"}}")]
        [InlineData("H,\"alert\":{\"headline\":\"`\\uD83D\\n\"}}")]
        [InlineData("H,\"`\\x\":1}")]
        [InlineData("H,\"x\":[\"ok\",\"`\\'\"]}")]
        public void BadString_at_the_character_or_escape(string marked) => AssertError(marked, DecodeError.BadString);

        [Theory]
        [InlineData(new byte[] { 0xFF })]
        [InlineData(new byte[] { 0x80 })]
        [InlineData(new byte[] { 0xC0, 0x80 })]
        [InlineData(new byte[] { 0xC1, 0xBF })]
        [InlineData(new byte[] { 0xE0, 0x80, 0x80 })]
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
        [InlineData(new byte[] { 0xF0, 0x80, 0x80, 0x80 })]
        [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
        [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 })]
        [InlineData(new byte[] { 0xE2, 0x28, 0xA1 })]
        [InlineData(new byte[] { 0xC3, 0x22 })]
        public void BadString_for_malformed_utf8_at_its_first_byte(byte[] bad)
        {
            byte[] prefix = Encoding.ASCII.GetBytes(H + ",\"alert\":{\"headline\":\"ok ");
            byte[] bytes = prefix.Concat(bad).Concat(Encoding.ASCII.GetBytes(" \"}}")).ToArray();
            AssertError(bytes, DecodeError.BadString, prefix.Length);
        }

        [Theory]
        [InlineData("`[1]")]
        [InlineData("`\"snapshot\"")]
        [InlineData("`42")]
        [InlineData("`null")]
        [InlineData("{\"v\":1,\"seq\":`\"7\",\"asOf\":1}")]
        [InlineData("{\"v\":`\"1\",\"seq\":7,\"asOf\":1}")]
        [InlineData("{\"v\":1,\"seq\":`7.5,\"asOf\":1}")]
        [InlineData("H,\"price\":`[]}")]
        [InlineData("H,\"price\":`true}")]
        [InlineData("H,\"price\":{\"usd\":`\"91000\"}}")]
        [InlineData("H,\"risk\":{\"inputs\":`5}}")]
        [InlineData("H,\"risk\":{\"inputs\":{\"oiUsd\":`1.5}}}")]
        [InlineData("H,\"liq\":{\"lowerBound\":`1}}")]
        [InlineData("H,\"liq\":{\"m5\":{\"long\":`12.5}}}")]
        [InlineData("H,\"liq\":{\"venues\":[\"binance\",`1]}}")]
        [InlineData("H,\"liq\":{\"venues\":[`null]}}")]
        [InlineData("H,\"liq\":{\"venues\":`\"binance\"}}")]
        [InlineData("H,\"liq\":{\"hourlyLongM\":[1,`\"2\"]}}")]
        [InlineData("H,\"liq\":{\"hourlyLongM\":`{}}}")]
        [InlineData("H,\"alert\":{\"level\":`\"3\"}}")]
        [InlineData("H,\"alert\":{\"level\":`2.5}}")]
        [InlineData("H,\"alert\":{\"side\":`1}}")]
        [InlineData("H,\"alert\":{\"headline\":`[]}}")]
        [InlineData("H,\"sources\":`[]}")]
        [InlineData("H,\"sources\":{\"binance\":`1}}")]
        [InlineData("H,\"sources\":{\"binance\":{\"ok\":`\"yes\"}}}")]
        [InlineData("H,\"asset\":`1}")]
        public void WrongType_at_the_value(string marked) => AssertError(marked, DecodeError.WrongType);

        [Theory]
        [InlineData("H,\"alert\":{\"level\":`5}}")]
        [InlineData("H,\"alert\":{\"level\":`-1}}")]
        [InlineData("H,\"alert\":{\"side\":`\"up\"}}")]
        [InlineData("H,\"alert\":{\"side\":`\"Long\"}}")]
        [InlineData("H,\"risk\":{\"score\":`140}}")]
        [InlineData("H,\"risk\":{\"score\":`100.5}}")]
        [InlineData("H,\"risk\":{\"score\":`-0.5}}")]
        [InlineData("H,\"risk\":{\"parts\":{\"taker\":`101}}}")]
        [InlineData("H,\"risk\":{\"inputs\":{\"takerBucketMin\":`0}}}")]
        [InlineData("H,\"waitMax\":`31}")]
        [InlineData("H,\"waitMax\":`0}")]
        [InlineData("H,\"price\":{\"usd\":`-1}}")]
        [InlineData("H,\"price\":{\"chg24hPct\":`-100.01}}")]
        [InlineData("H,\"spot\":{\"binanceSharePct\":`100.01}}")]
        [InlineData("H,\"spot\":{\"venues\":`0}}")]
        [InlineData("H,\"liq\":{\"h1\":{\"short\":`-5}}}")]
        [InlineData("H,\"sources\":{\"okx\":{\"ageS\":`-1}}}")]
        [InlineData("{\"v\":1,\"seq\":`-7,\"asOf\":1}")]
        public void OutOfRange_at_the_value(string marked) => AssertError(marked, DecodeError.OutOfRange);

        [Fact]
        public void OutOfRange_for_a_25th_hourly_value_a_9th_venue_and_a_9th_source()
        {
            AssertError("H,\"liq\":{\"hourlyLongM\":[" + string.Join(",", Enumerable.Repeat("1", 24)) + ",`1]}}", DecodeError.OutOfRange);
            AssertError("H,\"liq\":{\"venues\":[" + string.Join(",", Enumerable.Range(0, 8).Select(i => $"\"v{i}\"")) + ",`\"v8\"]}}", DecodeError.OutOfRange);
            AssertError("H,\"sources\":{" + string.Join(",", Enumerable.Range(0, 8).Select(i => $"\"s{i}\":{{\"ok\":true}}")) + ",`\"s8\":{}}}", DecodeError.OutOfRange);
        }

        [Fact]
        public void OutOfRange_for_hourly_arrays_of_different_lengths_at_the_later_array()
        {
            AssertError("H,\"liq\":{\"hourlyLongM\":[1,2],\"hourlyShortM\":`[1]}}", DecodeError.OutOfRange);
            AssertError("H,\"liq\":{\"hourlyShortM\":[1],\"m5\":null,\"hourlyLongM\":`[1,2]}}", DecodeError.OutOfRange);
        }

        [Theory]
        [InlineData("{\"v\":1,\"seq\":7`}")]
        [InlineData("{\"v\":1,\"seq\":7,\"asOf\":null`}")]
        [InlineData("{\"seq\":7,\"asOf\":1`}  ")]
        [InlineData("{\"v\":null,\"seq\":7,\"asOf\":1`}")]
        [InlineData("{\"v\":1,\"seq\":7,\"asOf\":1,\"asOf\":null`}")]
        [InlineData("{\"v\":1,\"seq\":7,\"price\":{\"asOf\":1}`}")]
        [InlineData("{`}")]
        public void MissingField_at_the_closing_brace(string marked) => AssertError(marked, DecodeError.MissingField);

        [Theory]
        [InlineData("{\"v\":`2,\"seq\":7,\"asOf\":1}")]
        [InlineData("{\"v\":`0,\"seq\":7,\"asOf\":1}")]
        [InlineData("{\"v\":`1.5,\"seq\":7,\"asOf\":1}")]
        [InlineData("{\"v\":`-1}")]
        [InlineData("{\"seq\":7,\"asOf\":1,\"v\":`2}")]
        [InlineData("{\"v\":`2,\"seq\":\"this would be WrongType in version 1\"}")]
        public void UnsupportedVersion_at_the_value_of_v(string marked) => AssertError(marked, DecodeError.UnsupportedVersion);

        [Theory]
        [InlineData("{\"v\":1.0,\"seq\":7,\"asOf\":1}")]
        [InlineData("{\"v\":1e0,\"seq\":7,\"asOf\":1}")]
        [InlineData("{\"v\":10e-1,\"seq\":7,\"asOf\":1}")]
        public void Version_one_may_be_written_any_way(string json) => Assert.True(SnapshotTestKit.Decode(json).Ok);

        [Fact]
        public void InvalidArgument_for_null_or_out_of_bounds_arguments()
        {
            var decoder = new SnapshotDecoder();
            var snapshot = new Snapshot();
            byte[] data = Encoding.ASCII.GetBytes(H + "}");

            Assert.False(decoder.Decode(null!, 0, 0, snapshot));
            Assert.Equal(DecodeError.InvalidArgument, decoder.Error);
            Assert.False(decoder.Decode(data, 0, data.Length, null!));
            Assert.Equal(DecodeError.InvalidArgument, decoder.Error);
            Assert.False(decoder.Decode(data, -1, 2, snapshot));
            Assert.False(decoder.Decode(data, 0, -1, snapshot));
            Assert.False(decoder.Decode(data, 1, data.Length, snapshot));
            Assert.False(decoder.Decode(data, int.MaxValue, 1, snapshot));
            Assert.False(decoder.Decode(data, 1, int.MaxValue, snapshot));
            Assert.Equal(DecodeError.InvalidArgument, decoder.Error);
            Assert.Equal(0, decoder.ErrorPosition);

            Assert.True(decoder.Decode(data, 0, data.Length, snapshot));
        }

        [Fact]
        public void Positions_count_from_the_offset_and_a_success_clears_the_error()
        {
            byte[] bad = Encoding.ASCII.GetBytes("{\"v\":1,\"seq\":x}");
            byte[] buffer = new byte[bad.Length + 10];
            bad.CopyTo(buffer, 10);
            var decoder = new SnapshotDecoder();
            var snapshot = new Snapshot();

            Assert.False(decoder.Decode(buffer, 10, bad.Length, snapshot));
            Assert.Equal(DecodeError.Syntax, decoder.Error);
            Assert.Equal(13, decoder.ErrorPosition);

            byte[] good = Encoding.ASCII.GetBytes(H + "}");
            Assert.True(decoder.Decode(good, 0, good.Length, snapshot));
            Assert.Equal(DecodeError.None, decoder.Error);
            Assert.Equal(0, decoder.ErrorPosition);
        }
    }
}
