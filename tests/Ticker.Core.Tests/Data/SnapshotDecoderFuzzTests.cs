using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json;
using Ticker.Data;
using Xunit;
using Xunit.Abstractions;

namespace Ticker.Core.Tests.Data
{
    /// <summary>
    /// Property test over 100,000 generated bodies (fixed seed): random bytes, JSON-ish token soup, random snapshots
    /// from a loose grammar, and byte-level mutations and truncations of the examples. Decode must never throw,
    /// must report consistently, must leave a valid snapshot on success, and must agree with System.Text.Json on
    /// what is syntactically valid JSON.
    /// </summary>
    public class SnapshotDecoderFuzzTests
    {
        private const int Seed = 20261124;
        private const int PerKind = 25000;

        private static readonly string[] KnownKeys =
        {
            "v", "seq", "asOf", "asset", "waitMax", "price", "usd", "chg24hPct", "risk", "score", "inputs", "fundingPct8h",
            "oiUsd", "oiChg24hPct", "takerBuySell", "takerBucketMin", "longShortRatio", "parts", "funding", "oi", "taker",
            "longShort", "liq", "lowerBound", "m5", "h1", "h4", "h24", "long", "short", "hourlyLongM", "hourlyShortM",
            "venues", "spot", "binanceSharePct", "binanceUsd24h", "othersUsd24h", "deltaUsd24h", "deltaUsd1h", "alert",
            "level", "side", "startedAt", "m5Usd", "priceChgPct", "headline", "sources", "ok", "ageS", "binance", "okx",
        };

        private static readonly string[] Sections = { "price", "risk", "liq", "spot", "alert", "sources" };

        private static readonly string[] Numbers =
        {
            "0", "-0", "1", "2", "3", "5", "7", "24", "25", "30", "31", "99.5", "100", "100.5", "101", "-1", "0.5", "-0.5",
            "1.005", "0.0100", "11.7", "1e3", "1E+2", "2.5e-1", "91254.37", "1795000000", "3912000000", "999999999999999999",
            "1000000000000000000", "1e18", "1e400", "-1e-400", "123456789012345678901234567890", "0.000000000000000000001",
            "01", "1.", "-", ".5", "1e", "+1", "1.5.3", "--1", "0x10", "NaN",
        };

        private static readonly string[] Strings =
        {
            "\"\"", "\"BTC\"", "\"binance\"", "\"bybit\"", "\"okx\"", "\"long\"", "\"short\"", "\"up\"", "\"Long cascade: $3.9B+ liq\"",
            "\"0123456789abcdefghijklmnopqrstuvwxyz\"", "\"\\u00e9\\n\\t\\\"\\\\\\/\"", "\"\\uD83D\\uDE00\"", "\"\\uD83D\"", "\"\\uDC00x\"",
            "\"\\u12G4\"", "\"\\q\"", "\"é😀\"", "\"tab\there\"", "\"unterminated",
        };

        private const string Inserts = "{}[],:\"\\0 -.e";

        private static readonly string[] Soup =
        {
            "{", "}", "[", "]", ",", ":", " ", "\n", "\t", "true", "false", "null", "tru", "nul", "\"", "\\", "/*", "'",
        };

        private readonly ITestOutputHelper _output;

        public SnapshotDecoderFuzzTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Decode_never_throws_reports_consistently_and_agrees_with_a_reference_parser()
        {
            var random = new Random(Seed);
            byte[][] examples = SnapshotTestKit.ExampleFiles().Select(System.IO.File.ReadAllBytes).ToArray();
            var decoder = new SnapshotDecoder();
            var snapshot = new Snapshot();
            var errorsSeen = new int[Enum.GetValues<DecodeError>().Length];
            var stopwatch = Stopwatch.StartNew();
            int cleanCount = 0;

            for (int i = 0; i < 4 * PerKind; i++)
            {
                bool clean = false;
                byte[] input = (i % 4) switch
                {
                    0 => RandomBytes(random),
                    1 => Encoding.UTF8.GetBytes(TokenSoup(random)),
                    2 => Encoding.UTF8.GetBytes(RandomSnapshot(random, out clean)),
                    _ => Mutate(random, examples[random.Next(examples.Length)]),
                };

                DecodeError error = CheckOne(decoder, snapshot, input);
                errorsSeen[(int)error]++;
                if (clean)
                {
                    Assert.True(error == DecodeError.None, $"{error} at {decoder.ErrorPosition} for a clean snapshot: {Encoding.UTF8.GetString(input)}");
                    cleanCount++;
                }

                // Every 8th input also goes through a fresh decoder: nothing may carry over between decodes.
                if (i % 8 == 0)
                {
                    var (freshOk, freshDecoder, freshSnapshot) = SnapshotTestKit.Decode(input);
                    Assert.Equal(error, freshDecoder.Error);
                    Assert.Equal(decoder.ErrorPosition, freshDecoder.ErrorPosition);
                    Assert.Equal(SnapshotTestKit.Dump(freshSnapshot), SnapshotTestKit.Dump(snapshot));
                    Assert.Equal(freshOk, error == DecodeError.None);
                }
            }

            stopwatch.Stop();
            _output.WriteLine($"{4 * PerKind} inputs in {stopwatch.ElapsedMilliseconds} ms: "
                + string.Join(", ", Enum.GetValues<DecodeError>().Select(e => $"{e} {errorsSeen[(int)e]}")));

            // The generators must reach successes and every error a body can cause, or the test proves little.
            foreach (DecodeError e in Enum.GetValues<DecodeError>().Where(e => e is not DecodeError.InvalidArgument and not DecodeError.TooLarge))
            {
                Assert.True(errorsSeen[(int)e] > 50, $"{e} reached only {errorsSeen[(int)e]} times");
            }

            Assert.True(cleanCount > PerKind / 3, $"only {cleanCount} clean snapshots");
            Assert.True(errorsSeen[(int)DecodeError.None] > 10000, $"only {errorsSeen[(int)DecodeError.None]} successes");

            // No wall-clock limit: on a shared 2-core machine this took 14 s alone and 118 s beside other builds; the
            // decoder's speed is the decoder benchmark's figure (tests/Ticker.Benchmarks), not a unit test's.
        }

        private static DecodeError CheckOne(SnapshotDecoder decoder, Snapshot snapshot, byte[] input)
        {
            bool ok;
            try
            {
                ok = decoder.Decode(input, 0, input.Length, snapshot);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"Decode threw {e.GetType().Name} for {Describe(input)}\n{e}");
            }

            string context = Describe(input);
            Assert.True(ok == (decoder.Error == DecodeError.None), $"ok={ok} with {decoder.Error}: {context}");
            Assert.InRange(decoder.BytesRead, 0, input.Length);
            if (ok)
            {
                AssertValid(snapshot, context);
            }
            else
            {
                Assert.InRange(decoder.ErrorPosition, 0, input.Length);
                Assert.True(Value.IsMissing(snapshot.Version) && snapshot.SourceCount == 0 && !snapshot.Price.Present && !snapshot.Liq.Present
                    && snapshot.Alert.Level == AlertLevel.None, "failed decode left data behind: " + context);
            }

            string oracle = ReferenceVerdict(input);
            switch (oracle)
            {
                case "syntax":
                    Assert.False(ok, "accepted what System.Text.Json rejects: " + context);
                    break;
                case "string":
                    Assert.False(ok, "accepted a string System.Text.Json cannot read: " + context);
                    break;
                default:
                    Assert.True(decoder.Error is not (DecodeError.Syntax or DecodeError.Truncated or DecodeError.Empty or DecodeError.BadString),
                        $"{decoder.Error} at {decoder.ErrorPosition} for valid JSON: {context}");
                    break;
            }

            return decoder.Error;
        }

