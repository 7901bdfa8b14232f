using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using Ticker.Feed.Liquidations.Parsers;

namespace Ticker.Feed.Ingest
{
    /// <summary>
    /// Appends every input to a JSON-lines recording (the format in feed/README.md, from the feed issue):
    /// <c>{"t":&lt;unix ms&gt;,"src":"binance-usdm-ws","data":&lt;frame&gt;}</c> per websocket frame and
    /// <c>{"t":..,"src":"rest","url":"&lt;full URL&gt;","status":200,"data":&lt;body&gt;}</c> per REST response.
    /// <c>data</c> is the payload as JSON when it is JSON, else the payload as a JSON string.
    /// </summary>
    /// <remarks>
    /// A JSON payload is re-written compactly (its number tokens exactly as received), so a pretty-printed body
    /// still takes one line. Each line is flushed to the file as it is written: a feed that dies keeps everything
    /// before its last line. A write that fails (disk full, file removed from under it) stops the recording and
    /// keeps the reason in <see cref="LastError"/>; it never stops the feed's inputs. Thread-safe: the connectors
    /// and pollers call it concurrently.
    /// </remarks>
    public sealed class JsonLinesRecorder : IInputRecorder, IDisposable
    {
        private static readonly JsonWriterOptions WriterOptions = new()
        {
            // Readable non-ASCII in the file; control characters (and so newlines) are still escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = false,
            SkipValidation = false,
        };

        private static readonly byte[] NewLine = { (byte)'\n' };

        private readonly Lock _gate = new();
        private readonly FileStream _file;
        private readonly Utf8JsonWriter _writer;
        private bool _disposed;
        private string? _lastError;

        /// <summary>Opens (creating if needed) <paramref name="path"/> for appending.</summary>
        public JsonLinesRecorder(string path)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            Path = System.IO.Path.GetFullPath(path);
            _file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            _writer = new Utf8JsonWriter(_file, WriterOptions);
        }

        /// <summary>The recording's full path.</summary>
        public string Path { get; }

        /// <summary>Why recording stopped, or null while it runs.</summary>
        public string? LastError => Volatile.Read(ref _lastError);

        public void RecordFrame(long receivedMs, string source, ReadOnlySpan<byte> frame)
        {
            ArgumentNullException.ThrowIfNull(source);
            WriteLine(receivedMs, source, null, 0, frame);
        }

        public void RecordRest(long receivedMs, string url, int status, ReadOnlySpan<byte> body)
        {
            ArgumentNullException.ThrowIfNull(url);
            WriteLine(receivedMs, InputSources.Rest, url, status, body);
        }

        public void Dispose()
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
                _writer.Dispose();
                _file.Dispose();
            }
        }

        // One line: {"t","src"[,"url","status"],"data"}; REST lines are the ones with a URL.
        private void WriteLine(long receivedMs, string source, string? url, int status, ReadOnlySpan<byte> data)
        {
            lock (_gate)
            {
                if (_disposed || _lastError is not null)
                {
                    return;
                }

                try
                {
                    _writer.WriteStartObject();
                    _writer.WriteNumber("t", receivedMs);
                    _writer.WriteString("src", source);
                    if (url is not null)
                    {
                        _writer.WriteString("url", url);
                        _writer.WriteNumber("status", status);
                    }

                    WriteData(data);
                    EndLine();
                }
                catch (IOException error)
                {
                    Stop(error);
                }
            }
        }

        private void Stop(IOException error)
        {
            Volatile.Write(ref _lastError, $"recording to {Path} stopped: {error.Message}");
            _writer.Reset();
        }

        private void WriteData(ReadOnlySpan<byte> payload)
        {
            _writer.WritePropertyName("data");
            using JsonDocument? document = VenueJson.TryParse(payload);
            if (document is not null)
            {
                document.RootElement.WriteTo(_writer);
            }
            else
            {
                // Not JSON (OKX's "pong", garbage): kept verbatim as a string. Invalid UTF-8 is replaced, not thrown on.
                _writer.WriteStringValue(Encoding.UTF8.GetString(payload));
            }
        }

        private void EndLine()
        {
            _writer.WriteEndObject();
            _writer.Flush();
            _writer.Reset();
            _file.Write(NewLine);
            _file.Flush();
        }
    }
}
