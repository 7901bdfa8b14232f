using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Ticker.Feed.Alerts;

namespace Ticker.Feed.Settings
{
    /// <summary>
    /// Reads <see cref="FeedSettings"/> from configuration (command line, <c>Feed__*</c> environment variables,
    /// appsettings.json) and checks every value against its accepted range, reporting all problems at once, each
    /// naming the setting and its command-line switch. Read by hand rather than by the options binder, whose
    /// conversion errors name neither the switch nor the range.
    /// </summary>
    public static class FeedSettingsReader
    {
        /// <summary>Command-line switches and the configuration keys they set.</summary>
        public static IReadOnlyDictionary<string, string> Switches { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--token"] = "Feed:Token",
            ["--wait-max"] = "Feed:LongPoll:WaitMaxSeconds",
            ["--max-waiters"] = "Feed:LongPoll:MaxWaiters",
            ["--rate-limit"] = "Feed:RateLimit:PerMinute",
            ["--rate-burst"] = "Feed:RateLimit:Burst",
            ["--trusted-proxies"] = "Feed:TrustedProxies",
            ["--snapshot-interval"] = "Feed:SnapshotIntervalSeconds",
            ["--stale-after"] = "Feed:Sources:StaleAfterSeconds",
            ["--live"] = "Feed:Sources:Enabled",
            ["--binance-url"] = "Feed:Sources:Binance:Url",
            ["--bybit-url"] = "Feed:Sources:Bybit:Url",
            ["--okx-url"] = "Feed:Sources:Okx:Url",
            ["--bybit-symbols"] = "Feed:Sources:Bybit:Symbols",
            ["--bybit-top"] = "Feed:Sources:Bybit:TopSymbols",
            ["--binance-futures-rest-url"] = "Feed:Sources:Binance:FuturesRestUrl",
            ["--binance-spot-rest-url"] = "Feed:Sources:Binance:SpotRestUrl",
            ["--bybit-rest-url"] = "Feed:Sources:Bybit:RestUrl",
            ["--okx-rest-url"] = "Feed:Sources:Okx:RestUrl",
            ["--coinbase-rest-url"] = "Feed:Sources:Coinbase:RestUrl",
            ["--kraken-rest-url"] = "Feed:Sources:Kraken:RestUrl",
            ["--bitstamp-rest-url"] = "Feed:Sources:Bitstamp:RestUrl",
            ["--record"] = "Feed:Record:Path",
            ["--silence"] = "Feed:Sources:SilenceSeconds",
            ["--reconnect-min"] = "Feed:Sources:ReconnectMinSeconds",
            ["--reconnect-max"] = "Feed:Sources:ReconnectMaxSeconds",
            ["--cascade-watch-usd"] = "Feed:Cascade:WatchUsd",
            ["--cascade-warning-usd"] = "Feed:Cascade:WarningUsd",
            ["--cascade-cascade-usd"] = "Feed:Cascade:CascadeUsd",
            ["--cascade-watch-ratio"] = "Feed:Cascade:WatchRatio",
            ["--cascade-warning-ratio"] = "Feed:Cascade:WarningRatio",
            ["--cascade-cascade-ratio"] = "Feed:Cascade:CascadeRatio",
            ["--cascade-exit-fraction"] = "Feed:Cascade:ExitFraction",
            ["--cascade-cooldown"] = "Feed:Cascade:CooldownSeconds",
            ["--cascade-confirm-price-pct"] = "Feed:Cascade:ConfirmPricePct",
            ["--cascade-confirm-waiver-multiple"] = "Feed:Cascade:ConfirmWaiverMultiple",
            ["--cascade-pace-multiple"] = "Feed:Cascade:PaceMultiple",
            ["--cascade-reraise-multiple"] = "Feed:Cascade:ReraiseMultiple",
            ["--db"] = "Feed:Storage:Path",
            ["--metrics"] = "Feed:Metrics:Enabled",
            ["--replay"] = "Feed:Replay:Path",
            ["--speed"] = "Feed:Replay:Speed",
            ["--loop"] = "Feed:Replay:Loop",
        };

