using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Ticker.Feed.Replay
{
    /// <summary>
    /// A recording to replay, found from a path: a <c>.jsonl</c> or <c>.jsonl.gz</c> file, or a scenario folder
    /// <c>&lt;name&gt;/</c> holding <c>&lt;name&gt;.jsonl</c> (or <c>.jsonl.gz</c>). Its markers come from the sidecar
    /// <c>&lt;name&gt;.markers.json</c> next to it (<c>{"markers":[{"atMs":..,"label":..}]}</c>) when there is one.
    /// A bare name (<c>seed-dip</c>) finds the shipped scenario. Opening scans the file once for its first and last
    /// receive times, its bad lines and the records that go back in time, so that a user hears about each in one line
    /// before anything is replayed.
    /// </summary>
    /// <remarks>
    /// A record more than <see cref="BackwardToleranceMs"/> older than one before it does not stop a replay: it is
    /// handed over at the time reached (the clock never goes back, see <see cref="ReplayEngine"/>), and the file is
    /// reported as out of order (<see cref="OutOfOrderSummary"/>), since its windows are then not what the feed saw
    /// live. Smaller steps back are normal: the recorder stamps each input when it arrives, several connections at a
    /// time, and takes its lock afterwards.
    /// </remarks>
    public sealed class ReplayFile
    {
        /// <summary>Lines read before a file none of whose lines is a record is refused (a binary file, another format).</summary>
        public const int NotARecordingAfter = 100;

        /// <summary>How far a record may be older than one before it without the file counting as out of order.</summary>
        public const long BackwardToleranceMs = 1_000;

        /// <summary>How many bad lines a summary quotes.</summary>
        private const int QuotedBadLines = 3;

        private ReplayFile(string path, string name, IReadOnlyList<ReplayMarker> markers, long startMs, long endMs, long records, Scan scan)
        {
            Path = path;
            Name = name;
            Markers = markers;
            StartMs = startMs;
            EndMs = endMs;
            Records = records;
            BadLines = scan.BadLines;
            FirstBadLines = scan.FirstBad;
            OutOfOrderRecords = scan.Backward;
            FirstOutOfOrderLine = scan.FirstBackwardLine;
            LargestStepBackMs = scan.LargestStepBackMs;
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

        /// <summary>The first few bad lines, for the summary.</summary>
        public IReadOnlyList<BadLine> FirstBadLines { get; }

        /// <summary>Records more than <see cref="BackwardToleranceMs"/> older than the newest one before them.</summary>
        public long OutOfOrderRecords { get; }

        /// <summary>The line of the first such record, or 0.</summary>
        public int FirstOutOfOrderLine { get; }

        /// <summary>The largest step back, ms.</summary>
        public long LargestStepBackMs { get; }

        /// <summary>One line about the skipped lines (how many, the first few with their reasons), or null when there are none.</summary>
        public string? BadLinesSummary => BadLines == 0 ? null : string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{Path}: {BadLines} bad line{(BadLines == 1 ? string.Empty : "s")} skipped ({string.Join("; ", FirstBadLines.Select(bad => $"line {bad.Line}: {bad.Reason}"))}{(BadLines > FirstBadLines.Count ? "; ..." : string.Empty)})");

        /// <summary>One line saying the recording goes back in time, or null when it is in order.</summary>
        public string? OutOfOrderSummary => OutOfOrderRecords == 0 ? null : string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{Path}: {OutOfOrderRecords} record{(OutOfOrderRecords == 1 ? " goes" : "s go")} back in time (first at line {FirstOutOfOrderLine}, at most {LargestStepBackMs / 1000.0:0.###} s back); each is replayed at the time already reached, so the result differs from what a feed saw live: sort the lines by \"t\" to replay it as recorded");

        public RecordingReader Reader() => RecordingReader.FromFile(Path);

        /// <summary>Finds and scans the recording.</summary>
        /// <param name="onBadLine">Hears about each skipped line (tests; users get <see cref="BadLinesSummary"/>).</param>
        /// <exception cref="ReplayException">
        /// No recording there, an unreadable markers file, an empty file, or a file that is not a recording: no record
        /// at all, or none in its first <see cref="NotARecordingAfter"/> lines (a binary file is refused at once).
        /// </exception>
        public static ReplayFile Open(string path, Action<BadLine>? onBadLine = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            string recording = Resolve(path);
            string name = NameOf(recording);
            string directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(recording))!;
            IReadOnlyList<ReplayMarker> markers = ReadMarkers(System.IO.Path.Combine(directory, name + ".markers.json"));

            RecordingReader reader = RecordingReader.FromFile(recording);
            var scan = new Scan();
            long first = -1;
            long last = -1;
            long count = 0;
            try
            {
                foreach (RecordedInput record in reader.Read(bad =>
                {
                    scan.Bad(bad);
                    onBadLine?.Invoke(bad);
                    if (count == 0 && scan.BadLines >= NotARecordingAfter)
                    {
                        throw new ReplayException($"'{recording}' is not a recording: none of its first {NotARecordingAfter} lines is one (line {scan.FirstBad[0].Line}: {scan.FirstBad[0].Reason}).");
                    }
                }))
                {
                    first = first < 0 ? record.TimeMs : first;
                    if (count > 0 && record.TimeMs < last - BackwardToleranceMs)
                    {
                        scan.Back(record.Line, last - record.TimeMs);
                    }

                    last = Math.Max(last, record.TimeMs);
                    count++;
                }
            }
            catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                throw new ReplayException($"cannot read '{recording}': {error.Message}");
            }

            if (count == 0)
            {
                throw new ReplayException(scan.BadLines == 0
                    ? $"'{recording}' is empty: it holds no record."
                    : $"'{recording}' holds no record ({scan.BadLines} bad line{(scan.BadLines == 1 ? string.Empty : "s")}; line {scan.FirstBad[0].Line}: {scan.FirstBad[0].Reason}).");
            }

            return new ReplayFile(recording, name, markers, first, last, count, scan);
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

        /// <summary>What a scan found besides the records.</summary>
        private sealed class Scan
        {
            private readonly List<BadLine> _firstBad = new();

            public int BadLines { get; private set; }

            public IReadOnlyList<BadLine> FirstBad => _firstBad;

            public long Backward { get; private set; }

            public int FirstBackwardLine { get; private set; }

            public long LargestStepBackMs { get; private set; }

            public void Bad(BadLine line)
            {
                BadLines++;
                if (_firstBad.Count < QuotedBadLines)
                {
                    // A binary "line" can be long: the reason is enough.
                    _firstBad.Add(line);
                }
            }

            public void Back(int line, long stepMs)
            {
                Backward++;
                FirstBackwardLine = FirstBackwardLine == 0 ? line : FirstBackwardLine;
                LargestStepBackMs = Math.Max(LargestStepBackMs, stepMs);
            }
        }
    }
}
