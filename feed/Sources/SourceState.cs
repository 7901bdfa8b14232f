namespace Ticker.Feed.Sources
{
    /// <summary>How a source is doing, as /healthz shows it.</summary>
    public enum SourceState
    {
        /// <summary>Registered, but has never delivered good data.</summary>
        Never,

        /// <summary>Delivered good data recently.</summary>
        Ok,

        /// <summary>Good data once, but nothing for longer than the stale limit (a silent socket is a dead one).</summary>
        Stale,

        /// <summary>Its connector reported a failure since the last good data.</summary>
        Failing,

        /// <summary>Its connector is opening a connection and nothing good has arrived on it yet (no failure pending).</summary>
        Connecting,
    }
}
