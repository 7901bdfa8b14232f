using System.Globalization;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Http
{
    /// <summary>
    /// The snapshot's <c>Cache-Control</c> (docs/metrics-endpoint.md, Caching): what lets nginx or a CDN answer a
    /// fleet's plain polls with one request per refresh reaching the feed, without ever showing a device an old snapshot
    /// as current for long.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>A plain poll (no <c>wait</c>), 200 and 304 alike (RFC 9110 15.4.5: a 304 carries what the 200 would):
    /// <c>public, max-age=0, s-maxage=N, stale-while-revalidate=N</c> with N the refresh interval. A shared cache may
    /// answer from its copy for one refresh (s-maxage), then must revalidate; while one revalidation is under way it
    /// may keep answering from the old copy for at most one more refresh (RFC 5861), which is what lets a cache send
    /// one request per refresh to the feed instead of one per waiting client. nginx reads s-maxage before max-age and
    /// honours stale-while-revalidate (1.11.10+). A private cache (a browser) revalidates every time (max-age=0).</item>
    /// <item>A feed with a token: <c>private, no-cache</c>. A shared cache keys on the URL, not on the
    /// <c>Authorization</c> header, so a stored copy would be handed to requests without the token (RFC 9111 3.5
    /// allows it once <c>public</c> or <c>s-maxage</c> is given). docs/deploy.md shows the token checked in nginx instead.</item>
    /// <item>Any request with <c>wait</c>: <c>no-store</c>. A long-poll's answer depends on the client's
    /// <c>If-None-Match</c> and on when it was held, not on the URL alone; and a cache collapsing held requests behind
    /// one lock would delay them all.</item>
    /// </list>
    /// </remarks>
    public sealed class SnapshotCacheControl
    {
        public const string LongPoll = "no-store";

        public const string WithToken = "private, no-cache";

        public SnapshotCacheControl(FeedSettings settings)
        {
            string refresh = settings.SnapshotIntervalSeconds.ToString(CultureInfo.InvariantCulture);
            Poll = settings.Token is null
                ? $"public, max-age=0, s-maxage={refresh}, stale-while-revalidate={refresh}"
                : WithToken;
        }

        /// <summary>For a 200 or 304 to a request without <c>wait</c>.</summary>
        public string Poll { get; }

        /// <summary>The header for an answer to a request with (<paramref name="longPoll"/>) or without <c>wait</c>.</summary>
        public string For(bool longPoll) => longPoll ? LongPoll : Poll;
    }
}
