using System;
using Ticker.Feed.Connectors;
using Xunit;

namespace Ticker.Feed.Tests.Connectors
{
    /// <summary>Reconnect delays double from the minimum to the maximum, with jitter in [half, full] of each step.</summary>
    public class ReconnectBackoffTests
    {
        [Fact]
        public void Delays_double_up_to_the_maximum_within_their_jitter_and_reset_after_success()
        {
            var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), new Random(1));
            double[] steps = { 1, 2, 4, 8, 10, 10 };
            foreach (double step in steps)
            {
                Assert.InRange(backoff.Next().TotalSeconds, step / 2, step);
            }

            backoff.Reset();
            Assert.InRange(backoff.Next().TotalSeconds, 0.5, 1);
        }

        [Fact]
        public void The_same_seed_gives_the_same_delays()
        {
            var a = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(42));
            var b = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(42));
            for (int i = 0; i < 8; i++)
            {
                Assert.Equal(a.Next(), b.Next());
            }
        }

        [Fact]
        public void Many_attempts_stay_at_the_maximum_without_overflow()
        {
            var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(3));
            for (int i = 0; i < 200; i++)
            {
                Assert.InRange(backoff.Next().TotalSeconds, 0.5, 60);
            }
        }
    }
}
