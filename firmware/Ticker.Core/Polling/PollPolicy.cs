using Ticker.Maths;

namespace Ticker.Polling
{
    /// <summary>
    /// When to ask the feed next, and whether what is on screen is still fresh.
    /// <list type="bullet">
    /// <item>Plain polling every <c>interval</c> seconds (default 10).</item>
    /// <item>Long-poll when the feed offers it (<c>waitMax</c> in its snapshot) and the settings allow: the next
    /// request goes out as soon as the previous one is answered, and the feed holds it until the data changes, so
    /// an alert reaches the device within about a second.</item>
    /// <item>After failures, exponential backoff from the interval, doubling up to 5 minutes, with "equal jitter"
    /// (half fixed, half random) so a fleet of devices does not return in step; <c>Retry-After</c> is honoured
    /// (up to 10 minutes).</item>
    /// <item>STALE when no good answer (a decodable 200 or a 304) came for three intervals, or for the long-poll
    /// hold plus one interval when that is longer.</item>
    /// </list>
    /// All times are uptime milliseconds from the caller.
    /// </summary>
    public sealed class PollPolicy
    {
        public const int MaxBackoffMs = 300000;
        public const int MaxRetryAfterMs = 600000;
        public const int MaxWaitS = 25;

        // A long-poll answered faster than this with 304 means the feed did not hold it: fall back to the interval
        // instead of spinning.
        private const int MinHeldMs = 1000;

        private readonly int _intervalMs;
        private readonly bool _longPollAllowed;
        private readonly Xorshift32 _random;
        private long _nextAtMs;
        private long _lastGoodMs;
        private bool _hadGood;
        private long _requestStartedMs;
        private int _failures;
        private int _waitS;

        public PollPolicy(int intervalS, bool longPollAllowed, uint seed)
        {
            _intervalMs = intervalS * 1000;
            _longPollAllowed = longPollAllowed;
            _random = new Xorshift32(seed);
        }

        /// <summary>Uptime at which the next request is due (0: at once).</summary>
        public long NextRequestAtMs
        {
            get { return _nextAtMs; }
        }

        /// <summary>Seconds the next request asks the feed to hold it (<c>wait=</c>); 0 for a plain poll.</summary>
        public int WaitS
        {
            get { return _waitS; }
        }

        public int ConsecutiveFailures
        {
            get { return _failures; }
        }

        public bool HasHadGoodResponse
        {
            get { return _hadGood; }
        }

        /// <summary>Uptime of the last good answer (meaningful once <see cref="HasHadGoodResponse"/>).</summary>
        public long LastGoodMs
        {
            get { return _lastGoodMs; }
        }

        /// <summary>How long without a good answer makes the data stale.</summary>
        public long StaleAfterMs
        {
            get
            {
                long byInterval = 3L * _intervalMs;
                long byHold = (_waitS * 1000L) + _intervalMs;
                return byHold > byInterval ? byHold : byInterval;
            }
        }

        public bool IsDue(long nowMs)
        {
            return nowMs >= _nextAtMs;
        }

        /// <summary>True once data was shown and no good answer came for <see cref="StaleAfterMs"/>.</summary>
        public bool IsStale(long nowMs)
        {
            return _hadGood && nowMs - _lastGoodMs >= StaleAfterMs;
        }

        public void OnRequestStarted(long nowMs)
        {
            _requestStartedMs = nowMs;
        }

        /// <summary>A good answer: a 200 whose snapshot decoded, or a 304 (what we show is current).</summary>
        /// <param name="feedWaitMaxS">The feed's <c>waitMax</c> from the snapshot on screen; 0 if it does not long-poll.</param>
        public void OnSuccess(long nowMs, bool notModified, long feedWaitMaxS)
        {
            _failures = 0;
            _hadGood = true;
            _lastGoodMs = nowMs;

            int wait = 0;
            if (_longPollAllowed && feedWaitMaxS > 0)
            {
                wait = feedWaitMaxS > MaxWaitS ? MaxWaitS : (int)feedWaitMaxS;
            }

            bool held = nowMs - _requestStartedMs >= MinHeldMs;
            if (wait > 0 && (!notModified || held || _waitS == 0))
            {
                _nextAtMs = nowMs;
            }
            else
            {
                _nextAtMs = nowMs + _intervalMs;
            }

            _waitS = wait;
        }

        /// <summary>No usable answer: network error, HTTP error, or a body that did not decode.</summary>
        /// <param name="retryAfterS">The feed's Retry-After in seconds, or 0.</param>
        public void OnFailure(long nowMs, int retryAfterS)
        {
            if (_failures < 30)
            {
                _failures++;
            }

            long backoff = _intervalMs;
            for (int i = 1; i < _failures && backoff < MaxBackoffMs; i++)
            {
                backoff *= 2;
            }

            if (backoff > MaxBackoffMs)
            {
                backoff = MaxBackoffMs;
            }

            long delay = (backoff / 2) + _random.NextBelow((backoff / 2) + 1);
            long retryAfterMs = retryAfterS * 1000L;
            if (retryAfterMs > MaxRetryAfterMs)
            {
                retryAfterMs = MaxRetryAfterMs;
            }

            if (retryAfterMs > delay)
            {
                delay = retryAfterMs;
            }

            _nextAtMs = nowMs + delay;

            // A failing feed gets plain polls until it answers again.
            _waitS = 0;
        }
    }
}
