using System.Threading;
using System.Threading.Tasks;

namespace Ticker.Feed.Snapshots
{
    /// <summary>
    /// The snapshot being served, and a task that completes with the next one: what long-polls wait on. One
    /// immutable (current, next) pair is swapped on publish, so a reader can never see the current snapshot of one
    /// moment with the "next" of another and miss a change.
    /// </summary>
    public sealed class SnapshotHub
    {
        private readonly Lock _gate = new();
        private Observation _state = new(null, NewSignal());

        /// <summary>The snapshot being served; null until the first is published.</summary>
        public BuiltSnapshot? Current => Volatile.Read(ref _state).Current;

        /// <summary>The current snapshot and a task completing with the one after it.</summary>
        public Observation Observe() => Volatile.Read(ref _state);

        /// <summary>Serves <paramref name="snapshot"/> and wakes every waiter; false (and nothing woken) when it is the one already served.</summary>
        public bool Publish(BuiltSnapshot snapshot)
        {
            TaskCompletionSource<BuiltSnapshot> woken;
            lock (_gate)
            {
                Observation state = _state;
                if (state.Current is not null && state.Current.Seq == snapshot.Seq)
                {
                    return false;
                }

                woken = state.NextSource;
                Volatile.Write(ref _state, new Observation(snapshot, NewSignal()));
            }

            // Continuations run asynchronously (see NewSignal): waking a thousand long-polls does not run them here.
            woken.TrySetResult(snapshot);
            return true;
        }

        private static TaskCompletionSource<BuiltSnapshot> NewSignal() =>
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The served snapshot at one moment, and the signal of the one after it.</summary>
        public sealed class Observation
        {
            internal Observation(BuiltSnapshot? current, TaskCompletionSource<BuiltSnapshot> next)
            {
                Current = current;
                NextSource = next;
            }

            /// <summary>The snapshot served at that moment, or null before the first.</summary>
            public BuiltSnapshot? Current { get; }

            /// <summary>Completes with the next snapshot published.</summary>
            public Task<BuiltSnapshot> Next => NextSource.Task;

            internal TaskCompletionSource<BuiltSnapshot> NextSource { get; }
        }
    }
}
