using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ticker.Feed.Scenarios
{
    /// <summary>Compact JSON payloads and the exchanges' number-as-string formatting, invariant culture throughout.</summary>
    internal static class JsonPayload
    {
        /// <summary>The recorder's writer options (Ingest/JsonLinesRecorder): compact, readable non-ASCII and '&amp;', control characters escaped.</summary>
        public static readonly JsonWriterOptions Options = new()
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = false,
        };

        /// <summary>A JSON string as the recorder writes it.</summary>
        public static string String(string value) => Encoding.UTF8.GetString(Write(w => w.WriteStringValue(value)));

        public static byte[] Write(Action<Utf8JsonWriter> write)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                write(writer);
            }

            return buffer.ToArray();
        }

        /// <summary><paramref name="value"/> rounded half away from zero to <paramref name="decimals"/> places, as text ("97512.40").</summary>
        public static string Dec(decimal value, int decimals) =>
            Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        /// <inheritdoc cref="Dec(decimal, int)"/>
        public static string Dec(double value, int decimals) => Dec((decimal)value, decimals);

        public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
