using Ticker.Input;
using Xunit;

namespace Ticker.Core.Tests.Input
{
    public class ButtonEdgeQueueTests
    {
        [Fact]
        public void Edges_come_out_in_order_and_the_ring_wraps()
        {
            var queue = new ButtonEdgeQueue(3);
            for (int round = 0; round < 4; round++)
            {
                queue.Add(0, true, round * 10);
                queue.Add(1, false, (round * 10) + 1);
                Assert.True(queue.TryTake(out int b, out bool p, out long t));
                Assert.Equal((0, true, round * 10L), (b, p, t));
                Assert.True(queue.TryTake(out b, out p, out t));
                Assert.Equal((1, false, (round * 10L) + 1), (b, p, t));
                Assert.False(queue.TryTake(out _, out _, out _));
            }
        }

        [Fact]
        public void A_full_queue_drops_and_counts_the_newest_edges()
        {
            var queue = new ButtonEdgeQueue(2);
            queue.Add(0, true, 1);
            queue.Add(0, false, 2);
            queue.Add(0, true, 3);
            Assert.Equal(1, queue.Dropped);
            Assert.True(queue.TryTake(out _, out _, out long first));
            Assert.Equal(1, first);
        }
    }
}
