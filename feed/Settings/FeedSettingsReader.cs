using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Configuration;

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
            ["--snapshot-interval"] = "Feed:SnapshotIntervalSeconds",
            ["--stale-after"] = "Feed:Sources:StaleAfterSeconds",
        };

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
                SnapshotIntervalSeconds = ReadInt(configuration, "--snapshot-interval", 1, 60, defaults.SnapshotIntervalSeconds, problems),
                StaleAfterSeconds = ReadInt(configuration, "--stale-after", 5, 86_400, defaults.StaleAfterSeconds, problems),
            };

            if (problems.Count > 0)
            {
                throw new FeedSettingsException(problems);
            }

            return settings;
        }

        private static string Name(string switchName) => $"{Switches[switchName]} ({switchName})";

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
