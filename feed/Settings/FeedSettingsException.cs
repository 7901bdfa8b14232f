using System;
using System.Collections.Generic;

namespace Ticker.Feed.Settings
{
    /// <summary>Settings the feed cannot start with; each problem names the setting, its switch and what it accepts.</summary>
    public sealed class FeedSettingsException : Exception
    {
        public FeedSettingsException(IReadOnlyList<string> problems)
            : base("Invalid settings:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems))
        {
            Problems = problems;
        }

        public IReadOnlyList<string> Problems { get; }
    }
}
