using Ticker.Polling;
using Xunit;

namespace Ticker.Core.Tests.Polling
{
    public class PollPolicyTests
    {
        private const int Interval = 10;

        [Fact]
        public void First_request_is_due_at_once_as_a_plain_poll()
        {
            var poll = new PollPolicy(Interval, true, 1);
            Assert.True(poll.IsDue(0));
            Assert.Equal(0, poll.WaitS);
            Assert.False(poll.IsStale(1_000_000));
        }

        [Fact]
        public void Without_long_poll_the_next_request_waits_one_interval()
        {
            var poll = new PollPolicy(Interval, true, 1);
            poll.OnRequestStarted(0);
            poll.OnSuccess(200, false, 0);
            Assert.Equal(10_200, poll.NextRequestAtMs);
            Assert.False(poll.IsDue(10_199));
            Assert.True(poll.IsDue(10_200));
            Assert.Equal(0, poll.WaitS);
        }

        [Fact]
        public void A_feed_that_long_polls_is_asked_again_at_once_with_a_capped_wait()
        {
            var poll = new PollPolicy(Interval, true, 1);
            poll.OnRequestStarted(0);
            poll.OnSuccess(150, false, 30);
            Assert.Equal(150, poll.NextRequestAtMs);
            Assert.Equal(PollPolicy.MaxWaitS, poll.WaitS);

            // The feed held the request, then answered 304: ask again at once.
            poll.OnRequestStarted(150);
            poll.OnSuccess(25_150, true, 30);
            Assert.Equal(25_150, poll.NextRequestAtMs);
        }

        [Fact]
        public void Long_poll_is_not_used_when_the_settings_turn_it_off()
        {
            var poll = new PollPolicy(Interval, false, 1);
            poll.OnRequestStarted(0);
            poll.OnSuccess(100, false, 30);
            Assert.Equal(0, poll.WaitS);
            Assert.Equal(10_100, poll.NextRequestAtMs);
        }

        [Fact]
        public void A_long_poll_answered_304_at_once_falls_back_to_the_interval_instead_of_spinning()
        {
            var poll = new PollPolicy(Interval, true, 1);
            poll.OnRequestStarted(0);
            poll.OnSuccess(100, false, 30);
            poll.OnRequestStarted(100);
            poll.OnSuccess(180, true, 30);
            Assert.Equal(10_180, poll.NextRequestAtMs);
        }

        [Theory]
        [InlineData(1, 10_000)]
        [InlineData(2, 20_000)]
        [InlineData(3, 40_000)]
        [InlineData(5, 160_000)]
        [InlineData(6, 300_000)]
        [InlineData(20, 300_000)]
        public void Failures_back_off_exponentially_with_equal_jitter_up_to_five_minutes(int failures, long backoffMs)
        {
            var poll = new PollPolicy(Interval, true, 7);
            long now = 0;
            for (int i = 0; i < failures; i++)
            {
                poll.OnRequestStarted(now);
                poll.OnFailure(now, 0);
                if (i < failures - 1)
                {
                    now = poll.NextRequestAtMs;
                }
            }

            long delay = poll.NextRequestAtMs - now;
            Assert.InRange(delay, backoffMs / 2, backoffMs);
            Assert.Equal(failures > 30 ? 30 : failures, poll.ConsecutiveFailures);
        }

        [Fact]
        public void Jitter_spreads_devices_and_is_reproducible_from_the_seed()
        {
            long DelayFor(uint seed)
            {
                var poll = new PollPolicy(Interval, true, seed);
                poll.OnFailure(0, 0);
                poll.OnFailure(0, 0);
                poll.OnFailure(0, 0);
                return poll.NextRequestAtMs;
            }

            Assert.Equal(DelayFor(42), DelayFor(42));
            var distinct = new System.Collections.Generic.HashSet<long>();
            for (uint seed = 1; seed <= 50; seed++)
            {
                distinct.Add(DelayFor(seed));
            }

            Assert.True(distinct.Count > 40, $"only {distinct.Count} distinct delays for 50 devices");
        }

        [Fact]
        public void Retry_after_is_honoured_when_longer_than_the_backoff()
        {
            var poll = new PollPolicy(Interval, true, 3);
            poll.OnFailure(1_000, 120);
            Assert.Equal(121_000, poll.NextRequestAtMs);
        }

        [Fact]
        public void Retry_after_is_capped_at_ten_minutes()
        {
            var poll = new PollPolicy(Interval, true, 3);
            poll.OnFailure(0, 86_400);
            Assert.Equal(PollPolicy.MaxRetryAfterMs, poll.NextRequestAtMs);
        }

        [Fact]
        public void A_failure_drops_the_long_poll_until_the_feed_answers_again()
        {
            var poll = new PollPolicy(Interval, true, 3);
            poll.OnSuccess(0, false, 30);
            Assert.Equal(25, poll.WaitS);
            poll.OnFailure(100, 0);
            Assert.Equal(0, poll.WaitS);
        }

        [Fact]
        public void Success_resets_the_backoff()
        {
            var poll = new PollPolicy(Interval, true, 3);
            poll.OnFailure(0, 0);
            poll.OnFailure(0, 0);
            poll.OnRequestStarted(50_000);
            poll.OnSuccess(50_100, false, 0);
            Assert.Equal(0, poll.ConsecutiveFailures);
            Assert.Equal(60_100, poll.NextRequestAtMs);
        }

        [Fact]
        public void Data_goes_stale_after_three_intervals_without_a_good_answer()
        {
            var poll = new PollPolicy(Interval, false, 3);
            poll.OnSuccess(1_000, false, 0);
            poll.OnFailure(11_000, 0);
            Assert.False(poll.IsStale(30_999));
            Assert.True(poll.IsStale(31_000));

            poll.OnSuccess(31_500, true, 0);
            Assert.False(poll.IsStale(31_500));
        }

        [Fact]
        public void A_long_poll_hold_does_not_count_as_staleness()
        {
            var poll = new PollPolicy(Interval, true, 3);
            poll.OnSuccess(0, false, 30);
            Assert.Equal(35_000, poll.StaleAfterMs);
            Assert.False(poll.IsStale(30_000));
            Assert.True(poll.IsStale(35_000));
        }
    }
}
