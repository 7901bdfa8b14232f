using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Ticker.App;
using Ticker.Boards;
using Ticker.Drawing;
using Ticker.Rendering;

namespace Ticker.Emulator
{
    /// <summary>
    /// ticker-emulator: the device in a browser page (no command; see <see cref="RunOptions"/> and emulator/README.md),
    /// or renders the device's screens on the host:
    /// <code>
    /// render --board &lt;id&gt; --screen &lt;gauge|liquidations|spot|market|status&gt; --snapshot &lt;file.json&gt; --out &lt;file.png&gt; [--stale]
    /// contact-sheet --out &lt;file.png&gt; [--examples &lt;folder&gt;]
    /// </code>
    /// Exit codes: 0 done, 2 bad arguments or input (one line on stderr saying why), 1 anything else.
    /// </summary>
    public static class Program
    {
        /// <summary>Exit code for bad arguments or input.</summary>
        public const int UsageError = 2;

        private const string Usage =
            "usage: " + RunOptions.Usage + "\n" +
            "       render --board <id> --screen <gauge|liquidations|spot|market|status> --snapshot <file.json> --out <file.png> [--stale]\n" +
            "       contact-sheet --out <file.png> [--examples <folder>]\n" +
            "       golden [--out <folder>]   (writes docs/golden/<board>-<screen>-<example>.png for docs/examples/*.json)";

        /// <summary>Entry point.</summary>
        public static int Main(string[] args)
        {
            try
            {
                if (args.Length == 0 || (args[0].StartsWith("--", StringComparison.Ordinal) && args[0] != "--help"))
                {
                    return RunEmulator(RunOptions.Parse(args), Console.Out).GetAwaiter().GetResult();
                }

                return Run(args, Console.Out);
            }
            catch (UsageException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return UsageError;
            }
            catch (RenderException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return UsageError;
            }
        }

        /// <summary>Runs the emulator until Ctrl+C (or the process is told to stop).</summary>
        /// <exception cref="UsageException">A bad setting, or the page's port is taken.</exception>
        public static async Task<int> RunEmulator(RunOptions options, TextWriter output)
        {
            ArgumentNullException.ThrowIfNull(options);
            var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.TrySetResult();
            };
            EventHandler onExit = (_, _) => stop.TrySetResult();
            Console.CancelKeyPress += onCancel;
            AppDomain.CurrentDomain.ProcessExit += onExit;
            try
            {
                await using EmulatorRuntime runtime = await EmulatorRuntime.StartAsync(options, output, TimeProvider.System);
                output.WriteLine(runtime.PageAddress != null
                    ? "Ticker emulator: open " + runtime.PageAddress.GetLeftPart(UriPartial.Authority) + "  (board " + runtime.Device.Board.Id + "; Ctrl+C stops)"
                    : "Ticker emulator headless (board " + runtime.Device.Board.Id + "; Ctrl+C stops)");
                await stop.Task;
                return 0;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
                AppDomain.CurrentDomain.ProcessExit -= onExit;
            }
        }

        /// <summary>Runs a command; throws <see cref="UsageException"/> or <see cref="RenderException"/> for bad input.</summary>
        public static int Run(string[] args, TextWriter output)
        {
            ArgumentNullException.ThrowIfNull(args);
            if (args.Length == 0 || args[0] == "--help" || args[0] == "-h")
            {
                output.WriteLine(Usage);
                return args.Length == 0 ? UsageError : 0;
            }


            Dictionary<string, string?> options = ParseOptions(args.Skip(1).ToArray());
            switch (args[0])
            {
                case "render":
                    return Render(options, output);
                case "contact-sheet":
                    return ContactSheet(options, output);
                case "golden":
                    return Golden(options, output);
                default:
                    throw new UsageException("unknown command '" + args[0] + "' (render, contact-sheet, golden)");
            }
        }

