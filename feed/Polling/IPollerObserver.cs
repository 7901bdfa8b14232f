using System;

namespace Ticker.Feed.Polling
{
    /// <summary>Hooks tests and benchmarks synchronise on (instead of sleeping): what a poller did and how long it now waits.</summary>
    public interface IPollerObserver
    {
        /// <summary>A request ended: <paramref name="status"/> is the HTTP status, or null when no answer came (error, timeout).</summary>
        void Fetched(string group, string url, int? status);

        /// <summary>The poller waits <paramref name="delay"/> on the feed clock; the wait is armed before this is called.</summary>
        void Waiting(string group, TimeSpan delay);
    }

    /// <summary>The observer when nobody observes.</summary>
    public sealed class NullPollerObserver : IPollerObserver
    {
        public static readonly NullPollerObserver Instance = new();

        private NullPollerObserver()
        {
        }

        public void Fetched(string group, string url, int? status)
        {
        }

        public void Waiting(string group, TimeSpan delay)
        {
        }
    }
}
