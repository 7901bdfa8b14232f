using System;
using System.Threading.Channels;
using System.Threading.Tasks;
using Ticker.Feed.Connectors;
using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>What the connectors report, as queues a test awaits (with a failure guard) instead of sleeping.</summary>
    internal sealed class RecordingObserver : IConnectorObserver
    {
        private readonly Channel<string> _subscribed = Channel.CreateUnbounded<string>();
        private readonly Channel<(string Venue, FrameKind Kind)> _frames = Channel.CreateUnbounded<(string, FrameKind)>();
        private readonly Channel<string> _pings = Channel.CreateUnbounded<string>();
        private readonly Channel<(string Venue, TimeSpan Delay, string Reason)> _backoffs = Channel.CreateUnbounded<(string, TimeSpan, string)>();

        public void Subscribed(string venue) => _subscribed.Writer.TryWrite(venue);

        public void FrameHandled(string venue, FrameKind kind) => _frames.Writer.TryWrite((venue, kind));

        public void PingSent(string venue) => _pings.Writer.TryWrite(venue);

        public void BackingOff(string venue, TimeSpan delay, string reason) => _backoffs.Writer.TryWrite((venue, delay, reason));

        public Task<string> NextSubscribed() => Next(_subscribed);

        public Task<(string Venue, FrameKind Kind)> NextFrame() => Next(_frames);

        public Task<string> NextPing() => Next(_pings);

        public Task<(string Venue, TimeSpan Delay, string Reason)> NextBackoff() => Next(_backoffs);

        private static async Task<T> Next<T>(Channel<T> channel) => await channel.Reader.ReadAsync().AsTask().WaitAsync(FakeExchange.Guard);
    }
}
