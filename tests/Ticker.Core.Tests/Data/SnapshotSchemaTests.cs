using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Data
{
    /// <summary>
    /// Keeps docs/snapshot.schema.json, the examples and the decoder in step: the examples satisfy the schema
    /// (checked by a small validator for exactly the keywords the schema uses), and every member the schema
    /// declares is one the decoder reads.
    /// </summary>
    public class SnapshotSchemaTests
    {
        private static readonly HashSet<string> KnownKeywords = new(StringComparer.Ordinal)
        {
            "$schema", "title", "description", "type", "const", "enum", "minimum", "maximum", "maxLength", "pattern",
            "maxItems", "items", "properties", "required", "additionalProperties", "maxProperties", "propertyNames",
        };

        private static JsonElement Schema()
        {
            return JsonDocument.Parse(File.ReadAllBytes(RepoPaths.Of("docs", "snapshot.schema.json"))).RootElement.Clone();
        }

        public static IEnumerable<object[]> Examples() => SnapshotExampleTests.Examples();

        [Fact]
        public void Schema_is_draft_2020_12_and_uses_only_keywords_the_checker_knows()
        {
            JsonElement schema = Schema();
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
            var unknown = new List<string>();
            CollectUnknownKeywords(schema, "#", unknown);
            Assert.Empty(unknown);
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void Every_example_satisfies_the_schema(string name)
        {
            using var doc = JsonDocument.Parse(SnapshotTestKit.Example(name));
            var errors = new List<string>();
            Validate(Schema(), doc.RootElement, "", errors);
            Assert.True(errors.Count == 0, name + ":\n" + string.Join("\n", errors));
        }

        [Theory]
        [InlineData("{\"v\":2,\"seq\":1,\"asOf\":1}", "/v")]
        [InlineData("{\"v\":1,\"asOf\":1}", "required seq")]
        [InlineData("{\"v\":1,\"seq\":1,\"asOf\":1,\"alert\":{\"level\":4}}", "/alert/level")]
        [InlineData("{\"v\":1,\"seq\":1,\"asOf\":1,\"liq\":{\"m5\":{\"long\":1.5}}}", "/liq/m5/long")]
        [InlineData("{\"v\":1,\"seq\":1,\"asOf\":1,\"sources\":{\"Binance\":{\"ok\":true}}}", "/sources")]
        [InlineData("{\"v\":1,\"seq\":1,\"asOf\":1,\"alert\":{\"headline\":\"0123456789012345678901234\"}}", "/alert/headline")]
        public void The_checker_rejects_what_the_schema_forbids(string json, string expectedPath)
        {
            using var doc = JsonDocument.Parse(json);
            var errors = new List<string>();
            Validate(Schema(), doc.RootElement, "", errors);
            Assert.Contains(errors, e => e.Contains(expectedPath, StringComparison.Ordinal));
        }

        public static IEnumerable<object[]> SchemaLeaves()
        {
            var leaves = new List<object[]>();
            CollectLeaves(Schema(), "", leaves);
            return leaves;
        }

        [Fact]
        public void Schema_declares_every_member_of_the_contract()
        {
            string[] paths = SchemaLeaves().Select(l => (string)l[0]).ToArray();
            // Every member but the required v, seq and asOf (the decoder tests cover those).
            Assert.Equal(53, paths.Length);
            Assert.Contains("/liq/h24/btcLong", paths);
            Assert.Contains("/alert/eventUsd", paths);
            Assert.Contains("/liq/h24/coveredS", paths);
            Assert.Contains("/risk/inputs/takerBuySellBybit", paths);
            Assert.Contains("/spot/deltaVenues", paths);
            Assert.Contains("/risk/inputs/takerBucketMin", paths);
            Assert.Contains("/sources/*/ageS", paths);
            Assert.Contains("/liq/h24/short", paths);
        }

        [Theory]
        [MemberData(nameof(SchemaLeaves))]
        public void Decoder_reads_every_member_the_schema_declares(string path, string sampleJson)
        {
            // Setting the member must change the decoded snapshot compared with leaving it out.
            string without = Wrap(path, null);
            string with = Wrap(path, sampleJson);
            Assert.NotEqual(SnapshotTestKit.Dump(DecodeOrFail(without)), SnapshotTestKit.Dump(DecodeOrFail(with)));
        }

        private static Ticker.Data.Snapshot DecodeOrFail(string json)
        {
            var (ok, decoder, snapshot) = SnapshotTestKit.Decode(json);
            Assert.True(ok, $"{decoder.Error} at {decoder.ErrorPosition}: {json}");
            return snapshot;
        }

        // Builds a minimal valid document holding only the member at path (or only its parents when value is null).
        private static string Wrap(string path, string? value)
        {
            string[] parts = path.Trim('/').Split('/');
            if (parts.Length == 1)
            {
                return SnapshotTestKit.Header + (value == null ? "" : $",\"{parts[0]}\":{value}") + "}";
            }

            string inner = value == null ? "{}" : $"{{\"{parts[^1]}\":{value}}}";
            for (int i = parts.Length - 2; i >= 1; i--)
            {
                string name = parts[i] == "*" ? "binance" : parts[i];
                inner = $"{{\"{name}\":{inner}}}";
            }

            return SnapshotTestKit.Header + $",\"{parts[0]}\":{inner}" + "}";
        }

        private static void CollectLeaves(JsonElement schema, string path, List<object[]> leaves)
        {
            if (schema.TryGetProperty("properties", out JsonElement props))
            {
                foreach (JsonProperty p in props.EnumerateObject())
                {
                    CollectLeaves(p.Value, path + "/" + p.Name, leaves);
                }

                return;
            }

            if (schema.TryGetProperty("additionalProperties", out JsonElement each) && each.ValueKind == JsonValueKind.Object)
            {
                CollectLeaves(each, path + "/*", leaves);
                return;
            }

            if (path is "/v" or "/seq" or "/asOf")
            {
                // Required members: leaving them out fails, so they are checked by the decoder tests instead.
                return;
            }

            leaves.Add(new object[] { path, Sample(schema) });
        }

        // A value the schema allows and the decoder would not produce by itself when the member is absent.
        private static string Sample(JsonElement schema)
        {
            if (schema.TryGetProperty("enum", out JsonElement choices))
            {
                JsonElement pick = choices.EnumerateArray().Last(c => c.ValueKind != JsonValueKind.Null);
                return pick.GetRawText();
            }

            string[] types = Types(schema);
            if (types.Contains("array"))
            {
                return "[" + Sample(schema.GetProperty("items")) + "]";
            }

            if (types.Contains("string"))
            {
                return "\"kraken\"";
            }

            if (types.Contains("boolean"))
            {
                // lowerBound defaults to true and ok to false: the description says which.
                return schema.GetProperty("description").GetString()!.Contains("reads as true", StringComparison.Ordinal) ? "false" : "true";
            }

            decimal value = 7;
            if (schema.TryGetProperty("minimum", out JsonElement min))
            {
                value = Math.Max(value, min.GetDecimal());
            }

            if (schema.TryGetProperty("maximum", out JsonElement max))
            {
                value = Math.Min(value, max.GetDecimal());
            }

            return value.ToString(CultureInfo.InvariantCulture);
        }

        private static string[] Types(JsonElement schema)
        {
            if (!schema.TryGetProperty("type", out JsonElement type))
            {
                return Array.Empty<string>();
            }

            return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : new[] { type.GetString()! };
        }

        private static void CollectUnknownKeywords(JsonElement schema, string path, List<string> unknown)
        {
            foreach (JsonProperty keyword in schema.EnumerateObject())
            {
                if (!KnownKeywords.Contains(keyword.Name))
                {
                    unknown.Add(path + "/" + keyword.Name);
                }
            }

            if (schema.TryGetProperty("properties", out JsonElement props))
            {
                foreach (JsonProperty p in props.EnumerateObject())
                {
                    CollectUnknownKeywords(p.Value, path + "/properties/" + p.Name, unknown);
                }
            }

            foreach (string sub in new[] { "items", "additionalProperties", "propertyNames" })
            {
                if (schema.TryGetProperty(sub, out JsonElement child) && child.ValueKind == JsonValueKind.Object)
                {
                    CollectUnknownKeywords(child, path + "/" + sub, unknown);
                }
            }
        }

        private static void Validate(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            string[] types = Types(schema);
            if (types.Length > 0 && !types.Any(t => HasType(value, t)))
            {
                errors.Add($"{path}: {value.ValueKind} is not {string.Join("|", types)}");
                return;
            }

            if (schema.TryGetProperty("const", out JsonElement constant) && !SameJson(constant, value))
            {
                errors.Add($"{path}: must be {constant.GetRawText()}");
            }

            if (schema.TryGetProperty("enum", out JsonElement choices) && !choices.EnumerateArray().Any(c => SameJson(c, value)))
            {
                errors.Add($"{path}: {value.GetRawText()} is not one of {choices.GetRawText()}");
            }

            if (value.ValueKind == JsonValueKind.Number)
            {
                decimal number = value.GetDecimal();
                if (schema.TryGetProperty("minimum", out JsonElement min) && number < min.GetDecimal())
                {
                    errors.Add($"{path}: {number} < {min.GetDecimal()}");
                }

                if (schema.TryGetProperty("maximum", out JsonElement max) && number > max.GetDecimal())
                {
                    errors.Add($"{path}: {number} > {max.GetDecimal()}");
                }
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                string text = value.GetString()!;
                if (schema.TryGetProperty("maxLength", out JsonElement maxLength) && CodePoints(text) > maxLength.GetInt32())
                {
                    errors.Add($"{path}: longer than {maxLength.GetInt32()} characters");
                }

                if (schema.TryGetProperty("pattern", out JsonElement pattern) && !Regex.IsMatch(text, pattern.GetString()!))
                {
                    errors.Add($"{path}: '{text}' does not match {pattern.GetString()}");
                }
            }

            if (value.ValueKind == JsonValueKind.Array)
            {
                if (schema.TryGetProperty("maxItems", out JsonElement maxItems) && value.GetArrayLength() > maxItems.GetInt32())
                {
                    errors.Add($"{path}: more than {maxItems.GetInt32()} items");
                }

                if (schema.TryGetProperty("items", out JsonElement items))
                {
                    int i = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        Validate(items, item, $"{path}/{i++}", errors);
                    }
                }
            }

            if (value.ValueKind == JsonValueKind.Object)
            {
                ValidateObject(schema, value, path, errors);
            }
        }

        private static void ValidateObject(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            if (schema.TryGetProperty("required", out JsonElement required))
            {
                foreach (JsonElement name in required.EnumerateArray())
                {
                    if (!value.TryGetProperty(name.GetString()!, out _))
                    {
                        errors.Add($"{path}: required {name.GetString()} is absent");
                    }
                }
            }

            if (schema.TryGetProperty("maxProperties", out JsonElement maxProps) && value.EnumerateObject().Count() > maxProps.GetInt32())
            {
                errors.Add($"{path}: more than {maxProps.GetInt32()} members");
            }

            schema.TryGetProperty("properties", out JsonElement props);
            foreach (JsonProperty member in value.EnumerateObject())
            {
                if (schema.TryGetProperty("propertyNames", out JsonElement names))
                {
                    using var nameDoc = JsonDocument.Parse(JsonSerializer.Serialize(member.Name));
                    Validate(names, nameDoc.RootElement, $"{path}/{member.Name} (name)", errors);
                }

                if (props.ValueKind == JsonValueKind.Object && props.TryGetProperty(member.Name, out JsonElement memberSchema))
                {
                    Validate(memberSchema, member.Value, path + "/" + member.Name, errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out JsonElement extra) && extra.ValueKind == JsonValueKind.Object)
                {
                    Validate(extra, member.Value, path + "/" + member.Name, errors);
                }
            }
        }

        private static bool HasType(JsonElement value, string type) => type switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => value.ValueKind == JsonValueKind.Null,
            "number" => value.ValueKind == JsonValueKind.Number,
            "integer" => value.ValueKind == JsonValueKind.Number && decimal.Truncate(value.GetDecimal()) == value.GetDecimal(),
            _ => throw new InvalidOperationException("unknown type " + type),
        };

        private static bool SameJson(JsonElement a, JsonElement b)
        {
            if (a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number)
            {
                return a.GetDecimal() == b.GetDecimal();
            }

            return a.ValueKind == b.ValueKind && a.GetRawText() == b.GetRawText();
        }

        private static int CodePoints(string text) => text.EnumerateRunes().Count();
    }
}
