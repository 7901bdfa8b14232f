using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Ticker.Feed.Ingest;

namespace Ticker.Feed.Replay
{
    /// <summary>
    /// Reads a recording line by line (the format in feed/README.md: one JSON object per line with <c>t</c>,
    /// <c>src</c>, <c>data</c>, and <c>url</c> and <c>status</c> for REST), plain or gzip-compressed. A line that is
    /// not a valid record is counted, reported with its line number and skipped; blank lines are ignored.
    /// </summary>
    public sealed class RecordingReader
    {
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        private readonly Func<Stream> _open;

        private RecordingReader(Func<Stream> open)
        {
            _open = open;
        }

        /// <summary>Lines skipped by the last enumeration.</summary>
        public int BadLines { get; private set; }

        /// <summary>A reader of the file at <paramref name="path"/> (gzip when it starts with the gzip magic bytes).</summary>
        public static RecordingReader FromFile(string path)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            return new RecordingReader(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
        }

        /// <summary>A reader of an in-memory recording (tests).</summary>
        public static RecordingReader FromBytes(byte[] content) => new(() => new MemoryStream(content, writable: false));

        /// <summary>
        /// The records in file order, read lazily (the file is opened per enumeration). <paramref name="onBadLine"/>
        /// hears about each skipped line.
        /// </summary>
        public IEnumerable<RecordedInput> Read(Action<BadLine>? onBadLine = null)
        {
            BadLines = 0;
            using Stream raw = _open();
            using Stream stream = IsGzip(raw) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
            using var text = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true);
            int number = 0;
            string? line;
            while ((line = text.ReadLine()) is not null)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                RecordedInput? record = Parse(number, line, out string? reason);
                if (record is null)
                {
                    BadLines++;
                    onBadLine?.Invoke(new BadLine(number, reason!));
                    continue;
                }

                yield return record;
            }
        }

        /// <summary>One line as a record, or null with the reason it is not one.</summary>
        public static RecordedInput? Parse(int number, string line, out string? reason)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException error)
            {
                reason = "not JSON: " + error.Message;
                return null;
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    reason = "not a JSON object";
                    return null;
                }

                if (!root.TryGetProperty("t", out JsonElement t) || t.ValueKind != JsonValueKind.Number || !t.TryGetInt64(out long timeMs) || timeMs < 0)
                {
                    reason = "\"t\" must be the receive time in unix milliseconds (a whole number, 0 or more)";
                    return null;
                }

                string? source = root.TryGetProperty("src", out JsonElement src) && src.ValueKind == JsonValueKind.String ? src.GetString() : null;
                if (source is not (InputSources.BinanceUsdmWs or InputSources.BybitLinearWs or InputSources.OkxPublicWs or InputSources.Rest))
                {
                    reason = $"\"src\" must be {InputSources.BinanceUsdmWs}, {InputSources.BybitLinearWs}, {InputSources.OkxPublicWs} or {InputSources.Rest}";
                    return null;
                }

                if (!root.TryGetProperty("data", out JsonElement data))
                {
                    reason = "\"data\" is missing";
                    return null;
                }

                string? url = null;
                int status = 0;
                if (source == InputSources.Rest)
                {
                    url = root.TryGetProperty("url", out JsonElement u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                    if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) || (parsed.Scheme != "http" && parsed.Scheme != "https"))
                    {
                        reason = "\"url\" must be the full http(s) request URL of a REST record";
                        return null;
                    }

                    if (!root.TryGetProperty("status", out JsonElement s) || s.ValueKind != JsonValueKind.Number || !s.TryGetInt32(out status) || status < 100 || status > 599)
                    {
                        reason = "\"status\" must be the HTTP status of a REST record, 100 to 599";
                        return null;
                    }
                }

                // A string is the payload itself (a non-JSON frame such as OKX's "pong"); anything else is the JSON
                // the exchange sent, written back as the text of the line (same bytes, compacted as recorded).
                byte[] payload = data.ValueKind == JsonValueKind.String
                    ? Utf8.GetBytes(data.GetString()!)
                    : Utf8.GetBytes(data.GetRawText());
                reason = null;
                return new RecordedInput(number, timeMs, source, url, status, payload);
            }
        }

        private static bool IsGzip(Stream stream)
        {
            if (!stream.CanSeek)
            {
                return false;
            }

            int first = stream.ReadByte();
            int second = stream.ReadByte();
            stream.Seek(0, SeekOrigin.Begin);
            return first == 0x1f && second == 0x8b;
        }
    }
}
