namespace Ticker.Feed.Replay
{
    /// <summary>The observer when nobody watches.</summary>
    public sealed class NullReplayObserver : IReplayObserver
    {
        public void PassStarted(ReplayStatus status)
        {
        }

        public void PassEnded(ReplayStatus status)
        {
        }
    }
}
