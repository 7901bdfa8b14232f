using System;

namespace Ticker.Feed.Connectors
{
    /// <summary>
    /// Reconnect delays: doubling from a minimum to a maximum, each drawn uniformly from [half, full] of its step so
    /// that many feeds (or three connectors after a network blip) do not reconnect in lockstep. The random source is
    /// injected so tests get a fixed sequence.
    /// </summary>
    /// <remarks>Not thread-safe: one per connector loop.</remarks>
    public sealed class ReconnectBackoff
    {
        private readonly TimeSpan _min;
        private readonly TimeSpan _max;
        private readonly Random _random;
        private int _attempt;

        public ReconnectBackoff(TimeSpan min, TimeSpan max, Random random)
        {
            if (min <= TimeSpan.Zero || max < min)
            {
                throw new ArgumentOutOfRangeException(nameof(max), $"Need 0 < min <= max; got {min} and {max}.");
            }

            _min = min;
            _max = max;
            _random = random ?? throw new ArgumentNullException(nameof(random));
        }

        /// <summary>The delay before the next attempt; each call without <see cref="Reset"/> doubles the step.</summary>
        public TimeSpan Next()
        {
            // Capped exponent: 2^30 × 1 s is far past any maximum, and the shift must not overflow.
            double step = Math.Min(_max.TotalMilliseconds, _min.TotalMilliseconds * Math.Pow(2, Math.Min(_attempt, 30)));
            _attempt++;
            double jittered = step / 2 + (_random.NextDouble() * step / 2);
            return TimeSpan.FromMilliseconds(Math.Max(_min.TotalMilliseconds / 2, Math.Round(jittered)));
        }

        /// <summary>A connection delivered data: the next failure starts again from the minimum.</summary>
        public void Reset() => _attempt = 0;
    }
}
