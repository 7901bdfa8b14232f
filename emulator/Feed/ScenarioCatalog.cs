using System;
using System.IO;
using System.Linq;

namespace Ticker.Emulator.Feed
{
    /// <summary>
    /// The feed's replay scenarios (feed/scenarios/&lt;name&gt;/): copied next to the emulator's binary by its project
    /// file, or read from the repository when run from a checkout. A scenario's recording is its <c>.jsonl</c> (or
    /// <c>.jsonl.gz</c>) file.
    /// </summary>
    public static class ScenarioCatalog
    {
        /// <summary>The scenario the emulator plays when none is named.</summary>
        public const string DefaultName = "seed-dip";

        /// <summary>The scenarios folder: next to the binary, else feed/scenarios above the current folder; null when neither exists.</summary>
        public static string? Folder()
        {
            string beside = Path.Combine(AppContext.BaseDirectory, "scenarios");
            if (Directory.Exists(beside))
            {
                return beside;
            }

            for (DirectoryInfo? dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "feed", "scenarios");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>The names of the scenarios that have a recording, sorted.</summary>
        public static string[] Names()
        {
            string? folder = Folder();
            if (folder == null)
            {
                return Array.Empty<string>();
            }

            return Directory.GetDirectories(folder)
                .Where(d => RecordingIn(d) != null)
                .Select(Path.GetFileName)
                .OfType<string>()
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>Lines read at most, from the top, looking for the first record of a recording.</summary>
        public const int LinesChecked = 50;

        /// <summary>
        /// What <c>--scenario</c> names: a shipped scenario, else a recording file (<c>.jsonl</c>, <c>.jsonl.gz</c>) or a
        /// scenario folder holding one, as the feed's <c>--replay</c> takes them. Null when it is none of these.
        /// </summary>
        public static string? Resolve(string nameOrPath)
        {
            ArgumentNullException.ThrowIfNull(nameOrPath);
            string? shipped = Recording(nameOrPath);
            if (shipped != null)
            {
                return shipped;
            }

            if (File.Exists(nameOrPath))
            {
                return Path.GetFullPath(nameOrPath);
            }

            return Directory.Exists(nameOrPath) ? RecordingIn(Path.GetFullPath(nameOrPath)) : null;
        }

        /// <summary>
        /// Null when <paramref name="recording"/> starts like a recording (a good record among its first
        /// <see cref="LinesChecked"/> lines, read with the feed's own reader); otherwise why not, in one line. A file
        /// that is not a recording at all (a binary file, a gzip that is not one) is refused before the feed starts,
        /// instead of the feed warning about each of its lines.
        /// </summary>
        public static string? CheckRecording(string recording)
        {
            ArgumentNullException.ThrowIfNull(recording);
            string? firstReason = null;
            try
            {
                foreach (Ticker.Feed.Replay.RecordedInput _ in Ticker.Feed.Replay.RecordingReader.FromFile(recording).Read(bad =>
                {
                    firstReason ??= "line " + bad.Line + ": " + bad.Reason;
                    if (bad.Line >= LinesChecked)
                    {
                        throw new NotARecording();
                    }
                }))
                {
                    return null;
                }
            }
            catch (NotARecording)
            {
                // Enough lines read: none of them a record.
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException)
            {
                return "cannot read it: " + e.Message.Replace('\n', ' ').Replace('\r', ' ');
            }

            return firstReason == null
                ? "it holds no record (an empty recording)"
                : "not a recording: " + (firstReason.Length > 120 ? firstReason.Substring(0, 120) + "..." : firstReason);
        }

        /// <summary>The recording of scenario <paramref name="name"/>, or null when there is no such scenario.</summary>
        public static string? Recording(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            string? folder = Folder();
            if (folder == null || name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains("..", StringComparison.Ordinal))
            {
                return null;
            }

            string dir = Path.Combine(folder, name);
            return Directory.Exists(dir) ? RecordingIn(dir) : null;
        }

        /// <summary>A recording's name: its file name without <c>.jsonl</c> or <c>.jsonl.gz</c> (the scenario's name).</summary>
        public static string NameOf(string recording)
        {
            string name = Path.GetFileName(recording);
            foreach (string extension in new[] { ".jsonl.gz", ".jsonl" })
            {
                if (name.EndsWith(extension, StringComparison.Ordinal))
                {
                    return name.Substring(0, name.Length - extension.Length);
                }
            }

            return name;
        }

        private sealed class NotARecording : Exception
        {
        }

        private static string? RecordingIn(string dir)
        {
            return Directory.GetFiles(dir)
                .Where(f => f.EndsWith(".jsonl", StringComparison.Ordinal) || f.EndsWith(".jsonl.gz", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .FirstOrDefault();
        }
    }
}
