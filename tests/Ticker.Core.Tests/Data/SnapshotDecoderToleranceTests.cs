using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ticker.Data;
using Xunit;

namespace Ticker.Core.Tests.Data
{
    /// <summary>What the decoder must accept: any whitespace, member order, unknown members, escapes, number forms, duplicates, nulls.</summary>
    public class SnapshotDecoderToleranceTests
    {
        private const string H = SnapshotTestKit.Header;

        public static TheoryData<string> Examples()
        {
            var data = new TheoryData<string>();
            foreach (object[] row in SnapshotExampleTests.Examples())
            {
                data.Add((string)row[0]);
            }

            return data;
        }

        private static string DumpOf(string json)
        {
            var (ok, decoder, snapshot) = SnapshotTestKit.Decode(json);
            Assert.True(ok, $"{decoder.Error} at {decoder.ErrorPosition}: {json}");
            return SnapshotTestKit.Dump(snapshot);
        }

        private static string ExampleText(string name) => Encoding.UTF8.GetString(SnapshotTestKit.Example(name));

        [Theory]
        [MemberData(nameof(Examples))]
        public void Indented_and_randomly_spaced_examples_decode_the_same(string name)
        {
            string compact = ExampleText(name);
            string expected = DumpOf(compact);

            Assert.Equal(expected, DumpOf(JsonNode.Parse(compact)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true })));

