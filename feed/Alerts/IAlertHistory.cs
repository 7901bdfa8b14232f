using System.Collections.Generic;

namespace Ticker.Feed.Alerts
{
    /// <summary>
    /// The cascade alert's past changes, for <c>GET /v1/alerts</c>. The cascade detector (not built yet) records;
    /// SQLite persistence (not built yet) will keep them across restarts.
    /// </summary>
    public interface IAlertHistory
    {
        /// <summary>Records a change.</summary>
        void Record(AlertTransition transition);

        /// <summary>Changes after <paramref name="sinceUnixSeconds"/> (exclusive: pass the last one seen), oldest first.</summary>
        IReadOnlyList<AlertTransition> Since(long sinceUnixSeconds);
    }
}
