namespace Ticker.Feed.State
{
    /// <summary>
    /// A part of the feed that holds market state (readings, windows, alert level, history). A looping or
    /// restarted replay resets every registered one to how a freshly started feed has it, so each pass starts from
    /// a clean market; the snapshot's <c>seq</c> (SnapshotBuilder, SnapshotHub) is not market state and keeps counting.
    /// </summary>
    /// <remarks>A new stateful part registers itself as <c>IResettableState</c> in FeedServices, or a replay's second pass sees the first one's leftovers.</remarks>
    public interface IResettableState
    {
        /// <summary>Forgets everything learnt since start. Called on the replay's thread between passes, with no input flowing.</summary>
        void Reset();
    }
}
