using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Ticker.Feed.Backfill
{
    /// <summary>
    /// At most <c>limit</c> requests in any <c>window</c> of the feed clock: the caller awaits <see cref="NextAsync"/>
    /// before each request, which returns at once while the budget lasts and otherwise waits for the oldest request
    /// to leave the window. Not thread-safe: one caller.
    /// </summary>
    public sealed class RequestPacer
    {
        private readonly int _limit;
        private readonly long _windowMs;
        private readonly TimeProvider _time;
        private readonly Queue<long> _sent = new();

        public RequestPacer(int limit, TimeSpan window, TimeProvider time)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
            _limit = limit;
            _windowMs = (long)window.TotalMilliseconds;
            _time = time ?? throw new ArgumentNullException(nameof(time));
        }

        /// <summary>Waits until a request may be sent, and counts it as sent then.</summary>
        public async Task NextAsync(CancellationToken cancel)
        {
            while (true)
            {
                long now = _time.GetUtcNow().ToUnixTimeMilliseconds();
                while (_sent.Count > 0 && _sent.Peek() <= now - _windowMs)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < _limit)
                {
                    _sent.Enqueue(now);
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(_sent.Peek() + _windowMs - now), _time, cancel).ConfigureAwait(false);
            }
        }
    }
}
