using System;
using System.Threading.Tasks;
using Ticker.Data;
using Ticker.Feed.Connectors;
using Ticker.Feed.Liquidations;

namespace Ticker.Benchmarks.AlertLatency
{
    /// <summary>The feed's connector hook: tells the harness when the feed has handled a Binance data frame.</summary>
    public sealed class FrameSignal : IConnectorObserver
    {
        private volatile TaskCompletionSource _nextData = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when the next Binance data frame has been handed to the ingest (call before sending it).</summary>
        public Task NextData()
        {
            _nextData = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _nextData.Task;
        }

        /// <inheritdoc/>
        public void FrameHandled(string venue, FrameKind kind)
        {
            if (venue == ExchangeIds.Binance && kind == FrameKind.Data)
            {
                _nextData.TrySetResult();
            }
        }

        /// <inheritdoc/>
        public void Subscribed(string venue)
        {
        }

        /// <inheritdoc/>
        public void PingSent(string venue)
        {
        }

        /// <inheritdoc/>
        public void BackingOff(string venue, TimeSpan delay, string reason)
        {
        }
    }
}