        /// <summary>
        /// What each switch does, for <c>--help</c> (range and default; feed/README.md has the full table). A switch
        /// added to <see cref="Switches"/> needs a line here too (a test checks).
        /// </summary>
        public static IReadOnlyDictionary<string, string> SwitchHelp { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--token"] = "Bearer token /v1/* requires: 8-256 printable ASCII characters (prefer the Feed__Token variable)",
            ["--wait-max"] = "Longest long-poll held, seconds: 0-30, 0 = off [25]",
            ["--max-waiters"] = "Most long-polls held at once: 0-100000 [1000]",
            ["--rate-limit"] = "Requests per minute per client IP on /v1/*: 1-60000 [120]",
            ["--rate-burst"] = "Requests a client may make at once: 1-10000 [20]",
            ["--trusted-proxies"] = "Proxies whose X-Forwarded-For is believed: IP addresses and CIDR networks, comma-separated [none]",
            ["--snapshot-interval"] = "Seconds between snapshot rebuilds: 1-60 [1]",
            ["--stale-after"] = "Seconds without data before a source is stale: 5-86400 [120]",
            ["--live"] = "Connect to the exchanges' streams and poll their REST APIs: true/false, bare = true [false]",
            ["--binance-url"] = "Binance USD-M websocket base, ws:// or wss:// [wss://fstream.binance.com]",
            ["--bybit-url"] = "Bybit websocket base [wss://stream.bybit.com]",
            ["--okx-url"] = "OKX websocket base [wss://ws.okx.com:8443]",
            ["--bybit-symbols"] = "Bybit symbols for allLiquidation until the tickers poll names the top ones: 1-50, comma-separated [BTCUSDT,BTCPERP]",
            ["--bybit-top"] = "How many of Bybit's most traded perpetuals get allLiquidation: 1-50 [10]",
            ["--binance-futures-rest-url"] = "Binance USD-M REST base, http:// or https:// [https://fapi.binance.com]",
            ["--binance-spot-rest-url"] = "Binance spot REST base [https://api.binance.com]",
            ["--bybit-rest-url"] = "Bybit REST base [https://api.bybit.com]",
            ["--okx-rest-url"] = "OKX REST base [https://www.okx.com]",
            ["--coinbase-rest-url"] = "Coinbase Exchange REST base [https://api.exchange.coinbase.com]",
            ["--kraken-rest-url"] = "Kraken REST base [https://api.kraken.com]",
            ["--bitstamp-rest-url"] = "Bitstamp REST base [https://www.bitstamp.net]",
            ["--record"] = "Append every input to this JSON-lines recording (a file in an existing directory)",
            ["--silence"] = "Seconds an open socket may stay silent before it is reopened: 5-3600 [120]",
            ["--reconnect-min"] = "First reconnect delay, seconds: 1-60 [1]",
            ["--reconnect-max"] = "Longest reconnect delay, seconds: 1-3600, at least --reconnect-min [60]",
            ["--cascade-watch-usd"] = "Watch floor, USD liquidated on one side in 5 minutes [10000000]",
            ["--cascade-warning-usd"] = "Warning floor, USD [50000000]",
            ["--cascade-cascade-usd"] = "Cascade floor, USD [150000000]",
            ["--cascade-watch-ratio"] = "Multiple of the 24 h median 5-minute sum needed for watch: 1-1000 [5]",
            ["--cascade-warning-ratio"] = "The same for warning [10]",
            ["--cascade-cascade-ratio"] = "The same for cascade [20]",
            ["--cascade-exit-fraction"] = "A level holds while the 5-minute sum stays at this fraction of its floor: above 0, at most 1 [0.6]",
            ["--cascade-cooldown"] = "Seconds before a level may drop or be raised again: 0-21600 [600]",
            ["--cascade-confirm-price-pct"] = "Move of the liquidated instruments against the side, percent, a cascade needs: 0-50 [0.5]",
            ["--cascade-confirm-waiver-multiple"] = "A cascade this many times its floor needs no price move: 1-1000 [4]",
            ["--cascade-pace-multiple"] = "Last minute (less its largest print) times this counts toward warning and cascade: 0 (off)-5 [5]",
            ["--cascade-reraise-multiple"] = "A level just left is raised again at once from this multiple of its floor: 1-1000 [1.5]",
            ["--db"] = "SQLite file for state across restarts (in an existing directory), or none [<local app data>/Ticker/feed.db]",
            ["--metrics"] = "Serve GET /metrics: true/false, bare = true [true]",
            ["--replay"] = "Serve this recording (.jsonl[.gz], scenario folder or shipped name) instead of live data",
            ["--speed"] = "Simulated seconds per second of a served replay: 0.1-1000 [1]",
            ["--loop"] = "Start the replay over when it ends: true/false, bare = true [false]",
        };

        /// <summary>Switches that may be given bare, meaning true (<c>--live</c> alone = <c>--live true</c>).</summary>
        public static IReadOnlyCollection<string> BareSwitches { get; } = new[] { "--live", "--metrics", "--loop" };

        /// <summary>What <c>--db</c> takes for "no database: keep everything in memory".</summary>
        public static IReadOnlyCollection<string> MemoryOnly { get; } = new[] { "none", ":memory:" };

        /// <summary>Slowest and fastest replay speeds (simulated seconds per wall-clock second).</summary>
        public const double ReplaySpeedMin = 0.1;

        /// <inheritdoc cref="ReplaySpeedMin"/>
        public const double ReplaySpeedMax = 1000;

        public const int TokenMinLength = 8;
        public const int TokenMaxLength = 256;

        /// <summary>The settings, or a <see cref="FeedSettingsException"/> listing every bad one.</summary>
        public static FeedSettings Read(IConfiguration configuration)
        {
            ArgumentNullException.ThrowIfNull(configuration);
            var problems = new List<string>();
            var defaults = new FeedSettings();
            var settings = new FeedSettings
            {
                Token = ReadToken(configuration, problems),
                WaitMaxSeconds = ReadInt(configuration, "--wait-max", 0, 30, defaults.WaitMaxSeconds, problems, " (0 turns long-polling off)"),
                MaxWaiters = ReadInt(configuration, "--max-waiters", 0, 100_000, defaults.MaxWaiters, problems, " (0 answers every request at once)"),
                RateLimitPerMinute = ReadInt(configuration, "--rate-limit", 1, 60_000, defaults.RateLimitPerMinute, problems),
                RateLimitBurst = ReadInt(configuration, "--rate-burst", 1, 10_000, defaults.RateLimitBurst, problems),
                TrustedProxies = ReadNetworks(configuration, "--trusted-proxies", defaults.TrustedProxies, problems),
                SnapshotIntervalSeconds = ReadInt(configuration, "--snapshot-interval", 1, 60, defaults.SnapshotIntervalSeconds, problems),
                StaleAfterSeconds = ReadInt(configuration, "--stale-after", 5, 86_400, defaults.StaleAfterSeconds, problems),
                LiveSources = ReadBool(configuration, "--live", defaults.LiveSources, problems),
                BinanceUrl = ReadWebSocketUrl(configuration, "--binance-url", defaults.BinanceUrl, problems),
                BybitUrl = ReadWebSocketUrl(configuration, "--bybit-url", defaults.BybitUrl, problems),
                OkxUrl = ReadWebSocketUrl(configuration, "--okx-url", defaults.OkxUrl, problems),
                BybitSymbols = ReadSymbols(configuration, "--bybit-symbols", defaults.BybitSymbols, problems),
                BybitTopSymbols = ReadInt(configuration, "--bybit-top", 1, MaxSymbols, defaults.BybitTopSymbols, problems),
                BinanceFuturesRestUrl = ReadHttpUrl(configuration, "--binance-futures-rest-url", defaults.BinanceFuturesRestUrl, problems),
                BinanceSpotRestUrl = ReadHttpUrl(configuration, "--binance-spot-rest-url", defaults.BinanceSpotRestUrl, problems),
                BybitRestUrl = ReadHttpUrl(configuration, "--bybit-rest-url", defaults.BybitRestUrl, problems),
                OkxRestUrl = ReadHttpUrl(configuration, "--okx-rest-url", defaults.OkxRestUrl, problems),
                CoinbaseRestUrl = ReadHttpUrl(configuration, "--coinbase-rest-url", defaults.CoinbaseRestUrl, problems),
                KrakenRestUrl = ReadHttpUrl(configuration, "--kraken-rest-url", defaults.KrakenRestUrl, problems),
                BitstampRestUrl = ReadHttpUrl(configuration, "--bitstamp-rest-url", defaults.BitstampRestUrl, problems),
                RecordPath = ReadRecordPath(configuration, problems),
                SilenceSeconds = ReadInt(configuration, "--silence", 5, 3_600, defaults.SilenceSeconds, problems),
                ReconnectMinSeconds = ReadInt(configuration, "--reconnect-min", 1, 60, defaults.ReconnectMinSeconds, problems),
                ReconnectMaxSeconds = ReadInt(configuration, "--reconnect-max", 1, 3_600, defaults.ReconnectMaxSeconds, problems),
                Cascade = ReadCascade(configuration, problems),
                StoragePath = ReadStoragePath(configuration, defaultNeeded: configuration[Switches["--replay"]] is null, problems),
                MetricsEnabled = ReadBool(configuration, "--metrics", defaults.MetricsEnabled, problems),
                ReplayPath = ReadReplayPath(configuration, problems),
                ReplaySpeed = ReadSpeed(configuration, problems),
                ReplayLoop = ReadBool(configuration, "--loop", defaults.ReplayLoop, problems),
            };

            ListenUrls.Check(configuration[ListenUrls.Key], problems);
            if (settings.ReplayPath is not null && settings.LiveSources)
            {
                problems.Add($"{Name("--replay")} and {Name("--live")} cannot be used together: a replay serves recorded data only.");
            }

            if (settings.ReplayPath is not null && configuration[Switches["--db"]] is null)
            {
                // A replay keeps its state in memory unless told otherwise: it must neither restore a live feed's
                // state nor write replayed (possibly invented) data into it.
                settings = settings with { StoragePath = null };
            }

            if (settings.ReconnectMaxSeconds < settings.ReconnectMinSeconds)
            {
                problems.Add($"{Name("--reconnect-max")} must be at least {Name("--reconnect-min")} ({settings.ReconnectMinSeconds}); got '{settings.ReconnectMaxSeconds}'.");
            }

            if (problems.Count > 0)
            {
                throw new FeedSettingsException(problems);
            }

            return settings;
        }

        private static string Name(string switchName) => $"{Switches[switchName]} ({switchName})";

        // Each value against its own range first; then the rule's cross-checks (warning above watch, …), through
        // CascadeOptions itself so the two cannot disagree, reported with their switches.
        private static CascadeOptions ReadCascade(IConfiguration configuration, List<string> problems)
        {
            var defaults = new CascadeOptions();
            int before = problems.Count;
            var options = new CascadeOptions
            {
                WatchUsd = ReadLong(configuration, "--cascade-watch-usd", 1_000_000, 10_000_000_000, defaults.WatchUsd, problems),
                WarningUsd = ReadLong(configuration, "--cascade-warning-usd", 1_000_000, 10_000_000_000, defaults.WarningUsd, problems),
                CascadeUsd = ReadLong(configuration, "--cascade-cascade-usd", 1_000_000, 10_000_000_000, defaults.CascadeUsd, problems),
                WatchRatio = ReadDecimal(configuration, "--cascade-watch-ratio", 1m, 1000m, false, defaults.WatchRatio, problems),
                WarningRatio = ReadDecimal(configuration, "--cascade-warning-ratio", 1m, 1000m, false, defaults.WarningRatio, problems),
                CascadeRatio = ReadDecimal(configuration, "--cascade-cascade-ratio", 1m, 1000m, false, defaults.CascadeRatio, problems),
                ExitFraction = ReadDecimal(configuration, "--cascade-exit-fraction", 0m, 1m, true, defaults.ExitFraction, problems),
                Cooldown = TimeSpan.FromSeconds(ReadInt(configuration, "--cascade-cooldown", 0, 21_600, (int)defaults.Cooldown.TotalSeconds, problems, " (seconds)")),
                ConfirmPricePct = ReadDecimal(configuration, "--cascade-confirm-price-pct", 0m, 50m, false, defaults.ConfirmPricePct, problems),
                ConfirmWaiverMultiple = ReadDecimal(configuration, "--cascade-confirm-waiver-multiple", 1m, 1000m, false, defaults.ConfirmWaiverMultiple, problems),
                PaceMultiple = ReadDecimal(configuration, "--cascade-pace-multiple", 0m, 5m, false, defaults.PaceMultiple, problems),
                ReraiseMultiple = ReadDecimal(configuration, "--cascade-reraise-multiple", 1m, 1000m, false, defaults.ReraiseMultiple, problems),
            };

            if (problems.Count == before)
            {
                foreach (CascadeOptions.Problem problem in options.Problems())
                {
                    string key = "Feed:Cascade:" + problem.Name;
                    string switchName = "--cascade-?";
                    foreach (KeyValuePair<string, string> pair in Switches)
                    {
                        if (pair.Value == key)
                        {
                            switchName = pair.Key;
                        }
                    }

                    problems.Add($"{key} ({switchName}) must be {problem.Range}; got '{Convert.ToString(problem.Value, CultureInfo.InvariantCulture)}'.");
                }
            }

            return options;
        }

        private static long ReadLong(
            IConfiguration configuration, string switchName, long min, long max, long fallback, List<string> problems)
        {
            string? text = configuration[Switches[switchName]];
            if (text is null)
            {
                return fallback;
            }

            if (!long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
                || value < min || value > max)
            {
                problems.Add($"{Name(switchName)} must be an integer from {min} to {max}; got '{text}'.");
                return fallback;
            }

            return value;
        }

        private static decimal ReadDecimal(
            IConfiguration configuration, string switchName, decimal min, decimal max, bool minExclusive, decimal fallback, List<string> problems)
        {
            string? text = configuration[Switches[switchName]];
            if (text is null)
            {
                return fallback;
            }

            if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
                || (minExclusive ? value <= min : value < min) || value > max)
            {
                string from = minExclusive ? $"above {min}, at most {max}" : $"from {min} to {max}";
                problems.Add($"{Name(switchName)} must be a number {from}; got '{text}'.");
                return fallback;
            }

            return value;
        }

        // A file path in an existing directory, "none" or ":memory:" (no database), or nothing: the default file under
        // the user's local application data folder, the only place whose folder the feed creates (a typo in a given
        // path must not grow a directory tree). Whether the file opens is checked when the feed starts (FeedDatabase).
        private static string? ReadStoragePath(IConfiguration configuration, bool defaultNeeded, List<string> problems)
        {
            string? text = configuration[Switches["--db"]];
            if (text is null)
            {
                if (FeedSettings.DefaultStoragePath is null && defaultNeeded)
                {
                    problems.Add($"{Name("--db")} has no default here: this user has no local application data folder; give a file, or 'none' to keep everything in memory.");
                }

                return FeedSettings.DefaultStoragePath;
            }

            string path = text.Trim();
            foreach (string memory in MemoryOnly)
            {
                if (string.Equals(path, memory, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }

            string? full = null;
            try
            {
                full = path.Length == 0 || path.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || Directory.Exists(path) ? null : Path.GetFullPath(path);
            }
            catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
            {
            }

            if (full is null)
            {
                problems.Add($"{Name("--db")} must be a database file path, or 'none' (or ':memory:') to keep everything in memory; got '{text}'.");
                return null;
            }

            string? directory = Path.GetDirectoryName(full);
            if (directory is not null && !Directory.Exists(directory) && full != FeedSettings.DefaultStoragePath)
            {
                problems.Add($"{Name("--db")} must be a file in an existing directory (only the default location is created); '{directory}' does not exist; got '{text}'.");
                return null;
            }

            return full;
        }

        private static int ReadInt(
            IConfiguration configuration, string switchName, int min, int max, int fallback, List<string> problems, string note = "")
        {
            string? text = configuration[Switches[switchName]];
            if (text is null)
            {
                return fallback;
            }

            if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
                || value < min || value > max)
            {
                problems.Add($"{Name(switchName)} must be an integer from {min} to {max}{note}; got '{text}'.");
                return fallback;
            }

            return value;
        }

        // Addresses and CIDR networks, as System.Net.IPNetwork parses them: an address alone is a network of one.
        // A network written with bits past its prefix (10.0.0.1/8) is refused rather than guessed at.
        private static IReadOnlyList<IPNetwork> ReadNetworks(
            IConfiguration configuration, string switchName, IReadOnlyList<IPNetwork> fallback, List<string> problems)
        {
            string? text = configuration[Switches[switchName]];
            if (text is null)
            {
                return fallback;
            }

            string[] entries = text.Split(',', StringSplitOptions.TrimEntries);
            var networks = new List<IPNetwork>(entries.Length);
            foreach (string entry in entries)
            {
                int slash = entry.IndexOf('/');
                string address = slash < 0 ? entry : entry.Substring(0, slash);
                // IPAddress alone also takes "10" or "10.1" (classful shorthand): only the written-out forms count. IPNetwork
                // masks 10.0.0.1/8 to 10.0.0.0/8 silently: such a typo is refused, as the network meant is unclear.
                bool written = address.Contains(':') || address.Split('.').Length == 4;
                if (written && slash >= 0 && IPNetwork.TryParse(entry, out IPNetwork network)
                    && IPAddress.TryParse(address, out IPAddress? start) && start.Equals(network.BaseAddress))
                {
                    networks.Add(network);
                }
                else if (written && slash < 0 && IPAddress.TryParse(entry, out IPAddress? single))
                {
                    networks.Add(new IPNetwork(single, single.AddressFamily == AddressFamily.InterNetwork ? 32 : 128));
                }
                else
                {
                    problems.Add($"{Name(switchName)} must be a comma-separated list of IP addresses and CIDR networks, for example 127.0.0.1,10.0.0.0/8; '{entry}' in '{text}' is neither.");
                    return fallback;
                }
            }

            return networks;
        }

        private static bool ReadBool(IConfiguration configuration, string switchName, bool fallback, List<string> problems)
        {
            string? text = configuration[Switches[switchName]];
            if (text is null)
            {
                return fallback;
            }

            if (!bool.TryParse(text.Trim(), out bool value))
            {
                problems.Add($"{Name(switchName)} must be true or false; got '{text}'.");
                return fallback;
            }

            return value;
        }

        // A base address only: scheme ws or wss, a host, an optional port. The connector owns the venue's path and
        // query, so a base copied with a path (an old, switched-off route) is refused rather than silently combined.
        private static Uri ReadWebSocketUrl(IConfiguration configuration, string switchName, Uri fallback, List<string> problems)
        {
            string? text = configuration[Switches[switchName]];
            if (text is null)
            {
                return fallback;
            }

            if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out Uri? uri)
                || (uri.Scheme != "ws" && uri.Scheme != "wss")
                || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
            {
                problems.Add($"{Name(switchName)} must be a ws:// or wss:// base address with no path or query (for example wss://host:443); got '{text}'.");
                return fallback;
            }

            return uri;
        }

        // As for websockets: the poller owns each endpoint's path and query, the setting gives only where the venue is.
        private static Uri ReadHttpUrl(IConfiguration configuration, string switchName, Uri fallback, List<string> problems)
        {
            string? text = configuration[Switches[switchName]];
            if (text is null)
            {
                return fallback;
            }

            if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out Uri? uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
            {
                problems.Add($"{Name(switchName)} must be an http:// or https:// base address with no path or query (for example https://host:443); got '{text}'.");
                return fallback;
            }

            return uri;
        }

        // The file is created when the feed starts; here only what can be checked without touching the disk's
        // contents: a usable path whose directory exists.
        private static string? ReadRecordPath(IConfiguration configuration, List<string> problems)
        {
            string? text = configuration[Switches["--record"]];
            if (text is null)
            {
                return null;
            }

            string? directory = null;
            bool valid = text.Trim().Length > 0 && text.IndexOfAny(Path.GetInvalidPathChars()) < 0;
            if (valid)
            {
                try
                {
                    string full = Path.GetFullPath(text.Trim());
                    directory = Path.GetDirectoryName(full);
                    valid = !Directory.Exists(full) && directory is not null && Directory.Exists(directory);
                }
                catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
                {
                    valid = false;
                }
            }

            if (!valid)
            {
                problems.Add($"{Name("--record")} must be a file path in an existing directory (the recording is appended to); got '{text}'.");
                return null;
            }

            return text.Trim();
        }

        private static IReadOnlyList<string> ReadSymbols(
            IConfiguration configuration, string switchName, IReadOnlyList<string> fallback, List<string> problems)
        {
            string? text = configuration[Switches[switchName]];
            if (text is null)
            {
                return fallback;
            }

            string[] symbols = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            bool valid = symbols.Length is >= 1 and <= MaxSymbols;
            foreach (string symbol in symbols)
            {
                valid &= symbol.Length is >= 1 and <= 24;
                foreach (char c in symbol)
                {
                    valid &= c is >= 'A' and <= 'Z' or >= '0' and <= '9';
                }
            }

            if (!valid)
            {
                problems.Add($"{Name(switchName)} must be 1 to {MaxSymbols} comma-separated symbols of A-Z and 0-9, at most 24 characters each; got '{text}'.");
                return fallback;
            }

            return symbols;
        }

        // The file must exist at start: a typo is reported now, not as an empty replay later.
        private static string? ReadReplayPath(IConfiguration configuration, List<string> problems)
        {
            string? text = configuration[Switches["--replay"]];
            if (text is null)
            {
                return null;
            }

            string path = text.Trim();
            if (path.Length == 0 || Replay.ReplayFile.Locate(path) is null)
            {
                problems.Add($"{Name("--replay")} must be an existing recording (.jsonl or .jsonl.gz), a scenario folder or a shipped scenario's name (seed-dip, calm-day, short-squeeze); got '{text}'.");
                return null;
            }

            return path;
        }

        private static double ReadSpeed(IConfiguration configuration, List<string> problems)
        {
            string? text = configuration[Switches["--speed"]];
            if (text is null)
            {
                return 1;
            }

            if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                || !(value >= ReplaySpeedMin && value <= ReplaySpeedMax))
            {
                problems.Add($"{Name("--speed")} must be a number from {ReplaySpeedMin.ToString(CultureInfo.InvariantCulture)} to {ReplaySpeedMax.ToString(CultureInfo.InvariantCulture)} (simulated seconds per second); got '{text}'.");
                return 1;
            }

            return value;
        }

        /// <summary>Most Bybit symbols on one connection (Bybit allows 10 args per subscribe request; several requests are sent).</summary>
        public const int MaxSymbols = 50;

        private static string? ReadToken(IConfiguration configuration, List<string> problems)
        {
            string? token = configuration[Switches["--token"]];
            if (token is null)
            {
                return null;
            }

            bool printable = true;
            foreach (char c in token)
            {
                printable &= c is > ' ' and <= '~';
            }

            if (!printable || token.Length < TokenMinLength || token.Length > TokenMaxLength)
            {
                // The value itself is not echoed: it is a secret, even when it is a wrong one.
                problems.Add($"{Name("--token")} must be {TokenMinLength} to {TokenMaxLength} printable ASCII characters without spaces; got {token.Length} characters.");
                return null;
            }

            return token;
        }
    }
}
