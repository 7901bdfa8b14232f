using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Ticker.Feed.Replay
{
    /// <summary>
    /// A recording to replay, found from a path: a <c>.jsonl</c> or <c>.jsonl.gz</c> file, or a scenario folder
    /// <c>&lt;name&gt;/</c> holding <c>&lt;name&gt;.jsonl</c> (or <c>.jsonl.gz</c>). Its markers come from the sidecar
    /// <c>&lt;name&gt;.markers.json</c> next to it (<c>{"markers":[{"atMs":..,"label":..}]}</c>) when there is one.
    /// A bare name (<c>seed-dip</c>) finds the shipped scenario. Opening scans the file once for its first and last receive times.
    /// </summary>
    public sealed class ReplayFile
    {
        private ReplayFile(string path, string name, IReadOnlyList<ReplayMarker> markers, long startMs, long endMs, long records, int badLines)
        {
            Path = path;
            Name = name;
            Markers = markers;
            StartMs = startMs;
            EndMs = endMs;
            Records = records;
            BadLines = badLines;
        }

        /// <summary>The recording file.</summary>
        public string Path { get; }

        /// <summary>The recording's name: the file name without <c>.jsonl</c> / <c>.jsonl.gz</c> (the scenario's name).</summary>
        public string Name { get; }

        public IReadOnlyList<ReplayMarker> Markers { get; }

        /// <summary>The first record's receive time, unix ms (the replay's start).</summary>
        public long StartMs { get; }

        /// <summary>The last record's receive time, unix ms (the latest one, should times run backwards).</summary>
        public long EndMs { get; }

        public long DurationMs => EndMs - StartMs;

        /// <summary>Good records in the file.</summary>
        public long Records { get; }

        /// <summary>Lines skipped as not a record.</summary>
        public int BadLines { get; }

        public RecordingReader Reader() => RecordingReader.FromFile(Path);

        /// <summary>Finds and scans the recording.</summary>
        /// <exception cref="ReplayException">No recording there, an unreadable markers file, or no record in the file.</exception>
        public static ReplayFile Open(string path, Action<BadLine>? onBadLine = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            string recording = Resolve(path);
            string name = NameOf(recording);
            string directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(recording))!;
            IReadOnlyList<ReplayMarker> markers = ReadMarkers(System.IO.Path.Combine(directory, name + ".markers.json"));

            RecordingReader reader = RecordingReader.FromFile(recording);
            long first = -1;
            long last = -1;
            long count = 0;
            foreach (RecordedInput record in reader.Read(onBadLine))
            {
                first = first < 0 ? record.TimeMs : first;
                last = Math.Max(last, record.TimeMs);
                count++;
            }

            if (count == 0)
            {
                throw new ReplayException($"'{recording}' holds no record ({reader.BadLines} bad lines).");
            }

            return new ReplayFile(recording, name, markers, first, last, count, reader.BadLines);
        }

        /// <summary>
        /// Where <paramref name="path"/> points: a file or folder as given, else, for a bare name, the shipped
        /// scenario of that name (<c>scenarios/&lt;name&gt;</c> next to the feed's binary). Null when neither exists.
        /// </summary>
        public static string? Locate(string path)
        {
            ArgumentNullException.ThrowIfNull(path);
            if (File.Exists(path) || Directory.Exists(path))
            {
                return path;
            }

            bool bare = path.Length > 0 && path.IndexOfAny(new[] { '/', '\\' }) < 0 && !path.Contains('.', StringComparison.Ordinal);
            string shipped = System.IO.Path.Combine(AppContext.BaseDirectory, "scenarios", path);
            return bare && Directory.Exists(shipped) ? shipped : null;
        }

        private static string Resolve(string path)
        {
            path = Locate(path) ?? path;
            if (File.Exists(path))
            {
                return path;
            }

            if (Directory.Exists(path))
            {
                string name = new DirectoryInfo(path).Name;
                foreach (string candidate in new[] { name + ".jsonl", name + ".jsonl.gz" })
                {
                    string file = System.IO.Path.Combine(path, candidate);
                    if (File.Exists(file))
                    {
                        return file;
                    }
                }

                throw new ReplayException($"scenario folder '{path}' has no {name}.jsonl or {name}.jsonl.gz.");
            }

            throw new ReplayException($"'{path}' is neither a recording nor a scenario folder.");
        }

        private static string NameOf(string recording)
        {
            string name = System.IO.Path.GetFileName(recording);
            foreach (string suffix in new[] { ".gz", ".jsonl", ".json" })
            {
                if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    name = name[..^suffix.Length];
                }
            }

            return name;
        }

        private static IReadOnlyList<ReplayMarker> ReadMarkers(string path)
        {
            if (!File.Exists(path))
            {
                return Array.Empty<ReplayMarker>();
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
                var markers = new List<ReplayMarker>();
                foreach (JsonElement item in document.RootElement.GetProperty("markers").EnumerateArray())
                {
                    markers.Add(new ReplayMarker(item.GetProperty("atMs").GetInt64(), item.GetProperty("label").GetString() ?? string.Empty));
                }

                return markers;
            }
            catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new ReplayException($"markers file '{path}' must be {{\"markers\":[{{\"atMs\":<ms>,\"label\":\"..\"}}]}}: {error.Message}");
            }
        }
    }
}