        private static int Render(Dictionary<string, string?> options, TextWriter output)
        {
            Allow(options, "board", "screen", "snapshot", "out", "stale");
            string boardId = Required(options, "board");
            BoardProfile board = BoardCatalog.Find(boardId)
                ?? throw new UsageException("unknown board '" + boardId + "' (known: " + BoardCatalog.IdList() + ")");
            string screenId = Required(options, "screen");
            if (!Screens.TryParse(screenId, out ScreenId screen))
            {
                throw new UsageException("unknown screen '" + screenId + "' (gauge, liquidations, spot, market, status)");
            }

            string snapshotPath = Required(options, "snapshot");
            byte[] json;
            try
            {
                json = File.ReadAllBytes(snapshotPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new UsageException("cannot read snapshot '" + snapshotPath + "': " + OneLine(e.Message));
            }

            string outPath = Required(options, "out");
            bool stale = options.ContainsKey("stale");
            FontSet fonts = LoadFonts();
            Rgb565Surface frame = ScreenRenderer.Render(board, screen, json, stale, fonts);
            Write(outPath, PngExport.Encode(frame));
            output.WriteLine($"{outPath}: {board.Id} {Screens.IdOf(screen)} {frame.Width}x{frame.Height}{(stale ? " stale" : "")}");
            return 0;
        }

        private static int ContactSheet(Dictionary<string, string?> options, TextWriter output)
        {
            Allow(options, "out", "examples");
            string outPath = Required(options, "out");
            FontSet fonts = LoadFonts();
            string examples = options.TryGetValue("examples", out string? folder) && folder != null
                ? folder
                : Path.Combine(RepositoryRoot(), "docs", "examples");
            if (!Directory.Exists(examples))
            {
                throw new UsageException("examples folder not found: " + examples);
            }

            var files = Directory.GetFiles(examples, "*.json").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Json: File.ReadAllBytes(f))).ToArray();
            Rgb565Surface sheet = ContactSheetBuilder.Build(BoardCatalog.All, files, fonts);
            Write(outPath, PngExport.Encode(sheet));
            output.WriteLine($"{outPath}: {BoardCatalog.Count} boards x {Screens.Count} screens x {files.Length} examples, {sheet.Width}x{sheet.Height}");
            return 0;
        }

        private static int Golden(Dictionary<string, string?> options, TextWriter output)
        {
            Allow(options, "out");
            string root = RepositoryRoot();
            string folder = options.TryGetValue("out", out string? o) && o != null ? o : Path.Combine(root, GoldenImages.RelativeFolder);
            FontSet fonts = LoadFonts();
            int count = 0;
            foreach (GoldenImages.Case c in GoldenImages.Cases(Path.Combine(root, "docs", "examples")))
            {
                Rgb565Surface frame = GoldenImages.Render(c, fonts);
                Write(Path.Combine(folder, c.FileName), PngExport.Encode(frame));
                count++;
            }

            output.WriteLine($"{folder}: {count} golden images");
            return 0;
        }

        private static FontSet LoadFonts()
        {
            try
            {
                return FontSet.LoadShipped(RepositoryRoot());
            }
            catch (InvalidDataException e)
            {
                throw new UsageException(OneLine(e.Message));
            }
        }

        private static string RepositoryRoot()
        {
            return FontSet.FindRepositoryRoot(Directory.GetCurrentDirectory())
                ?? FontSet.FindRepositoryRoot(AppContext.BaseDirectory)
                ?? throw new UsageException("cannot find the repository (" + FontSet.ManifestRelativePath + ") above the current folder");
        }

        private static void Write(string path, byte[] png)
        {
            try
            {
                string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
                if (dir != null)
                {
                    Directory.CreateDirectory(dir);
                }

                File.WriteAllBytes(path, png);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new UsageException("cannot write '" + path + "': " + OneLine(e.Message));
            }
        }

        private static Dictionary<string, string?> ParseOptions(string[] args)
        {
            var options = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2)
                {
                    throw new UsageException("unexpected argument '" + a + "'");
                }

                string name = a.Substring(2);
                if (options.ContainsKey(name))
                {
                    throw new UsageException("--" + name + " given twice");
                }

                bool flag = name == "stale";
                if (flag)
                {
                    options[name] = null;
                    continue;
                }

                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException("--" + name + " needs a value");
                }

                options[name] = args[++i];
            }

            return options;
        }

        private static void Allow(Dictionary<string, string?> options, params string[] names)
        {
            foreach (string key in options.Keys)
            {
                if (Array.IndexOf(names, key) < 0)
                {
                    throw new UsageException("unknown option --" + key);
                }
            }
        }

        private static string Required(Dictionary<string, string?> options, string name)
        {
            return options.TryGetValue(name, out string? value) && !string.IsNullOrEmpty(value)
                ? value
                : throw new UsageException("missing --" + name);
        }

        private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
    }

    /// <summary>Bad command-line arguments or input files.</summary>
    public sealed class UsageException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