        private static void AssertValid(Snapshot s, string context)
        {
            Assert.True(s.Version == 1, context);
            Assert.False(Value.IsMissing(s.Seq), context);
            Assert.False(Value.IsMissing(s.AsOf), context);
            Assert.InRange(s.SourceCount, 0, Snapshot.SourceCapacity);
            Assert.InRange(s.Liq.VenueCount, 0, LiqSection.VenueCapacity);
            Assert.InRange(s.Liq.HourlyCount, 0, LiqSection.HourlyCapacity);
            Assert.True(Value.IsMissing(s.Risk.Score) || s.Risk.Score is >= 0 and <= 100, context);
            foreach (long part in new[] { s.Risk.PartFunding, s.Risk.PartOpenInterest, s.Risk.PartTaker, s.Risk.PartLongShort, s.Risk.PartLiquidations })
            {
                Assert.True(Value.IsMissing(part) || part is >= 0 and <= 100, context);
            }

            Assert.True(s.Alert.Level is >= AlertLevel.None and <= AlertLevel.Cascade, context);
            Assert.True(s.Alert.Side is >= AlertSide.None and <= AlertSide.Short, context);
            Assert.True(Value.IsMissing(s.Spot.BinanceSharePctE2) || s.Spot.BinanceSharePctE2 is >= 0 and <= 10000, context);
            Assert.True(Value.IsMissing(s.WaitMax) || s.WaitMax is >= 1 and <= 30, context);
            for (int i = 0; i < s.SourceCount; i++)
            {
                Assert.NotNull(s.Sources[i].Name);
                Assert.True(s.Sources[i].Name.EnumerateRunes().Count() <= 24, context);
            }

            for (int i = s.SourceCount; i < Snapshot.SourceCapacity; i++)
            {
                Assert.Null(s.Sources[i].Name);
            }

            for (int i = 0; i < LiqSection.VenueCapacity; i++)
            {
                Assert.True((i < s.Liq.VenueCount) == (s.Liq.Venues[i] != null), context);
            }

            for (int i = s.Liq.HourlyCount; i < LiqSection.HourlyCapacity; i++)
            {
                Assert.True(Value.IsMissing(s.Liq.HourlyLongM[i]) && Value.IsMissing(s.Liq.HourlyShortM[i]), context);
            }

            if (s.Alert.Headline != null)
            {
                Assert.True(s.Alert.Headline.EnumerateRunes().Count() <= AlertSection.HeadlineMaxChars, context);
                Assert.False(s.Alert.Headline.Length > 0 && char.IsHighSurrogate(s.Alert.Headline[^1]), context);
            }
        }

        // "syntax": not JSON; "string": JSON whose strings are not valid Unicode; "valid" otherwise.
        private static string ReferenceVerdict(byte[] input)
        {
            ReadOnlySpan<byte> span = input;
            if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            {
                // The decoder skips a byte-order mark; the reference reader does not.
                span = span.Slice(3);
            }

            try
            {
                var reader = new Utf8JsonReader(span, new JsonReaderOptions { MaxDepth = 64 });
                while (reader.Read())
                {
                    if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                    {
                        reader.GetString();
                    }
                }

                return "valid";
            }
            catch (JsonException)
            {
                return "syntax";
            }
            catch (InvalidOperationException)
            {
                return "string";
            }
        }

        private static string Describe(byte[] input) =>
            input.All(b => b is >= 0x20 and < 0x7F) ? Encoding.ASCII.GetString(input) : Convert.ToHexString(input);

        private static byte[] RandomBytes(Random random)
        {
            byte[] bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            if (random.Next(2) == 0)
            {
                // Mostly JSON's alphabet, so the decoder gets past the first byte.
                const string Alphabet = "{}[]:,\"\\ \n0123456789-+.eEtrufalsn/u";
                for (int i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = (byte)Alphabet[random.Next(Alphabet.Length)];
                }

                if (bytes.Length > 0)
                {
                    bytes[0] = (byte)'{';
                }
            }

            return bytes;
        }

