using System;

namespace Ticker.Feed.Replay
{
    /// <summary>A recording or scenario that cannot be used; the message says which file and why.</summary>
    public sealed class ReplayException : Exception
    {
        public ReplayException(string message)
            : base(message)
        {
        }
    }
}
