using System;
using System.Text.Json;

namespace Ticker.Feed.Ingest
{
    /// <summary>
    /// Reads one top-level string member of a JSON object without parsing the rest, to route a frame to its parser
    /// (Binance's combined-stream <c>stream</c>, Bybit's <c>topic</c>). The parser then reads the whole frame.
    /// </summary>
    internal static class FramePeek
    {
        /// <summary>The value of the top-level string member <paramref name="name"/>, or null (absent, not a string, not a JSON object).</summary>
        public static string? TopLevelString(ReadOnlySpan<byte> frame, string name)
        {
            var reader = new Utf8JsonReader(frame, new JsonReaderOptions { MaxDepth = 64 });
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return null;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool wanted = reader.ValueTextEquals(name);
                    if (!reader.Read())
                    {
                        return null;
                    }

                    if (wanted)
                    {
                        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }

                    // Skip needs the whole value in the buffer, which it is: the frame is complete.
                    reader.Skip();
                }
            }
            catch (JsonException)
            {
                // Broken JSON: the parser the frame falls through to counts it.
            }

            return null;
        }
    }
}
