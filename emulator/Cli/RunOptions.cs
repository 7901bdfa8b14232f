using System;
using System.Collections.Generic;
using System.Globalization;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Emulator.Feed;

namespace Ticker.Emulator
{
    /// <summary>
    /// The emulator's own options (no command): where the page is served, which feed, board, scenario, speed and
    /// settings file, and whether to run headless. Every bad value is a <see cref="UsageException"/> naming the option
    /// and what it accepts.
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

        /// <summary>Option names, for the usage text.</summary>
        public const string Usage =
            "[--urls http://127.0.0.1:<port>] [--feed <url>] [--board <id>] [--scenario <name|file>] [--speed <n>] [--settings <file>] [--headless]";

        /// <summary>Parses and checks the options.</summary>
        /// <exception cref="UsageException">An unknown, repeated or bad option.</exception>
        public static RunOptions Parse(IReadOnlyList<string> args)
        {
            ArgumentNullException.ThrowIfNull(args);
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (int i = 0; i < args.Count; i++)
            {
                string a = args[i];
                if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2)
                {
                    throw new UsageException("unexpected argument '" + a + "' (options: " + Usage + ")");
                }

                string name = a.Substring(2);
                if (Array.IndexOf(new[] { "urls", "feed", "board", "scenario", "speed", "settings", "headless" }, name) < 0)
                {
                    throw new UsageException("unknown option --" + name + " (options: " + Usage + "; commands: render, contact-sheet, golden)");
                }

                if (values.ContainsKey(name))
                {
                    throw new UsageException("--" + name + " given twice");
                }

                if (name == "headless")
                {
                    values[name] = null;
                    continue;
                }

                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException("--" + name + " needs a value");
                }

                values[name] = args[++i];
            }

            string? feed = Get(values, "feed");
            if (feed != null && !FeedAddress.TryParse(feed, out _, out _, out _))
            {
                throw new UsageException("--feed must be an http:// or https:// URL with a host, e.g. http://127.0.0.1:5080; got '" + feed + "'");
            }

            string? board = Get(values, "board");
            if (board != null && BoardCatalog.Find(board) == null)
            {
                throw new UsageException("--board must be one of " + BoardCatalog.IdList() + "; got '" + board + "'");
            }

            double? speed = null;
            if (Get(values, "speed") is string speedText)
            {
                if (!double.TryParse(speedText, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) || !(s >= MinSpeed && s <= MaxSpeed))
                {
                    throw new UsageException("--speed must be a number from 0.1 to 1000 (times real time); got '" + speedText + "'");
                }

                speed = s;
            }

            string? scenario = Get(values, "scenario");
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

            string urls = Get(values, "urls") ?? DefaultUrls;
            CheckUrls(urls);

            return new RunOptions
            {
                Urls = urls,
                Feed = feed,
                Board = board,
                Speed = speed,
                Scenario = scenario,
                Headless = values.ContainsKey("headless"),
                Settings = Get(values, "settings"),
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

        private static string? Get(Dictionary<string, string?> values, string name) => values.TryGetValue(name, out string? v) ? v : null;
    }
}
