using System.Collections.Concurrent;
using System.Threading.Tasks;
using Ticker.Feed.Replay;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>Lets a test await a served replay's passes starting and ending, instead of sleeping.</summary>
    internal sealed class ReplayWatcher : IReplayObserver
    {
        private readonly ConcurrentDictionary<int, TaskCompletionSource<ReplayStatus>> _started = new();
        private readonly ConcurrentDictionary<int, TaskCompletionSource<ReplayStatus>> _ended = new();

        public Task<ReplayStatus> Started(int pass) => Signal(_started, pass).Task;

        public Task<ReplayStatus> Ended(int pass) => Signal(_ended, pass).Task;

        public void PassStarted(ReplayStatus status) => Signal(_started, status.Pass).TrySetResult(status);

        public void PassEnded(ReplayStatus status) => Signal(_ended, status.Pass).TrySetResult(status);

        private static TaskCompletionSource<ReplayStatus> Signal(ConcurrentDictionary<int, TaskCompletionSource<ReplayStatus>> signals, int pass) =>
            signals.GetOrAdd(pass, _ => new TaskCompletionSource<ReplayStatus>(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
