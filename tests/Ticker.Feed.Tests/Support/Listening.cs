using System;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Aggregation;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>
    /// Time passing while venues stay connected: a live stream is never silent for long (mark prices, pongs), and
    /// the aggregator reads a longer silence as a gap in the venue's coverage.
    /// </summary>
    public static class Listening
    {
        /// <summary>Advances <paramref name="clock"/> by <paramref name="by"/> in one-minute steps, each venue heard at every step.</summary>
        public static void Advance(FakeTimeProvider clock, TimeSpan by, LiquidationAggregator aggregator, params string[] venues) =>
            Advance(clock, by, () =>
            {
                foreach (string venue in venues)
                {
                    aggregator.MarkVenueLive(venue);
                }
            });

        /// <summary>Advances <paramref name="clock"/> by <paramref name="by"/> in one-minute steps, calling <paramref name="heard"/> at every step.</summary>
        public static void Advance(FakeTimeProvider clock, TimeSpan by, Action heard)
        {
            ArgumentNullException.ThrowIfNull(clock);
            ArgumentNullException.ThrowIfNull(heard);
            TimeSpan step = TimeSpan.FromMinutes(1);
            for (TimeSpan left = by; left > TimeSpan.Zero; left -= step)
            {
                clock.Advance(left < step ? left : step);
                heard();
            }
        }
    }
}