        private static string TokenSoup(Random random)
        {
            var text = new StringBuilder(random.Next(2) == 0 ? SnapshotTestKit.Header + "," : "{");
            int count = random.Next(0, 40);
            for (int i = 0; i < count; i++)
            {
                switch (random.Next(5))
                {
                    case 0:
                        text.Append('"').Append(KnownKeys[random.Next(KnownKeys.Length)]).Append("\":");
                        break;
                    case 4:
                        // Deep nesting, on either side of the depth limit.
                        int levels = random.Next(10, 20);
                        for (int d = 0; d < levels; d++)
                        {
                            text.Append(random.Next(2) == 0 ? "[" : "{\"a\":");
                        }

                        break;
                    case 1:
                        text.Append(Numbers[random.Next(Numbers.Length)]);
                        break;
                    case 2:
                        text.Append(Strings[random.Next(Strings.Length)]);
                        break;
                    default:
                        text.Append(Soup[random.Next(Soup.Length)]);
                        break;
                }
            }

            if (random.Next(2) == 0)
            {
                text.Append('}');
            }

            return text.ToString();
        }

        // A snapshot from a loose grammar: right shapes with random values. Half are clean (every value valid, in any
        // number form); the rest sometimes hold the wrong type, a value out of range or too many items.
        private static string RandomSnapshot(Random random, out bool clean)
        {
            clean = random.Next(2) == 0;
            var text = new StringBuilder("{");
            bool first = true;
            void Member(string key, string value)
            {
                text.Append(first ? "" : ",").Append(Space(random)).Append('"').Append(key).Append("\":").Append(Space(random)).Append(value);
                first = false;
            }

            if (clean || random.Next(20) != 0)
            {
                Member("v", !clean && random.Next(30) == 0 ? Pick(random, "2", "null", "1.5", "\"1\"") : Pick(random, "1", "1.0", "1e0"));
            }

            if (clean || random.Next(30) != 0)
            {
                Member("seq", !clean && random.Next(40) == 0 ? RandomNumber(random) : random.Next(0, 100000).ToString());
            }

            if (clean || random.Next(30) != 0)
            {
                Member("asOf", "1795000000");
            }

            foreach (string section in Sections.OrderBy(_ => random.Next()))
            {
                if (random.Next(3) != 0)
                {
                    Member(section, SectionValue(random, section, 3, clean));
                }
            }

            if (!clean && random.Next(4) == 0)
            {
                Member(KnownKeys[random.Next(KnownKeys.Length)], RandomValue(random, 3));
            }

            if (random.Next(3) == 0)
            {
                Member("asset", clean ? Pick(random, "\"BTC\"", "\"ETH\"", "null") : Pick(random, "\"BTC\"", "null", "1"));
            }

            if (random.Next(3) == 0)
            {
                Member("waitMax", clean ? Pick(random, "25", "30", "1", "null") : Pick(random, "25", "31", "0", "2.5"));
            }

            if (random.Next(4) == 0)
            {
                Member("unknownFuture", clean ? CleanValue(random, 3) : RandomValue(random, 3));
            }

            return text.Append(Space(random)).Append('}').ToString();
        }

        private static string SectionValue(Random random, string section, int depth, bool clean)
        {
            if (!clean && random.Next(25) == 0)
            {
                return RandomValue(random, depth);
            }

            string[] keys = section switch
            {
                "price" => new[] { "usd", "chg24hPct" },
                "risk" => new[] { "score", "inputs", "parts" },
                "liq" => new[] { "lowerBound", "m5", "h1", "h4", "h24", "hourlyLongM", "hourlyShortM", "venues" },
                "spot" => new[] { "binanceSharePct", "venues", "binanceUsd24h", "othersUsd24h", "deltaUsd24h", "deltaUsd1h" },
                "alert" => new[] { "level", "side", "startedAt", "m5Usd", "priceChgPct", "headline" },
                "inputs" => new[] { "fundingPct8h", "oiUsd", "oiChg24hPct", "takerBuySell", "takerBucketMin", "longShortRatio" },
                "parts" => new[] { "funding", "oi", "taker", "longShort", "liq" },
                "window" => new[] { "long", "short" },
                "entry" => new[] { "ok", "ageS" },
                _ => Array.Empty<string>(),
            };

            var text = new StringBuilder("{");
            if (section == "sources")
            {
                int entries = random.Next(0, !clean && random.Next(10) == 0 ? 11 : 7);
                for (int i = 0; i < entries; i++)
                {
                    string name = random.Next(3) == 0 ? "x" + random.Next(20) : Pick(random, "binance", "bybit", "okx", "coinbase", "kraken", "bitstamp");
                    text.Append(i == 0 ? "" : ",").Append('"').Append(name).Append("\":").Append(random.Next(15) == 0 ? "null" : SectionValue(random, "entry", depth, clean));
                }

                return text.Append('}').ToString();
            }

            bool first = true;
            foreach (string key in keys.Where(_ => random.Next(4) != 0).OrderBy(_ => random.Next()))
            {
                // spot.venues is a count, liq.venues a list of names.
                string shape = section == "spot" && key == "venues" ? "count" : key;
                text.Append(first ? "" : ",").Append(Space(random)).Append('"').Append(key).Append("\":").Append(KnownValue(random, shape, depth, clean));
                first = false;
            }

            if (random.Next(6) == 0)
            {
                text.Append(first ? "" : ",").Append("\"extra\":").Append(CleanValue(random, depth));
            }

            return text.Append('}').ToString();
        }

