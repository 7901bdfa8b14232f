using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Threading.Tasks;
using Ticker.Boards;
using Ticker.Feed.Cli;
using Ticker.Rendering;

namespace Ticker.Emulator
{
    /// <summary>
    /// The emulator's command line (System.CommandLine, parsed and reported as the feed's is: <see cref="FeedCommandLine"/>):
    /// the device in a browser page is the root command (<see cref="RunOptions"/>); <c>render</c>, <c>contact-sheet</c>
    /// and <c>golden</c> draw the device's screens on the host and exit. Every command has <c>--help</c>; the root has
    /// <c>--version</c>. A bad command line is one line on stderr and exit code 2, as is a bad value or input file
    /// (<c>error: ...</c>), before anything listens or is written.
    /// </summary>
    public static class EmulatorCommandLine
    {
        /// <summary>The name the usage and the messages give the emulator (its assembly's).</summary>
        public const string Name = "ticker-emulator";

        /// <summary>Parses <paramref name="args"/> and runs what they ask for; returns the exit code.</summary>
        public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
        {
            ArgumentNullException.ThrowIfNull(args);
            return FeedCommandLine.InvokeAsync(CreateRoot(output, errors), args, output, errors);
        }

        /// <summary>The emulator's commands; the actions write to <paramref name="output"/> and <paramref name="errors"/>.</summary>
        public static Command CreateRoot(TextWriter output, TextWriter errors)
        {
            // A plain command rather than RootCommand, whose name is the host executable's ("dotnet", "testhost").
            var root = new Command(
                Name,
                "The Ticker device in a browser page (" + RunOptions.DefaultUrls + " unless --urls says otherwise), fed by the " +
                "embedded feed replaying the seed-dip demo, or by a running feed (--feed). Exit codes: 0 done, 2 bad input " +
                "(one line says which). See emulator/README.md.")
            {
                Options = { new HelpOption(), new VersionOption() },
            };
            var run = new RunOptions.Symbols(root);
            root.SetAction(parsed => Guarded(errors, () => Program.RunEmulator(run.Read(parsed), output)));
            root.Subcommands.Add(RenderCommand(output, errors));
            root.Subcommands.Add(ContactSheetCommand(output, errors));
            root.Subcommands.Add(GoldenCommand(output, errors));
            return root;
        }

        private static Command RenderCommand(TextWriter output, TextWriter errors)
        {
            Option<string> board = FeedCommandLine.ValueOption("--board", "id", "The board: " + BoardCatalog.IdList(), required: true);
            Option<string> screen = FeedCommandLine.ValueOption("--screen", "screen", "gauge, liquidations, spot, market or status", required: true);
            Option<string> snapshot = FeedCommandLine.ValueOption("--snapshot", "file.json", "A snapshot in the contract's format (docs/metrics-endpoint.md)", required: true);
            Option<string> outFile = FeedCommandLine.ValueOption("--out", "file.png", "Where the PNG is written", required: true);
            var stale = new Option<bool>("--stale") { Description = "Draw the snapshot as stale data" };
            var command = new Command("render", "Draws one screen of one board for a snapshot, as the device would, into a PNG.")
            {
                Options = { board, screen, snapshot, outFile, stale },
            };
            command.SetAction(parsed => Guarded(errors, () => Task.FromResult(Program.Render(
                parsed.GetValue(board)!, parsed.GetValue(screen)!, parsed.GetValue(snapshot)!, parsed.GetValue(outFile)!, parsed.GetValue(stale), output))));
            return command;
        }

        private static Command ContactSheetCommand(TextWriter output, TextWriter errors)
        {
            Option<string> outFile = FeedCommandLine.ValueOption("--out", "file.png", "Where the PNG is written", required: true);
            Option<string> examples = FeedCommandLine.ValueOption("--examples", "folder", "The snapshots to draw [docs/examples]");
            var command = new Command("contact-sheet", "Draws every board x screen x example snapshot into one PNG.")
            {
                Options = { outFile, examples },
            };
            command.SetAction(parsed => Guarded(errors, () => Task.FromResult(Program.ContactSheet(parsed.GetValue(outFile)!, parsed.GetValue(examples), output))));
            return command;
        }

        private static Command GoldenCommand(TextWriter output, TextWriter errors)
        {
            Option<string> folder = FeedCommandLine.ValueOption("--out", "folder", "Where the images are written [docs/golden]");
            var command = new Command("golden", "Writes the golden images, <board>-<screen>-<example>.png, for docs/examples/*.json.")
            {
                Options = { folder },
            };
            command.SetAction(parsed => Guarded(errors, () => Task.FromResult(Program.Golden(parsed.GetValue(folder), output))));
            return command;
        }

        // A bad value or input (a board that does not exist, a snapshot that cannot be read, a port in use): one line
        // on stderr and exit code 2, like a bad command line.
        private static async Task<int> Guarded(TextWriter errors, Func<Task<int>> action)
        {
            try
            {
                return await action().ConfigureAwait(false);
            }
            catch (Exception e) when (e is UsageException || e is RenderException)
            {
                await errors.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
                return Program.UsageError;
            }
        }
    }
}
