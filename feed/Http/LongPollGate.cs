using System;
using System.Threading;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Http
{
    /// <summary>
    /// Bounds the long-polls held at once. Each held request keeps a connection and a timer; past the bound a
    /// request is answered at once (the contract's behaviour for a feed that does not hold), so a flood of
    /// clients costs answers, not memory.
    /// </summary>
    public sealed class LongPollGate
    {
        private int _waiting;

        public LongPollGate(FeedSettings settings)
        {
            Capacity = settings.MaxWaiters;
        }

        /// <summary>Most requests held at once.</summary>
        public int Capacity { get; }

        /// <summary>Requests held now.</summary>
        public int Waiting => Volatile.Read(ref _waiting);

        /// <summary>Raised with the new count whenever a request starts or stops waiting (diagnostics; the tests wait on it instead of sleeping).</summary>
        public event Action<int>? WaitingChanged;

        /// <summary>Takes a place if one is free.</summary>
        public bool TryEnter()
        {
            while (true)
            {
                int waiting = Volatile.Read(ref _waiting);
                if (waiting >= Capacity)
                {
                    return false;
                }

                if (Interlocked.CompareExchange(ref _waiting, waiting + 1, waiting) == waiting)
                {
                    WaitingChanged?.Invoke(waiting + 1);
                    return true;
                }
            }
        }

        /// <summary>Gives back a place taken by <see cref="TryEnter"/>.</summary>
        public void Exit()
        {
            // Decrement first, on its own line: inside "WaitingChanged?.Invoke(...)" the argument is evaluated only
            // when someone listens, so with no listener (every feed outside the tests) no place was ever given back.
            int waiting = Interlocked.Decrement(ref _waiting);
            WaitingChanged?.Invoke(waiting);
        }
    }
}
