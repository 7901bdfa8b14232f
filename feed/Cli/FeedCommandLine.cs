using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Ticker.Feed.Hosting;
using Ticker.Feed.Replay;
using Ticker.Feed.Scenarios;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Cli
{
    /// <summary>
    /// The feed's command line (System.CommandLine): serving is the root command, with one option per switch in
    /// <see cref="FeedSettingsReader.Switches"/> plus <c>--urls</c>; <c>replay</c> and <c>scenario</c> run and exit.
    /// Every command has <c>--help</c>; the root has <c>--version</c>. A bad command line (unknown option, missing
    /// value, an option given twice) is one line on stderr and exit code 2, before anything is created or started.
    /// </summary>
    /// <remarks>
    /// The parser only splits the line: the values are still read and range-checked by <see cref="FeedSettingsReader"/>
    /// from the configuration, so appsettings.json and <c>Feed__*</c> environment variables keep working beside the
    /// switches, and one message format covers all three.
    /// </remarks>
    public static class FeedCommandLine
    {
        /// <summary>Done (also after <c>--help</c> and <c>--version</c>).</summary>
        public const int ExitOk = 0;

        /// <summary>Bad input: a command line, setting, file or address the feed cannot use; one line says which.</summary>
        public const int ExitBadInput = 2;

        /// <summary>Parses <paramref name="args"/> and runs what they ask for.</summary>
        public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
        {
            ArgumentNullException.ThrowIfNull(args);
            Command root = CreateRoot(output, errors);
            return InvokeAsync(root, args, output, errors);
        }

        /// <summary>The name the usage and the messages give the feed (its assembly's, whatever host runs it).</summary>
        public const string Name = "Ticker.Feed";

        /// <summary>The feed's commands; the actions write to <paramref name="output"/> and <paramref name="errors"/>.</summary>
        public static Command CreateRoot(TextWriter output, TextWriter errors)
        {
            // A plain command rather than RootCommand, whose name is the host executable's ("dotnet", "testhost"),
            // and which adds directives the feed does not offer.
            var root = new Command(
                Name,
                "The Ticker feed: serves the compact market snapshot (docs/metrics-endpoint.md) to Ticker devices on " + FeedHost.DefaultUrl +
                " unless --urls says otherwise. Settings also come from appsettings.json and Feed__* environment variables; " +
                "exit codes: 0 done, 2 bad input (one line says which). See feed/README.md.")
            {
                Options = { new HelpOption(), new VersionOption() },
            };
            Option<string> urls = ValueOption("--urls", "url", "Where to listen: http://<IP address, localhost, * or +>:<port>, several separated by ';' [" + FeedHost.DefaultUrl + "]");
            root.Options.Add(urls);
            var switches = new List<Option<string>>();
            foreach (KeyValuePair<string, string> pair in FeedSettingsReader.Switches)
            {
                bool bare = FeedSettingsReader.BareSwitches.Contains(pair.Key);
                var option = new Option<string>(pair.Key)
                {
                    Description = FeedSettingsReader.SwitchHelp.TryGetValue(pair.Key, out string? help) ? help + " (" + pair.Value + ")" : pair.Value,
                    HelpName = bare ? "true|false" : "value",
                    Arity = bare ? ArgumentArity.ZeroOrOne : ArgumentArity.ExactlyOne,
                };
                RefuseOptionLike(option);
                switches.Add(option);
                root.Options.Add(option);
            }

            root.SetAction(parsed =>
            {
                // Back to the host's own command-line form, given switches only: "--live" alone is "--live true".
                var hostArgs = new List<string>();
                foreach (Option<string> option in switches.Prepend(urls))
                {
                    if (parsed.GetResult(option) is OptionResult given)
                    {
                        hostArgs.Add(option.Name);
                        hostArgs.Add(given.Tokens.Count > 0 ? given.Tokens[0].Value : "true");
                    }
                }

                return FeedServer.RunAsync(hostArgs.ToArray(), output, errors);
            });
            root.Subcommands.Add(ReplayCommand.Create(output, errors));
            root.Subcommands.Add(ScenarioCommand.Create(output, errors));
            return root;
        }

        /// <summary>How every command line here is parsed: no response files (@file), so an argument that starts with @ is a value like any other.</summary>
        public static ParserConfiguration Parsing => new() { ResponseFileTokenReplacer = null };

        /// <summary>
        /// Runs <paramref name="command"/> on <paramref name="args"/>: help and version as System.CommandLine prints
        /// them, a parse error as one line naming it (and exit code 2), else the command's action.
        /// </summary>
        public static async Task<int> InvokeAsync(Command command, IReadOnlyList<string> args, TextWriter output, TextWriter errors)
        {
            ArgumentNullException.ThrowIfNull(command);
            ArgumentNullException.ThrowIfNull(errors);
            ParseResult parsed = command.Parse(args, Parsing);
            if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
            {
                errors.WriteLine(Describe(parsed));
                return ExitBadInput;
            }

            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = errors,
                // The host handles Ctrl+C and SIGTERM itself, stopping gracefully (the database's last write).
                ProcessTerminationTimeout = null,
                EnableDefaultExceptionHandler = false,
            });
        }

        /// <summary>
        /// A parse error in one line, "&lt;command&gt;: &lt;what is wrong&gt; (see &lt;command path&gt; --help)": the unknown
        /// option by name, else the parser's own words. The emulator's command line says its errors the same way.
        /// </summary>
        public static string Describe(ParseResult parsed)
        {
            ArgumentNullException.ThrowIfNull(parsed);
            string path = string.Join(' ', CommandPath(parsed.CommandResult));
            string name = parsed.CommandResult.Command.Name;
            string? unknown = parsed.UnmatchedTokens.FirstOrDefault();
            ParseError? unknownArgument = parsed.Errors.FirstOrDefault(error => error.Message.StartsWith(UnknownOption, StringComparison.Ordinal));
            string problem = unknown switch
            {
                _ when unknownArgument is not null => unknownArgument.Message,
                not null when unknown.StartsWith('-') => $"{UnknownOption} '{unknown}'",
                not null => $"unexpected argument '{unknown}'",
                _ => parsed.Errors[0].Message.TrimEnd('.'),
            };
            return $"{name}: {problem} (see {path} --help)";
        }

        private const string UnknownOption = "unknown option";

        /// <summary>An option taking one value, refusing one that looks like an option (<see cref="RefuseOptionLike(Option{string})"/>).</summary>
        public static Option<string> ValueOption(string name, string helpName, string description, bool required = false)
        {
            var option = new Option<string>(name) { Description = description, HelpName = helpName, Required = required };
            RefuseOptionLike(option);
            return option;
        }

        /// <summary>
        /// Refuses an option's value that looks like an option: the parser would take an unknown switch as the value
        /// of the one before it (<c>--live --bogus</c>, <c>--db --bogus</c>) where the user meant two switches.
        /// </summary>
        public static void RefuseOptionLike(Option<string> option)
        {
            ArgumentNullException.ThrowIfNull(option);
            option.Validators.Add(result =>
            {
                string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (value is not null && value.StartsWith("--", StringComparison.Ordinal))
                {
                    result.AddError($"{UnknownOption} '{value}'");
                }
            });
        }

        /// <summary>
        /// Refuses an option-like value for <paramref name="argument"/>: the parser would take an unknown option
        /// (<c>replay --bogus</c>) as the recording itself.
        /// </summary>
        public static void RefuseOptionLike(Argument<string> argument)
        {
            ArgumentNullException.ThrowIfNull(argument);
            argument.Validators.Add(result =>
            {
                string? value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (value is not null && value.Length > 1 && value.StartsWith('-'))
                {
                    result.AddError($"{UnknownOption} '{value}'");
                }
            });
        }

        private static IEnumerable<string> CommandPath(CommandResult result)
        {
            var names = new Stack<string>();
            for (SymbolResult? at = result; at is not null; at = at.Parent)
            {
                if (at is CommandResult command)
                {
                    names.Push(command.Command.Name);
                }
            }

            return names;
        }
    }
}
