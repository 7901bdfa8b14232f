using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Ticker.Data;
using Ticker.Feed.Http;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Http
{
    /// <summary>
    /// Every way a long-poll ends gives its place in the gate back: at its deadline, with a new snapshot, when the
    /// client hangs up, and when the feed stops. With room for one waiter, a place that leaked once would show at
    /// the very next cycle, so each ending is cycled many times on a real server.
    /// </summary>
    public class LongPollLifecycleTests
    {
        private static readonly TimeSpan Safety = TimeSpan.FromSeconds(20);
        private const string SnapshotPath = "/v1/snapshot?asset=BTC";
        private const int Cycles = 25;

        public enum Ending
        {
            Deadline,
            NewSnapshot,
            ClientGone,
        }

        [Theory]
        [InlineData(Ending.Deadline)]
        [InlineData(Ending.NewSnapshot)]
        [InlineData(Ending.ClientGone)]
        public async Task Each_ending_gives_the_place_back_cycle_after_cycle(Ending ending)
        {
            await using RunningFeed feed = await RunningFeed.StartAsync("--max-waiters", "1", "--wait-max", "10", "--rate-limit", "60000", "--rate-burst", "10000");
            LongPollGate gate = feed.Service<LongPollGate>();
            decimal price = 60_000m;

            for (int cycle = 0; cycle < Cycles; cycle++)
            {
                string etag = await ETagOf(feed);
                Task held = Counted(gate, 1);
                using var hangUp = new CancellationTokenSource();
                Task<HttpResponseMessage> poll = feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=10", etag), hangUp.Token);
                await held;
                Assert.False(poll.IsCompleted, $"cycle {cycle}: answered before it ended, so it was never held");

                Task released = Counted(gate, 0);
                switch (ending)
                {
                    case Ending.Deadline:
                        feed.Clock.Advance(TimeSpan.FromSeconds(10));
                        using (HttpResponseMessage response = await poll.WaitAsync(Safety))
                        {
                            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
                        }

                        break;
                    case Ending.NewSnapshot:
                        feed.Service<MarketState>().Price = new PriceReading(price += 1m);
                        string published = feed.Refresh().ETag;
                        using (HttpResponseMessage response = await poll.WaitAsync(Safety))
                        {
                            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                            Assert.Equal(published, response.Headers.ETag!.ToString());
                        }

                        break;
                    case Ending.ClientGone:
                        hangUp.Cancel();
                        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll.WaitAsync(Safety));
                        break;
                }

                await released.WaitAsync(Safety);
                Assert.Equal(0, gate.Waiting);
            }
        }

        [Fact]
        public async Task Stopping_the_feed_answers_held_long_polls_and_gives_every_place_back()
        {
            RunningFeed feed = await RunningFeed.StartAsync("--max-waiters", "4");
            LongPollGate gate = feed.Service<LongPollGate>();
            try
            {
                string etag = await ETagOf(feed);
                Task held = Counted(gate, 4);
                Task<HttpResponseMessage>[] polls = new Task<HttpResponseMessage>[4];
                for (int i = 0; i < polls.Length; i++)
                {
                    polls[i] = feed.Client.SendAsync(feed.Get(SnapshotPath + "&wait=25", etag));
                }

                await held;
                await feed.App.StopAsync().WaitAsync(Safety);

                foreach (Task<HttpResponseMessage> poll in polls)
                {
                    using HttpResponseMessage response = await poll.WaitAsync(Safety);
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                }

                Assert.Equal(0, gate.Waiting);
            }
            finally
            {
                await feed.DisposeAsync();
            }
        }

        private static async Task<string> ETagOf(RunningFeed feed)
        {
            using HttpResponseMessage response = await feed.Client.GetAsync(SnapshotPath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return response.Headers.ETag!.ToString();
        }

        /// <summary>Completes when the gate holds <paramref name="count"/> requests (at once if it already does).</summary>
        private static Task Counted(LongPollGate gate, int count)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Action<int> listener = waiting =>
            {
                if (waiting == count)
                {
                    reached.TrySetResult();
                }
            };
            gate.WaitingChanged += listener;
            if (gate.Waiting == count)
            {
                reached.TrySetResult();
            }

            return reached.Task.WaitAsync(Safety).ContinueWith(
                done =>
                {
                    gate.WaitingChanged -= listener;
                    done.GetAwaiter().GetResult();
                },
                TaskScheduler.Default);
        }
    }
}
