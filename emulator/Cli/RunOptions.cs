using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Emulator.Feed;
using Ticker.Feed.Cli;

namespace Ticker.Emulator
{
    /// <summary>
    /// The emulator's own options (no command): where the page is served, which feed, board, scenario, speed and
    /// settings file, and whether to run headless. The options are System.CommandLine's (<see cref="Symbols"/>), so
    /// --help lists them; every bad value is a <see cref="UsageException"/> naming the option and what it accepts.
    /// </summary>
    public sealed class RunOptions
    {
        /// <summary>The page's address when --urls is not given (documented in emulator/README.md).</summary>
        public const string DefaultUrls = "http://127.0.0.1:5090";

        /// <summary>Slowest and fastest replay speed the emulator passes on.</summary>
        public const double MinSpeed = 0.1;

        /// <summary>Fastest replay speed.</summary>
        public const double MaxSpeed = 1000;

        /// <summary>Where the page is served (http://host:port; port 0 = any free port).</summary>
        public string Urls { get; init; } = DefaultUrls;

        /// <summary>A running feed to poll instead of the embedded one, or null.</summary>
        public string? Feed { get; init; }

        /// <summary>The board, or null for the settings file's (default m5stack-core).</summary>
        public string? Board { get; init; }

        /// <summary>Replay speed for the embedded feed, or null for the demo pace (the whole story in about two minutes).</summary>
        public double? Speed { get; init; }

        /// <summary>The embedded feed's scenario, or null for <see cref="ScenarioCatalog.DefaultName"/> when it exists.</summary>
        public string? Scenario { get; init; }

        /// <summary>No page: screen, LED and alert changes go to the terminal.</summary>
        public bool Headless { get; init; }

        /// <summary>A settings file in the device's format, or null for the defaults.</summary>
        public string? Settings { get; init; }

        /// <summary>Parses and checks the options, as the emulator's command line does (<see cref="EmulatorCommandLine"/>).</summary>
        /// <exception cref="UsageException">An unknown, repeated or bad option.</exception>
        public static RunOptions Parse(IReadOnlyList<string> args)
        {
            ArgumentNullException.ThrowIfNull(args);
            var command = new Command(EmulatorCommandLine.Name);
            var symbols = new Symbols(command);
            ParseResult parsed = command.Parse(args, FeedCommandLine.Parsing);
            if (parsed.Errors.Count > 0)
            {
                throw new UsageException(FeedCommandLine.Describe(parsed));
            }

            return symbols.Read(parsed);
        }

        /// <summary>The emulator's own options on a command, and reading them back checked.</summary>
        internal sealed class Symbols
        {
            private readonly Option<string> _urls = FeedCommandLine.ValueOption("--urls", "url", "Where the page is served: http://<IP address or localhost>:<port>, port 0 = any free port [" + DefaultUrls + "]");
            private readonly Option<string> _feed = FeedCommandLine.ValueOption("--feed", "url", "Poll this running feed instead of the embedded one (http:// or https://)");
            private readonly Option<string> _board = FeedCommandLine.ValueOption("--board", "id", "The board: " + BoardCatalog.IdList() + " [the settings file's, else " + BoardCatalog.DefaultId + "]");
            private readonly Option<string> _scenario = FeedCommandLine.ValueOption("--scenario", "name|file", "The embedded feed's replay: a shipped scenario's name, or a recording (.jsonl, .jsonl.gz) or its folder [" + ScenarioCatalog.DefaultName + "]");
            private readonly Option<string> _speed = FeedCommandLine.ValueOption("--speed", "n", "Replay speed, times real time: 0.1-1000 [the demo pace: the whole story in about two minutes]");
            private readonly Option<string> _settings = FeedCommandLine.ValueOption("--settings", "file", "A settings file in the device's format (docs/settings.md) [the defaults]");
            private readonly Option<bool> _headless = new("--headless") { Description = "No page: screen, LED and alert changes go to the terminal" };

            /// <summary>Adds the options to <paramref name="command"/>.</summary>
            public Symbols(Command command)
            {
                foreach (Option option in new Option[] { _urls, _feed, _board, _scenario, _speed, _settings, _headless })
                {
                    command.Options.Add(option);
                }
            }

            /// <summary>The options given, checked.</summary>
            /// <exception cref="UsageException">A bad value or combination, naming the option and what it accepts.</exception>
            public RunOptions Read(ParseResult parsed) => Check(
                parsed.GetValue(_urls), parsed.GetValue(_feed), parsed.GetValue(_board), parsed.GetValue(_scenario),
                parsed.GetValue(_speed), parsed.GetValue(_settings), parsed.GetValue(_headless));
        }

        private static RunOptions Check(string? urlsGiven, string? feed, string? board, string? scenario, string? speedText, string? settings, bool headless)
        {
            if (feed != null && !FeedAddress.TryParse(feed, out _, out _, out _))
            {
                throw new UsageException("--feed must be an http:// or https:// URL with a host, e.g. http://127.0.0.1:5080; got '" + feed + "'");
            }

            if (board != null && BoardCatalog.Find(board) == null)
            {
                throw new UsageException("--board must be one of " + BoardCatalog.IdList() + "; got '" + board + "'");
            }

            double? speed = null;
            if (speedText is not null)
            {
                if (!double.TryParse(speedText, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) || !(s >= MinSpeed && s <= MaxSpeed))
                {
                    throw new UsageException("--speed must be a number from 0.1 to 1000 (times real time); got '" + speedText + "'");
                }

                speed = s;
            }

            if (feed != null && (scenario != null || speed != null))
            {
                throw new UsageException("--" + (scenario != null ? "scenario" : "speed") + " drives the embedded feed's replay; it cannot be used with --feed");
            }

            if (scenario != null && ScenarioCatalog.Resolve(scenario) == null)
            {
                string[] names = ScenarioCatalog.Names();
                throw new UsageException("--scenario must be one of " + (names.Length == 0 ? "(no scenarios found)" : string.Join(", ", names)) +
                    ", or a recording (.jsonl, .jsonl.gz) or a folder holding one; got '" + scenario + "'");
            }

            string urls = urlsGiven ?? DefaultUrls;
            CheckUrls(urls);

            return new RunOptions
            {
                Urls = urls,
                Feed = feed,
                Board = board,
                Speed = speed,
                Scenario = scenario,
                Headless = headless,
                Settings = settings,
            };
        }

        // One http:// address whose host is an IP address or localhost. Kestrel binds every interface for any other
        // host name (it cannot listen on a name), so "http://nonexistent.invalid:5191" would expose the page to
        // the network; it is refused instead. 0.0.0.0 or [::] still listens everywhere, because the user wrote it.
        private static void CheckUrls(string urls)
        {
            const string Accepted = "--urls must be one http://<IP address or localhost>:<port> address (port 0 = any free port), e.g. " + DefaultUrls;
            if (!Uri.TryCreate(urls, UriKind.Absolute, out Uri? uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/" ||
                uri.Query.Length != 0 || uri.UserInfo.Length != 0 || urls.Contains(';', StringComparison.Ordinal))
            {
                throw new UsageException(Accepted + "; got '" + urls + "'");
            }

            if (uri.HostNameType != UriHostNameType.IPv4 && uri.HostNameType != UriHostNameType.IPv6 && !string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException(Accepted + "; got the host name '" + uri.Host + "', which the page cannot listen on alone (use its address)");
            }
        }
    }
}
