using System;
using System.Globalization;
using System.Text.Json;

namespace Ticker.Feed.Liquidations.Parsers
{
    /// <summary>
    /// Field reading shared by the venue parsers. Venues send numbers as JSON strings ("0.014") and sometimes as
    /// numbers; both are accepted. Every method answers false rather than throwing, so a parser can count and skip.
    /// </summary>
    internal static class VenueJson
    {
        private const NumberStyles DecimalStyle =
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

        /// <summary>Parses a whole frame as one JSON value; null when it is not JSON (or has anything after the value).</summary>
        public static JsonDocument? TryParse(ReadOnlySpan<byte> frame)
        {
            var reader = new Utf8JsonReader(frame, new JsonReaderOptions { MaxDepth = 32 });
            try
            {
                JsonDocument document = JsonDocument.ParseValue(ref reader);
                try
                {
                    // ParseValue stops after the first value: a second Read finds any trailing text (and throws on junk).
                    if (reader.Read())
                    {
                        document.Dispose();
                        return null;
                    }
                }
                catch (JsonException)
                {
                    document.Dispose();
                    return null;
                }

                return document;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary>A non-empty string member of an object.</summary>
        public static bool TryGetString(JsonElement obj, string name, out string value)
        {
            value = "";
            if (obj.ValueKind != JsonValueKind.Object
                || !obj.TryGetProperty(name, out JsonElement element)
                || element.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            value = element.GetString() ?? "";
            return value.Length > 0;
        }

        /// <summary>An object or array member of an object.</summary>
        public static bool TryGet(JsonElement obj, string name, JsonValueKind kind, out JsonElement value)
        {
            value = default;
            return obj.ValueKind == JsonValueKind.Object
                && obj.TryGetProperty(name, out value)
                && value.ValueKind == kind;
        }

        /// <summary>True when the object has the member, whatever its value.</summary>
        public static bool Has(JsonElement obj, string name) =>
            obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out _);

        /// <summary>A decimal given as a JSON string ("9910.5", "1e-3") or a JSON number.</summary>
        public static bool TryGetDecimal(JsonElement obj, string name, out decimal value)
        {
            value = 0m;
            if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out JsonElement element))
            {
                return false;
            }

            return element.ValueKind switch
            {
                JsonValueKind.String => decimal.TryParse(element.GetString(), DecimalStyle, CultureInfo.InvariantCulture, out value),
                JsonValueKind.Number => element.TryGetDecimal(out value),
                _ => false,
            };
        }

        /// <summary>A positive unix-millisecond time given as a JSON integer or a string of digits.</summary>
        public static bool TryGetTimeMs(JsonElement obj, string name, out long value)
        {
            value = 0;
            if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out JsonElement element))
            {
                return false;
            }

            bool ok = element.ValueKind switch
            {
                JsonValueKind.String => long.TryParse(element.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out value),
                JsonValueKind.Number => element.TryGetInt64(out value),
                _ => false,
            };
            return ok && value > 0;
        }
    }
}