        private static string KnownValue(Random random, string key, int depth, bool clean)
        {
            if (clean)
            {
                return CleanKnownValue(random, key, depth);
            }

            if (random.Next(12) == 0)
            {
                return random.Next(2) == 0 ? "null" : RandomValue(random, depth);
            }

            switch (key)
            {
                case "inputs":
                case "parts":
                    return SectionValue(random, key, depth, false);
                case "m5":
                case "h1":
                case "h4":
                case "h24":
                    return SectionValue(random, "window", depth, false);
                case "hourlyLongM":
                case "hourlyShortM":
                    int n = random.Next(3) == 0 ? random.Next(0, 27) : 24;
                    return "[" + string.Join(",", Enumerable.Range(0, n).Select(_ => random.Next(20) == 0 ? "null" : random.Next(0, 3000).ToString())) + "]";
                case "venues" when random.Next(2) == 0:
                    int v = random.Next(0, random.Next(8) == 0 ? 10 : 5);
                    return "[" + string.Join(",", Enumerable.Range(0, v).Select(_ => Strings[random.Next(Strings.Length)])) + "]";
                case "lowerBound":
                case "ok":
                    return Pick(random, "true", "false", "null");
                case "side":
                    return Pick(random, "\"long\"", "\"short\"", "null", "\"up\"");
                case "headline":
                    return Strings[random.Next(Strings.Length)];
                case "level":
                    return Pick(random, "0", "1", "2", "3", "4", "null");
                default:
                    return random.Next(3) == 0 ? RandomNumber(random) : random.Next(0, 101).ToString();
            }
        }

