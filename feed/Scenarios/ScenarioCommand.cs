using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Ticker.Feed.Cli;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Replay;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// <c>scenario &lt;description&gt; --out &lt;recording.jsonl | recording.jsonl.gz&gt;</c>: writes the recording
    /// (gzip-compressed when the name ends in .gz) and, next to it, the markers sidecar <c>&lt;name&gt;.markers.json</c>.
    /// The description is a file, a scenario folder holding <c>&lt;name&gt;.scenario.json</c>, or a shipped
    /// scenario's bare name. One summary line on stdout; a bad description or option exits 2 with a one-line reason.
    /// </summary>
    public static class ScenarioCommand
    {
        /// <summary>A scenario folder's description: <c>&lt;folder&gt;/&lt;name&gt;.scenario.json</c>.</summary>
        public const string DescriptionSuffix = ".scenario.json";

        /// <summary>Runs <c>scenario</c> with <paramref name="args"/> (the words after it).</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
        {
            ArgumentNullException.ThrowIfNull(args);
            return FeedCommandLine.RunAsync(args.Prepend("scenario").ToArray(), output, errors).GetAwaiter().GetResult();
        }

        /// <summary>The <c>scenario</c> command of the feed's command line.</summary>
        public static Command Create(TextWriter output, TextWriter errors)
        {
            var description = new Argument<string>("description")
            {
                Description = "A scenario description (.scenario.json), a scenario folder holding one, or a shipped scenario's name (seed-dip, calm-day, short-squeeze)",
            };
            var outPath = new Option<string>("--out")
            {
                Description = "The recording to write (.jsonl, or .jsonl.gz compressed); the markers go next to it as <name>.markers.json",
                HelpName = "recording.jsonl[.gz]",
                Required = true,
            };
            FeedCommandLine.RefuseOptionLike(description);
            var command = new Command("scenario", "Writes a recording in the exchanges' raw formats from a scenario description, deterministically (docs/scenarios.md).")
            {
                description,
                outPath,
            };
            command.SetAction(parsed => Generate(parsed.GetValue(description)!, parsed.GetValue(outPath)!, output, errors));
            return command;
        }

        /// <summary>
        /// The description file <paramref name="path"/> names: the file itself, a folder's <c>&lt;name&gt;.scenario.json</c>,
        /// or, for a bare name, the shipped scenario's (<c>scenarios/&lt;name&gt;</c> next to the feed's binary). Null when none exists.
        /// </summary>
        public static string? LocateDescription(string path)
        {
            ArgumentNullException.ThrowIfNull(path);
            if (File.Exists(path))
            {
                return path;
            }

            string? folder = Directory.Exists(path) ? path : ReplayFile.Locate(path);
            if (folder is null || !Directory.Exists(folder))
            {
                return null;
            }

            string file = Path.Combine(folder, new DirectoryInfo(folder).Name + DescriptionSuffix);
            return File.Exists(file) ? file : null;
        }

        private static int Generate(string given, string outPath, TextWriter output, TextWriter errors)
        {
            string? description = LocateDescription(given);
            if (description is null)
            {
                return Fail(errors, $"scenario: description '{given}' not found (a .scenario.json file, a folder holding <name>{DescriptionSuffix}, or seed-dip, calm-day, short-squeeze).");
            }

            GeneratedScenario generated;
            try
            {
                generated = ScenarioGenerator.Generate(ScenarioDescription.Load(description));
            }
            catch (ScenarioException error)
            {
                return Fail(errors, $"scenario: {description}: {error.Message}");
            }

            try
            {
                Write(outPath, generated.Recording);
                File.WriteAllBytes(MarkersPath(outPath), generated.MarkersJson);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return Fail(errors, $"scenario: cannot write --out: {error.Message}");
            }

            long longs = 0;
            long shorts = 0;
            foreach (GeneratedLiquidation liquidation in generated.Liquidations)
            {
                if (liquidation.Side == PositionSide.Long)
                {
                    longs += liquidation.UsdNotional;
                }
                else
                {
                    shorts += liquidation.UsdNotional;
                }
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {generated.Records} records ({generated.Recording.Length} bytes before compression) to {outPath}: {generated.Liquidations.Count} liquidations, ${longs / 1e6:0.0}M longs, ${shorts / 1e6:0.0}M shorts; {generated.Markers.Count} markers in {MarkersPath(outPath)}"));
            return FeedCommandLine.ExitOk;
        }

        /// <summary>The markers sidecar of a recording: <c>&lt;name&gt;.markers.json</c> next to <c>&lt;name&gt;.jsonl[.gz]</c>.</summary>
        public static string MarkersPath(string recording)
        {
            string directory = Path.GetDirectoryName(Path.GetFullPath(recording))!;
            string name = Path.GetFileName(recording);
            foreach (string suffix in new[] { ".gz", ".jsonl", ".json" })
            {
                if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    name = name[..^suffix.Length];
                }
            }

            return Path.Combine(directory, name + ".markers.json");
        }

        /// <summary>Writes the recording, gzip-compressed when <paramref name="path"/> ends in .gz.</summary>
        public static void Write(string path, byte[] recording)
        {
            if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                File.WriteAllBytes(path, recording);
                return;
            }

            using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
            using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
            gzip.Write(recording);
        }

        private static int Fail(TextWriter errors, string reason)
        {
            errors.WriteLine(reason);
            return FeedCommandLine.ExitBadInput;
        }
    }
}
