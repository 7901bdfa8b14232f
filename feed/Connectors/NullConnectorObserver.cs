using System;
using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Connectors
{
    /// <summary>The production observer: nothing watches, the connectors' health is in SourceRegistry and the log.</summary>
    public sealed class NullConnectorObserver : IConnectorObserver
    {
        public static readonly NullConnectorObserver Instance = new();

        public void Subscribed(string venue)
        {
        }

        public void FrameHandled(string venue, FrameKind kind)
        {
        }

        public void PingSent(string venue)
        {
        }

        public void BackingOff(string venue, TimeSpan delay, string reason)
        {
        }
    }
}