            var random = new Random(name.Length * 7919);
            for (int round = 0; round < 20; round++)
            {
                Assert.Equal(expected, DumpOf(Respace(compact, random)));
            }
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void Examples_with_members_in_reverse_order_decode_the_same(string name)
        {
            string compact = ExampleText(name);
            JsonNode reversed = Reverse(JsonNode.Parse(compact)!, insideSources: false);
            Assert.Equal(DumpOf(compact), DumpOf(reversed.ToJsonString()));
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void Examples_with_unknown_members_in_every_object_decode_the_same(string name)
        {
            string compact = ExampleText(name);
            JsonNode extended = AddUnknown(JsonNode.Parse(compact)!, isSources: false);
            string json = extended.ToJsonString();
            Assert.Contains("future", json, StringComparison.Ordinal);
            Assert.Equal(DumpOf(compact), DumpOf(json));
        }

        [Fact]
        public void Escaped_member_names_match_and_escaped_text_is_decoded()
        {
            Snapshot s = SnapshotTestKit.DecodeValid(
                ",\"\\u0070rice\":{\"\\u0075sd\":1}" +
                ",\"alert\":{\"headline\":\"\\u00e9\\uD83D\\uDE00 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t\\u0041\"}");
            Assert.Equal(100, s.Price.UsdCents);
            Assert.Equal("é😀 \"q\" \\ / \b\f\n\r\tA", s.Alert.Headline);
        }

        [Fact]
        public void Raw_utf8_text_is_decoded()
        {
            Snapshot s = SnapshotTestKit.DecodeValid(",\"alert\":{\"headline\":\"Ñ €5 😀 ok\"},\"sources\":{\"bîtstamp\":{\"ok\":true}}");
            Assert.Equal("Ñ €5 😀 ok", s.Alert.Headline);
            Assert.Equal("bîtstamp", s.Sources[0].Name);
        }

        [Theory]
        [InlineData("91254.37", 9125437)]
        [InlineData("9.125437e4", 9125437)]
        [InlineData("9.125437E+4", 9125437)]
        [InlineData("912543700e-4", 9125437)]
        [InlineData("91254.365", 9125437)]
        [InlineData("91254.364999", 9125436)]
        [InlineData("91254.3700000000000000000001", 9125437)]
        [InlineData("0.005", 1)]
        [InlineData("0.004999999999999999999999", 0)]
        [InlineData("0.00001", 0)]
        [InlineData("0", 0)]
        [InlineData("0.0", 0)]
        [InlineData("1e-400", 0)]
        [InlineData("0e999", 0)]
        [InlineData("1E2", 10000)]
        [InlineData("123456789012345678901234e-20", 123457)]
        public void Price_numbers_in_any_form_round_half_away_from_zero_to_cents(string number, long cents)
        {
            Assert.Equal(cents, SnapshotTestKit.DecodeValid(",\"price\":{\"usd\":" + number + "}").Price.UsdCents);
        }

        [Theory]
        [InlineData("-1.005", -101)]
        [InlineData("-1.004", -100)]
        [InlineData("-0", 0)]
        [InlineData("-0.0", 0)]
        [InlineData("-0.004", 0)]
        [InlineData("-0.005", -1)]
        [InlineData("-100", -10000)]
        [InlineData("250.5", 25050)]
        public void Signed_percentages_round_half_away_from_zero(string number, long e2)
        {
            Assert.Equal(e2, SnapshotTestKit.DecodeValid(",\"price\":{\"chg24hPct\":" + number + "}").Price.Chg24hPctE2);
        }

        [Theory]
        [InlineData("fundingPct8h", "0.0100", 100)]
        [InlineData("fundingPct8h", "-0.00005", -1)]
        [InlineData("fundingPct8h", "0.00004999", 0)]
        [InlineData("takerBuySell", "11.7", 11700)]
        [InlineData("takerBuySell", "0.0005", 1)]
        [InlineData("longShortRatio", "1.2345", 1235)]
        [InlineData("oiUsd", "3.661e10", 36610000000)]
        [InlineData("oiUsd", "36610000000.000", 36610000000)]
        public void Risk_inputs_scale_by_their_unit(string member, string number, long expected)
        {
            Snapshot s = SnapshotTestKit.DecodeValid(",\"risk\":{\"inputs\":{\"" + member + "\":" + number + "}}");
            long actual = member switch
            {
                "fundingPct8h" => s.Risk.FundingPct8hE4,
                "takerBuySell" => s.Risk.TakerBuySellE3,
                "longShortRatio" => s.Risk.LongShortRatioE3,
                _ => s.Risk.OiUsd,
            };
            Assert.Equal(expected, actual);
        }

        [Theory]
        [InlineData("99.5", 100)]
        [InlineData("100.4", 100)]
        [InlineData("0.49", 0)]
        [InlineData("63.6", 64)]
        public void Score_rounds_to_an_integer(string number, long score)
        {
            Assert.Equal(score, SnapshotTestKit.DecodeValid(",\"risk\":{\"score\":" + number + "}").Risk.Score);
        }

        [Fact]
        public void Duplicate_members_last_one_wins()
        {
            Snapshot s = SnapshotTestKit.DecodeValid(
                ",\"seq\":9,\"price\":{\"usd\":1},\"price\":{\"chg24hPct\":2}" +
                ",\"risk\":{\"score\":5,\"score\":6,\"inputs\":{\"oiUsd\":1},\"inputs\":{\"takerBuySell\":2}}" +
                ",\"liq\":{\"venues\":[\"okx\",\"bybit\"],\"hourlyLongM\":[1,2,3],\"venues\":[\"kraken\"],\"m5\":{\"long\":4},\"m5\":{\"short\":5},\"hourlyLongM\":[7]}" +
                ",\"sources\":{\"okx\":{\"ok\":true,\"ageS\":3},\"bybit\":{\"ok\":true},\"okx\":{\"ok\":false}}");

            Assert.Equal(9, s.Seq);
            Assert.Equal(Value.Missing, s.Price.UsdCents);
            Assert.Equal(200, s.Price.Chg24hPctE2);
            Assert.Equal(6, s.Risk.Score);
            Assert.Equal(Value.Missing, s.Risk.OiUsd);
            Assert.Equal(2000, s.Risk.TakerBuySellE3);
            Assert.Equal(1, s.Liq.VenueCount);
            Assert.Same(ExchangeIds.Kraken, s.Liq.Venues[0]);
            Assert.Null(s.Liq.Venues[1]);
            Assert.Equal(Value.Missing, s.Liq.M5.Long);
            Assert.Equal(5, s.Liq.M5.Short);
            Assert.Equal(1, s.Liq.HourlyCount);
            Assert.Equal(7, s.Liq.HourlyLongM[0]);
            Assert.Equal(Value.Missing, s.Liq.HourlyLongM[1]);

            // A repeated source keeps its first place and takes the later values.
            Assert.Equal(2, s.SourceCount);
            Assert.Same(ExchangeIds.Okx, s.Sources[0].Name);
            Assert.False(s.Sources[0].Ok);
            Assert.Equal(Value.Missing, s.Sources[0].AgeS);
            Assert.Same(ExchangeIds.Bybit, s.Sources[1].Name);
        }

        [Fact]
        public void Null_sections_and_members_are_unknown()
        {
            Snapshot s = SnapshotTestKit.DecodeValid(
                ",\"asset\":null,\"waitMax\":null,\"price\":null,\"risk\":{\"score\":null,\"inputs\":null,\"parts\":null}" +
                ",\"liq\":{\"lowerBound\":null,\"m5\":null,\"h1\":{\"long\":null},\"hourlyLongM\":[1,null,3],\"hourlyShortM\":null,\"venues\":null}" +
                ",\"spot\":{},\"alert\":{\"level\":null,\"side\":null,\"headline\":null},\"sources\":{\"binance\":null}");

            Assert.Null(s.Asset);
            Assert.Equal(Value.Missing, s.WaitMax);
            Assert.False(s.Price.Present);
            Assert.True(s.Risk.Present);
            Assert.Equal(Value.Missing, s.Risk.Score);
            Assert.Equal(Value.Missing, s.Risk.FundingPct8hE4);
            Assert.True(s.Liq.LowerBound);
            Assert.Equal(Value.Missing, s.Liq.M5.Long);
            Assert.Equal(Value.Missing, s.Liq.H1.Long);
            Assert.Equal(3, s.Liq.HourlyCount);
            Assert.Equal(new[] { 1, Value.Missing, 3, Value.Missing }, s.Liq.HourlyLongM.Take(4));
            Assert.All(s.Liq.HourlyShortM, v => Assert.Equal(Value.Missing, v));
            Assert.Equal(0, s.Liq.VenueCount);
            Assert.True(s.Spot.Present);
            Assert.Equal(Value.Missing, s.Spot.BinanceSharePctE2);
            Assert.True(s.Alert.Present);
            Assert.Equal(AlertLevel.None, s.Alert.Level);
            Assert.Equal(AlertSide.None, s.Alert.Side);
            Assert.Null(s.Alert.Headline);
            Assert.Equal(1, s.SourceCount);
            Assert.False(s.Sources[0].Ok);
            Assert.Equal(Value.Missing, s.Sources[0].AgeS);
        }

        [Fact]
        public void A_minimal_snapshot_holds_no_zero_anywhere()
        {
            // Missing is not zero: with only the required members, every other number must read Missing.
            Snapshot s = SnapshotTestKit.DecodeValid(",\"price\":{},\"risk\":{\"inputs\":{},\"parts\":{}},\"liq\":{\"m5\":{}},\"spot\":{},\"alert\":{}");
            string[] zeros = SnapshotTestKit.Dump(s).Split('\n')
                .Where(line => line.EndsWith("=0", StringComparison.Ordinal) && !line.EndsWith("Count=0", StringComparison.Ordinal))
                .ToArray();
            Assert.Empty(zeros);
            Assert.Contains("Price.UsdCents=Missing", SnapshotTestKit.Dump(s), StringComparison.Ordinal);
        }

        [Fact]
        public void LowerBound_and_ok_read_their_documented_defaults()
        {
            Assert.True(SnapshotTestKit.DecodeValid(",\"liq\":{}").Liq.LowerBound);
            Assert.False(SnapshotTestKit.DecodeValid(",\"liq\":{\"lowerBound\":false}").Liq.LowerBound);
            Assert.False(SnapshotTestKit.DecodeValid(",\"sources\":{\"okx\":{}}").Sources[0].Ok);
            Assert.True(SnapshotTestKit.DecodeValid(",\"sources\":{\"okx\":{\"ok\":true}}").Sources[0].Ok);
        }

        [Fact]
        public void One_hourly_array_alone_sets_the_count_and_leaves_the_other_missing()
        {
            Snapshot s = SnapshotTestKit.DecodeValid(",\"liq\":{\"hourlyShortM\":[4,5]}");
            Assert.Equal(2, s.Liq.HourlyCount);
            Assert.Equal(new long[] { 4, 5 }, s.Liq.HourlyShortM.Take(2));
            Assert.Equal(Value.Missing, s.Liq.HourlyLongM[0]);
        }

        [Theory]
        [InlineData("0123456789abcdefghijklmnopqrstuvwxyz", "0123456789abcdefghijklmn")]
        [InlineData("exactly twenty-four char", "exactly twenty-four char")]
        [InlineData("ééééééééééééééééééééééééé", "éééééééééééééééééééééééé")]
        [InlineData("23 characters then: 😀😀x", "23 characters then: 😀😀x")]
        [InlineData("twenty-three characters😀😀", "twenty-three characters😀")]
        public void Long_text_is_cut_to_24_characters_without_splitting_a_pair(string headline, string kept)
        {
            string escaped = JsonSerializer.Serialize(headline);
            Snapshot s = SnapshotTestKit.DecodeValid(",\"alert\":{\"headline\":" + escaped + "}");
            Assert.Equal(kept, s.Alert.Headline);
            Assert.True(s.Alert.Headline!.EnumerateRunes().Count() <= AlertSection.HeadlineMaxChars);
        }

        [Fact]
        public void Long_unknown_member_names_never_match_a_known_one()
        {
            Snapshot s = SnapshotTestKit.DecodeValid(",\"price\":{\"usd\":1},\"priceXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\":{\"usd\":2}");
            Assert.Equal(100, s.Price.UsdCents);
        }

        [Fact]
        public void Known_names_are_the_constants_and_repeated_text_is_not_allocated_again()
        {
            string json = H + ",\"asset\":\"BTC\",\"alert\":{\"headline\":\"Longs flushed\"},\"liq\":{\"venues\":[\"binance\",\"hyperliquid\"]}}";
            byte[] bytes = Encoding.UTF8.GetBytes(json);
            var decoder = new SnapshotDecoder();
            var first = new Snapshot();
            var second = new Snapshot();
            Assert.True(decoder.Decode(bytes, 0, bytes.Length, first));
            Assert.True(decoder.Decode(bytes, 0, bytes.Length, second));

            Assert.Same("BTC", first.Asset);
            Assert.Same(ExchangeIds.Binance, first.Liq.Venues[0]);
            Assert.Equal("hyperliquid", first.Liq.Venues[1]);
            Assert.Same(first.Liq.Venues[1], second.Liq.Venues[1]);
            Assert.Same(first.Alert.Headline, second.Alert.Headline);
            Assert.Same(SnapshotTestKit.Decode(json).Snapshot.Liq.Venues[0], first.Liq.Venues[0]);
        }

        [Fact]
        public void A_utf8_byte_order_mark_is_skipped()
        {
            byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes(H + "}")).ToArray();
            Assert.True(SnapshotTestKit.Decode(bytes).Ok);
        }

