using System;
using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Connectors
{
    /// <summary>
    /// Points in a connector's life, for tests and the latency benchmark to synchronise on instead of sleeping. Each
    /// call happens after the state it names is in place (a backoff's timer is already armed on the clock when
    /// <see cref="BackingOff"/> runs), so advancing a fake clock right after it is safe. Calls must return quickly.
    /// </summary>
    public interface IConnectorObserver
    {
        /// <summary>The subscription messages were sent; the watchdog and heartbeat timer is running.</summary>
        void Subscribed(string venue);

        /// <summary>A received text frame was handed to the ingest.</summary>
        void FrameHandled(string venue, FrameKind kind);

        /// <summary>A heartbeat was sent.</summary>
        void PingSent(string venue);

        /// <summary>The connection ended (or never opened) for <paramref name="reason"/>; the next attempt is in <paramref name="delay"/>.</summary>
        void BackingOff(string venue, TimeSpan delay, string reason);
    }
}
