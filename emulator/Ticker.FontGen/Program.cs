using System;
using System.Globalization;
using System.IO;
using Ticker.Fonts;

namespace Ticker.FontGen
{
    /// <summary>The command line: one font from a TrueType file, or every font of the manifest.</summary>
    public static class Program
    {
        /// <summary>The command that regenerates the product's fonts, as the tests and README quote it.</summary>
        public const string RegenerateCommand = "dotnet run --project emulator/Ticker.FontGen -- --all";

        private const string Usage =
            "Usage:\n" +
            "  Ticker.FontGen --font <file.ttf> --size <px> [--bold] --out <file.tinyfnt>\n" +
            "      one font: printable ASCII, the screens' symbols and U+FFFD, 1 bit per pixel, no antialiasing;\n" +
            "      <px> is the em size in pixels (6 to 96); --bold sets the bold flag and emboldens a face that is not bold.\n" +
            "  Ticker.FontGen --all [--check] [--manifest <fonts.json>]\n" +
            "      every font the product ships (firmware/Fonts/fonts.json); --check writes nothing and fails if a\n" +
            "      committed font differs from what would be generated.\n";

        /// <summary>
        /// Runs the command line; returns the exit code: 0 done, 2 bad arguments or input (one line on stderr says
        /// which), 1 a file that cannot be written or, with --check, a committed font that differs.
        /// </summary>
        /// <param name="args">The arguments.</param>
        public static int Main(string[] args)
        {
            ArgumentNullException.ThrowIfNull(args);
            string? font = null, output = null, manifest = null;
            int? size = null;
            bool bold = false, all = false, check = false;
            try
            {
                for (var i = 0; i < args.Length; i++)
                {
                    switch (args[i])
                    {
                        case "--font":
                            font = Value(args, ref i);
                            break;
                        case "--size":
                            var text = Value(args, ref i);
                            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                            {
                                throw new ArgumentException("--size needs a whole number of pixels, not '" + text + "'");
                            }

                            size = parsed;
                            break;
                        case "--bold":
                            bold = true;
                            break;
                        case "--out":
                            output = Value(args, ref i);
                            break;
                        case "--all":
                            all = true;
                            break;
                        case "--check":
                            check = true;
                            break;
                        case "--manifest":
                            manifest = Value(args, ref i);
                            break;
                        case "--help":
                        case "-h":
                            Console.Out.Write(Usage);
                            return 0;
                        default:
                            throw new ArgumentException("unknown argument '" + args[i] + "'");
                    }
                }

                if (all)
                {
                    if (font != null || size != null || output != null || bold)
                    {
                        throw new ArgumentException("--all takes its fonts from the manifest: drop --font, --size, --bold and --out");
                    }
                }
                else
                {
                    if (check || manifest != null)
                    {
                        throw new ArgumentException("--check and --manifest go with --all");
                    }

                    if (font == null || size == null || output == null)
                    {
                        throw new ArgumentException("give --font, --size and --out (or --all)");
                    }
                }
            }
            catch (ArgumentException e)
            {
                // One line: what is wrong, and where the usage is.
                Console.Error.WriteLine("Ticker.FontGen: " + e.Message + " (see Ticker.FontGen --help)");
                return 2;
            }

            try
            {
                return all
                    ? GenerateAll(manifest ?? FontManifest.Find(Directory.GetCurrentDirectory()), check)
                    : GenerateOne(font!, size!.Value, bold, output!);
            }
            catch (FontGenerationException e)
            {
                // Bad input: a font file that is missing or not a font, a size out of range, glyphs the face lacks.
                Console.Error.WriteLine("error: " + e.Message);
                return 2;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }
            catch (UnauthorizedAccessException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }
        }

        private static int GenerateOne(string font, int size, bool bold, string output)
        {
            var generated = FontGenerator.Generate(font, size, bold);
            var bytes = TinyFontWriter.ToBytes(generated.Font);
            var folder = Path.GetDirectoryName(Path.GetFullPath(output));
            if (folder != null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllBytes(output, bytes);
            Report("wrote", output, generated, bytes.Length);
            return 0;
        }

        private static int GenerateAll(string manifestPath, bool check)
        {
            var manifest = FontManifest.Load(manifestPath);
            var stale = 0;
            foreach (var entry in manifest.Fonts)
            {
                var generated = FontGenerator.Generate(entry.FontPath, entry.Size, entry.Bold);
                var bytes = TinyFontWriter.ToBytes(generated.Font);
                var current = File.Exists(entry.OutputPath) ? File.ReadAllBytes(entry.OutputPath) : null;
                var same = current != null && current.AsSpan().SequenceEqual(bytes);
                if (check)
                {
                    Report(same ? "up to date" : "STALE", entry.OutputPath, generated, bytes.Length);
                    stale += same ? 0 : 1;
                    continue;
                }

                if (!same)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(entry.OutputPath)!);
                    File.WriteAllBytes(entry.OutputPath, bytes);
                }

                Report(same ? "unchanged" : "wrote", entry.OutputPath, generated, bytes.Length);
            }

            if (stale > 0)
            {
                Console.Error.WriteLine(stale + " font(s) differ from what the generator makes now: run `" + RegenerateCommand + "`.");
                return 1;
            }

            return 0;
        }

        private static void Report(string what, string path, GeneratedFont generated, int length)
        {
            var font = generated.Font;
            Console.Out.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1}: {2} bytes, {3} glyphs, line height {4} px, cap height {5} px, digit height {6} px{7}",
                what,
                Path.GetRelativePath(Directory.GetCurrentDirectory(), path),
                length,
                font.Characters.Count,
                font.Metrics.Height,
                generated.CapHeight,
                generated.DigitHeight,
                generated.Emboldened ? " (emboldened: the face is not bold)" : string.Empty));
        }

        private static string Value(string[] args, ref int i)
        {
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException(args[i] + " needs a value");
            }

            return args[++i];
        }
    }
}
