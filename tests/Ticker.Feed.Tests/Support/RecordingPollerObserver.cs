using System;
using System.Threading.Channels;
using System.Threading.Tasks;
using Ticker.Feed.Polling;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>What the pollers report, as queues a test awaits (with a failure guard) instead of sleeping.</summary>
    internal sealed class RecordingPollerObserver : IPollerObserver
    {
        private readonly Channel<(string Group, string Url, int? Status)> _fetched = Channel.CreateUnbounded<(string, string, int?)>();
        private readonly Channel<(string Group, TimeSpan Delay)> _waiting = Channel.CreateUnbounded<(string, TimeSpan)>();

        public void Fetched(string group, string url, int? status) => _fetched.Writer.TryWrite((group, url, status));

        public void Waiting(string group, TimeSpan delay) => _waiting.Writer.TryWrite((group, delay));

        public async Task<(string Group, string Url, int? Status)> NextFetched() => await _fetched.Reader.ReadAsync().AsTask().WaitAsync(FakeExchange.Guard);

        public async Task<(string Group, TimeSpan Delay)> NextWaiting() => await _waiting.Reader.ReadAsync().AsTask().WaitAsync(FakeExchange.Guard);
    }
}
