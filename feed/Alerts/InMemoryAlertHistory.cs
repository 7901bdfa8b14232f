using System;
using System.Collections.Generic;
using System.Threading;
using Ticker.Feed.State;

namespace Ticker.Feed.Alerts
{
    /// <summary>The alert history in memory, bounded to the latest <see cref="Capacity"/> changes; empty at start.</summary>
    public sealed class InMemoryAlertHistory : IAlertHistory, IResettableState
    {
        /// <summary>Changes kept: weeks of a very nervous market.</summary>
        public const int Capacity = 1000;

        private readonly Lock _gate = new();
        private readonly LinkedList<AlertTransition> _transitions = new();

        public void Record(AlertTransition transition)
        {
            ArgumentNullException.ThrowIfNull(transition);
            lock (_gate)
            {
                // Kept in time order even if a late record arrives: readers page with "since".
                LinkedListNode<AlertTransition>? after = _transitions.Last;
                while (after is not null && after.Value.At > transition.At)
                {
                    after = after.Previous;
                }

                if (after is null)
                {
                    _transitions.AddFirst(transition);
                }
                else
                {
                    _transitions.AddAfter(after, transition);
                }

                if (_transitions.Count > Capacity)
                {
                    _transitions.RemoveFirst();
                }
            }
        }

        /// <summary>Forgets every change (a new replay pass).</summary>
        public void Reset()
        {
            lock (_gate)
            {
                _transitions.Clear();
            }
        }

        public IReadOnlyList<AlertTransition> Since(long sinceUnixSeconds)
        {
            var found = new List<AlertTransition>();
            lock (_gate)
            {
                foreach (AlertTransition transition in _transitions)
                {
                    if (transition.At > sinceUnixSeconds)
                    {
                        found.Add(transition);
                    }
                }
            }

            return found;
        }
    }
}
