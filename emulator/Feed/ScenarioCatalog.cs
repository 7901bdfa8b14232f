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

        private static string? RecordingIn(string dir)
        {
            return Directory.GetFiles(dir)
                .Where(f => f.EndsWith(".jsonl", StringComparison.Ordinal) || f.EndsWith(".jsonl.gz", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .FirstOrDefault();
        }
    }
}
