namespace Ticker.Feed.Aggregation
{
    /// <summary>Whether the aggregator kept an event.</summary>
    public enum AddResult
    {
        /// <summary>Counted.</summary>
        Added,

        /// <summary>Older than the retention: no window the feed serves can contain it.</summary>
        TooOld,

        /// <summary>Stamped further ahead of the feed's clock than clock skew explains: a bad timestamp.</summary>
        TooNew,

        /// <summary>Not a positive notional.</summary>
        Invalid,

        /// <summary>The identical event (venue, symbol, side, exchange time, notional) was counted already: a reconnect or a backfill sent it again.</summary>
        Duplicate,
    }
}