        // A value the decoder must accept for this member.
        private static string CleanKnownValue(Random random, string key, int depth)
        {
            if (random.Next(15) == 0)
            {
                return "null";
            }

            switch (key)
            {
                case "inputs":
                case "parts":
                    return SectionValue(random, key, depth, true);
                case "m5":
                case "h1":
                case "h4":
                case "h24":
                    return SectionValue(random, "window", depth, true);
                case "hourlyLongM":
                case "hourlyShortM":
                    return "[" + string.Join(",", Enumerable.Range(0, 24).Select(_ => random.Next(20) == 0 ? "null" : CleanInteger(random))) + "]";
                case "venues":
                    return "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 9)).Select(_ => Pick(random, "\"binance\"", "\"okx\"", "\"hyperliquid\"", "\"\\u00e9x\""))) + "]";
                case "lowerBound":
                case "ok":
                    return Pick(random, "true", "false");
                case "side":
                    return Pick(random, "\"long\"", "\"short\"");
                case "headline":
                    return Pick(random, "\"\"", "\"Long cascade: $3.9B+ liq\"", "\"0123456789abcdefghijklmnopqrstuvwxyz\"", "\"\\uD83D\\uDE00 \\n é\"");
                case "level":
                    return Pick(random, "0", "1", "2", "3", "3.0", "2e0");
                default:
                    return CleanInteger(random);
            }
        }

        // An integer from 1 to 30 (valid for every numeric member but level) written in any JSON number form.
        private static string CleanInteger(Random random)
        {
            int n = random.Next(1, 31);
            return random.Next(5) switch
            {
                0 => n + ".0",
                1 => n + "e0",
                2 => (n * 10) + "E-1",
                3 => "0." + n.ToString("00") + "e2",
                _ => n.ToString(),
            };
        }

        // Valid JSON of any shape, nested at most depth deep.
        private static string CleanValue(Random random, int depth)
        {
            int kind = random.Next(depth > 0 ? 6 : 4);
            return kind switch
            {
                0 => CleanInteger(random),
                1 => Pick(random, "\"x\"", "\"\\u00e9\"", "true", "false", "-1.5e-300", "1e300"),
                2 => "null",
                3 => "[]",
                4 => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => CleanValue(random, depth - 1))) + "]",
                _ => "{" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(i => "\"k" + i + "\":" + CleanValue(random, depth - 1))) + "}",
            };
        }

        private static string RandomValue(Random random, int depth)
        {
            int kind = random.Next(depth > 0 ? 7 : 5);
            switch (kind)
            {
                case 0:
                    return RandomNumber(random);
                case 1:
                    return Strings[random.Next(Strings.Length)];
                case 2:
                    return Pick(random, "true", "false");
                case 3:
                    return "null";
                case 4:
                    return random.Next(2) == 0 ? "[]" : "{}";
                case 5:
                    return "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth - 1))) + "]";
                default:
                    return "{" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => "\"" + KnownKeys[random.Next(KnownKeys.Length)] + "\":" + RandomValue(random, depth - 1))) + "}";
            }
        }

        private static string RandomNumber(Random random)
        {
            if (random.Next(2) == 0)
            {
                return Numbers[random.Next(Numbers.Length)];
            }

            string digits = random.Next(1, 1000000).ToString();
            return random.Next(4) switch
            {
                0 => digits,
                1 => "-" + digits + "." + random.Next(0, 1000).ToString("000"),
                2 => digits + "e" + random.Next(-25, 25),
                _ => "0." + new string('0', random.Next(0, 6)) + digits,
            };
        }

        private static byte[] Mutate(Random random, byte[] example)
        {
            byte[] bytes = (byte[])example.Clone();
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits && bytes.Length > 0; e++)
            {
                int at = random.Next(bytes.Length);
                switch (random.Next(7))
                {
                    case 0:
                        bytes[at] = (byte)random.Next(256);
                        break;
                    case 1:
                        bytes[at] ^= (byte)(1 << random.Next(8));
                        break;
                    case 2:
                        bytes = bytes.Take(at).Concat(bytes.Skip(at + 1)).ToArray();
                        break;
                    case 3:
                        bytes = bytes.Take(at).Concat(new[] { (byte)Inserts[random.Next(Inserts.Length)] }).Concat(bytes.Skip(at)).ToArray();
                        break;
                    case 4:
                        // Truncation.
                        bytes = bytes.Take(at).ToArray();
                        break;
                    case 5:
                        // Duplicate a span elsewhere (repeats members, nests brackets).
                        int length = random.Next(1, Math.Min(40, bytes.Length - at) + 1);
                        int to = random.Next(bytes.Length);
                        bytes = bytes.Take(to).Concat(bytes.Skip(at).Take(length)).Concat(bytes.Skip(to)).ToArray();
                        break;
                    default:
                        // Swap in another number.
                        string number = RandomNumber(random);
                        int digit = Array.FindIndex(bytes, at, b => b is >= (byte)'0' and <= (byte)'9');
                        if (digit >= 0)
                        {
                            int end = digit;
                            while (end < bytes.Length && (bytes[end] is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-'))
                            {
                                end++;
                            }

                            bytes = bytes.Take(digit).Concat(Encoding.ASCII.GetBytes(number)).Concat(bytes.Skip(end)).ToArray();
                        }

                        break;
                }
            }

            return bytes;
        }

        private static string Space(Random random) => random.Next(4) == 0 ? Pick(random, " ", "\n", "\t ", "\r\n  ") : "";

        private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
    }
}
