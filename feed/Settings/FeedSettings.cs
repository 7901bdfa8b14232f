namespace Ticker.Feed.Settings
{
    /// <summary>
    /// The feed's settings, read and checked once at start by <see cref="FeedSettingsReader"/>; the defaults are
    /// what a home deployment with a handful of devices needs.
    /// </summary>
    public sealed record FeedSettings
    {
        /// <summary>Bearer token the /v1 endpoints require; null = open feed.</summary>
        public string? Token { get; init; }

        /// <summary>Longest long-poll held, seconds (the snapshot's <c>waitMax</c>); 0 = no long-polling.</summary>
        public int WaitMaxSeconds { get; init; } = 25;

        /// <summary>Most long-polls held at once; past it, requests are answered at once.</summary>
        public int MaxWaiters { get; init; } = 1000;

        /// <summary>Requests per minute one client (IP address) may make to /v1, sustained.</summary>
        public int RateLimitPerMinute { get; init; } = 120;

        /// <summary>Requests one client may make in a burst above the sustained rate.</summary>
        public int RateLimitBurst { get; init; } = 20;

        /// <summary>How often the snapshot is rebuilt, seconds. At least 1: <c>seq</c> leans on it (see SnapshotBuilder).</summary>
        public int SnapshotIntervalSeconds { get; init; } = 1;

        /// <summary>How long a source may go without good data and still count as ok, seconds.</summary>
        public int StaleAfterSeconds { get; init; } = 120;

        /// <summary>The snapshot's <c>waitMax</c>: null when long-polling is off.</summary>
        public int? WaitMax => WaitMaxSeconds > 0 ? WaitMaxSeconds : null;
    }
}
