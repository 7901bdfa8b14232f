using System;
using System.Collections.Generic;
using Ticker.Feed.Alerts;

namespace Ticker.Feed.Storage
{
    /// <summary>The alert history in the feed's database: each change written at once, so /v1/alerts survives a restart.</summary>
    public sealed class SqliteAlertHistory : IAlertHistory
    {
        private readonly FeedDatabase _database;

        public SqliteAlertHistory(FeedDatabase database)
        {
            _database = database ?? throw new ArgumentNullException(nameof(database));
        }

        public void Record(AlertTransition transition) => _database.AddAlertTransition(transition);

        public IReadOnlyList<AlertTransition> Since(long sinceUnixSeconds) => _database.LoadAlertTransitions(sinceUnixSeconds);
    }
}
