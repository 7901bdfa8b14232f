using System.Linq;
using System.Threading.Tasks;
using Ticker.Feed.Http;
using Ticker.Feed.Settings;
using Xunit;

namespace Ticker.Feed.Tests.Http
{
    /// <summary>
    /// The gate on its own, with nobody listening to <see cref="LongPollGate.WaitingChanged"/> (as in a running
    /// feed): every place taken comes back. Listening must not change what the gate counts.
    /// </summary>
    public class LongPollGateTests
    {
        private static LongPollGate Gate(int capacity) => new(new FeedSettings { MaxWaiters = capacity });

        [Fact]
        public void A_place_given_back_without_a_listener_is_free_again()
        {
            LongPollGate gate = Gate(3);

            for (int cycle = 0; cycle < 10_000; cycle++)
            {
                Assert.True(gate.TryEnter(), $"cycle {cycle}: the gate refused a place with none held");
                gate.Exit();
            }

            Assert.Equal(0, gate.Waiting);
        }

        [Fact]
        public void The_bound_holds_and_each_exit_frees_exactly_one_place()
        {
            LongPollGate gate = Gate(3);

            Assert.True(gate.TryEnter());
            Assert.True(gate.TryEnter());
            Assert.True(gate.TryEnter());
            Assert.False(gate.TryEnter());
            Assert.Equal(3, gate.Waiting);

            gate.Exit();
            Assert.Equal(2, gate.Waiting);
            Assert.True(gate.TryEnter());
            Assert.False(gate.TryEnter());
        }

        [Fact]
        public void A_listener_hears_each_count_and_does_not_change_it()
        {
            LongPollGate gate = Gate(2);
            var heard = new System.Collections.Generic.List<int>();
            gate.WaitingChanged += heard.Add;

            gate.TryEnter();
            gate.TryEnter();
            gate.TryEnter(); // refused: no change to hear
            gate.Exit();
            gate.Exit();

            Assert.Equal(new[] { 1, 2, 1, 0 }, heard);
            Assert.Equal(0, gate.Waiting);
        }

        [Fact]
        public async Task Places_taken_and_given_back_from_many_threads_all_come_back()
        {
            LongPollGate gate = Gate(8);
            int[] entered = new int[16];

            await Task.WhenAll(Enumerable.Range(0, entered.Length).Select(worker => Task.Run(() =>
            {
                for (int cycle = 0; cycle < 20_000; cycle++)
                {
                    if (gate.TryEnter())
                    {
                        entered[worker]++;
                        Assert.InRange(gate.Waiting, 1, 8);
                        gate.Exit();
                    }
                }
            })));

            Assert.Equal(0, gate.Waiting);
            Assert.True(entered.Sum() > 0);
        }
    }
}