        [Fact]
        public void Reusing_a_decoder_and_snapshot_leaves_nothing_from_the_previous_body()
        {
            var decoder = new SnapshotDecoder();
            var reused = new Snapshot();
            foreach (string first in new[] { "snapshot-cascade.json", "snapshot-calm.json", "snapshot-building.json" })
            {
                byte[] full = SnapshotTestKit.Example(first);
                byte[] partial = SnapshotTestKit.Example("snapshot-partial.json");
                Assert.True(decoder.Decode(full, 0, full.Length, reused));
                Assert.True(decoder.Decode(partial, 0, partial.Length, reused));
                Assert.Equal(SnapshotTestKit.Dump(SnapshotTestKit.Decode(partial).Snapshot), SnapshotTestKit.Dump(reused));
            }
        }

        [Fact]
        public void Reads_each_byte_once_including_surrounding_whitespace()
        {
            string json = "  \n" + H + ",\"x\":[1,{\"a\":\"\\u00e9\"}] }\r\n ";
            var (ok, decoder, _) = SnapshotTestKit.Decode(json);
            Assert.True(ok);
            Assert.Equal(Encoding.UTF8.GetByteCount(json), decoder.BytesRead);
        }

        // Inserts 0-3 whitespace characters after every structural character outside strings.
        private static string Respace(string json, Random random)
        {
            const string Spaces = " \t\r\n";
            var text = new StringBuilder();
            bool inString = false;
            bool escaped = false;
            text.Append(Spaces[random.Next(4)]);
            foreach (char c in json)
            {
                text.Append(c);
                if (inString)
                {
                    escaped = !escaped && c == '\\';
                    inString = escaped || c != '"';
                    continue;
                }

                if (c == '"')
                {
                    inString = true;
                }
                else if ("{}[],:".Contains(c))
                {
                    for (int i = random.Next(4); i > 0; i--)
                    {
                        text.Append(Spaces[random.Next(4)]);
                    }
                }
            }

            return text.ToString();
        }

        // The sources object keeps its order: the device lists sources in document order.
        private static JsonNode Reverse(JsonNode node, bool insideSources)
        {
            if (node is JsonObject obj)
            {
                var members = obj.ToList();
                obj.Clear();
                var result = new JsonObject();
                foreach (var (key, value) in insideSources ? members : Enumerable.Reverse(members))
                {
                    result[key] = value == null ? null : Reverse(value, key == "sources");
                }

                return result;
            }

            return node.DeepClone();
        }

        private static JsonNode AddUnknown(JsonNode node, bool isSources)
        {
            if (node is JsonObject obj)
            {
                var result = new JsonObject();
                if (!isSources)
                {
                    result["future"] = JsonNode.Parse("{\"a\":[1,-2.5e-3,{\"b\":null,\"c\":[true,false]}],\"d\":\"\\u00e9\\n\",\"e\":{}}");
                }

                foreach (var (key, value) in obj.ToList())
                {
                    obj.Remove(key);
                    result[key] = value == null ? null : AddUnknown(value, key == "sources");
                }

                if (!isSources)
                {
                    result["zLast"] = JsonNode.Parse("[[],[[\"x\"]],0]");
                }

                return result;
            }

            return node.DeepClone();
        }
    }
}
