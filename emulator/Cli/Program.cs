using System;
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
    /// ticker-emulator: the device in a browser page, or its screens drawn on the host. The command line is
    /// <see cref="EmulatorCommandLine"/>; this is what its commands do.
    /// Exit codes: 0 done, 2 bad arguments or input (one line on stderr saying why), 1 anything else.
    /// </summary>
    public static class Program
    {
        /// <summary>Exit code for bad arguments or input.</summary>
        public const int UsageError = 2;

        /// <summary>Entry point.</summary>
        public static int Main(string[] args) => EmulatorCommandLine.RunAsync(args, Console.Out, Console.Error).GetAwaiter().GetResult();

        /// <summary>Runs a command line, writing to <paramref name="output"/> (errors to stderr); returns the exit code.</summary>
        public static int Run(string[] args, TextWriter output) => EmulatorCommandLine.RunAsync(args, output, Console.Error).GetAwaiter().GetResult();

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

        /// <summary>The <c>render</c> command: one screen of one board for a snapshot, into a PNG.</summary>
        /// <exception cref="UsageException">An unknown board or screen, or a file that cannot be read or written.</exception>
        public static int Render(string boardId, string screenId, string snapshotPath, string outPath, bool stale, TextWriter output)
        {
            BoardProfile board = BoardCatalog.Find(boardId)
                ?? throw new UsageException("unknown board '" + boardId + "' (known: " + BoardCatalog.IdList() + ")");
            if (!Screens.TryParse(screenId, out ScreenId screen))
            {
                throw new UsageException("unknown screen '" + screenId + "' (gauge, liquidations, spot, market, status)");
            }

            byte[] json;
            try
            {
                json = File.ReadAllBytes(snapshotPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new UsageException("cannot read snapshot '" + snapshotPath + "': " + OneLine(e.Message));
            }

            FontSet fonts = LoadFonts();
            Rgb565Surface frame = ScreenRenderer.Render(board, screen, json, stale, fonts);
            Write(outPath, PngExport.Encode(frame));
            output.WriteLine($"{outPath}: {board.Id} {Screens.IdOf(screen)} {frame.Width}x{frame.Height}{(stale ? " stale" : "")}");
            return 0;
        }

        /// <summary>The <c>contact-sheet</c> command: every board x screen x example snapshot in one PNG.</summary>
        /// <exception cref="UsageException">No examples folder, or a file that cannot be written.</exception>
        public static int ContactSheet(string outPath, string? examplesFolder, TextWriter output)
        {
            FontSet fonts = LoadFonts();
            string examples = examplesFolder ?? Path.Combine(RepositoryRoot(), "docs", "examples");
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

        /// <summary>The <c>golden</c> command: the golden images for docs/examples/*.json.</summary>
        /// <exception cref="UsageException">The repository cannot be found, or a file cannot be written.</exception>
        public static int Golden(string? outFolder, TextWriter output)
        {
            string root = RepositoryRoot();
            string folder = outFolder ?? Path.Combine(root, GoldenImages.RelativeFolder);
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
