namespace Ticker.Feed.Replay
{
    /// <summary>Hooks on a served replay, for tests and the emulator to synchronise on (no sleeping).</summary>
    public interface IReplayObserver
    {
        /// <summary>A pass began: at the replay's start, after a loop's end, or on a restart.</summary>
        void PassStarted(ReplayStatus status);

        /// <summary>A pass handed over its last record and ran its final tick.</summary>
        void PassEnded(ReplayStatus status);
    }
}
