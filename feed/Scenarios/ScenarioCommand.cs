using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// <c>scenario &lt;description.json&gt; --out &lt;recording.jsonl | recording.jsonl.gz&gt;</c>: writes the recording
    /// (gzip-compressed when the name ends in .gz) and, next to it, the markers sidecar <c>&lt;name&gt;.markers.json</c>.
    /// One summary line on stdout; a bad description or option exits 2 with a one-line reason naming it.
    /// </summary>
    public static class ScenarioCommand
    {
        public const string Usage = "usage: scenario <description.json> --out <recording.jsonl | recording.jsonl.gz>";

        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
        {
            ArgumentNullException.ThrowIfNull(args);
            string? description = null;
            string? outPath = null;
            for (int i = 0; i < args.Count; i++)
            {
                if (args[i] == "--out")
                {
                    if (i + 1 >= args.Count)
                    {
                        return Fail(errors, "scenario: --out needs a file name.");
                    }

                    outPath = args[++i];
                }
                else if (args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    return Fail(errors, $"scenario: unknown option {args[i]}; {Usage}");
                }
                else if (description is null)
                {
                    description = args[i];
                }
                else
                {
                    return Fail(errors, $"scenario: one description only; '{args[i]}' is a second one.");
                }
            }

            if (description is null || outPath is null)
            {
                return Fail(errors, $"scenario: {(description is null ? "the description" : "--out")} is missing; {Usage}");
            }

            if (!File.Exists(description))
            {
                return Fail(errors, $"scenario: description '{description}' not found.");
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
            return 0;
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
            return 2;
        }
    }
}
