namespace Ticker.Platform
{
    /// <summary>
    /// One GET the core wants made. The app keeps a single instance and updates it, so polling allocates nothing
    /// but the URL strings it caches.
    /// </summary>
    public sealed class HttpRequest
    {
        /// <summary>Full URL, query included.</summary>
        public string Url { get; internal set; }

        /// <summary>The last ETag received, for <c>If-None-Match</c>; null when there is none.</summary>
        public string IfNoneMatch { get; internal set; }

        /// <summary>Sent as <c>Authorization: Bearer ...</c> when not null.</summary>
        public string BearerToken { get; internal set; }

        /// <summary>How long the adapter may wait for the whole response (long-poll hold included).</summary>
        public int TimeoutMs { get; internal set; }
    }
}
