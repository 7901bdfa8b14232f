using System;
using Ticker.Input;
using Xunit;

namespace Ticker.Core.Tests.Input
{
    public class GestureDetectorPropertyTests
    {
        [Fact]
        public void Random_edge_trains_with_every_gap_under_30_ms_yield_no_gesture()
        {
            var random = new Random(20240601);
            int trainsEndingHeld = 0;
            for (int train = 0; train < 10_000; train++)
            {
                var d = new GestureDetector();
                long t = random.Next(-1_000_000, 1_000_000);
                int edges = random.Next(1, 60);
                for (int i = 0; i < edges; i++)
                {
                    // Random levels, so duplicates (a lost edge) occur too.
                    Assert.Equal(Gesture.None, d.OnEdge(random.Next(2) == 0, t));
                    int gap = random.Next(0, 30);
                    if (gap > 0 && random.Next(3) == 0)
                    {
                        Assert.Equal(Gesture.None, d.Tick(t + random.Next(0, gap)));
                    }

                    Assert.False(d.IsHeld);
                    t += gap;
                }

                // Whatever level the train ends on now settles; a settled level is not a gesture by itself.
                Assert.Equal(Gesture.None, d.Tick(t + 30));
                Assert.Equal(Gesture.None, d.Tick(t + 900));
                if (d.IsHeld)
                {
                    trainsEndingHeld++;
                }
            }

            // The trains really did end both ways.
            Assert.InRange(trainsEndingHeld, 1000, 9000);
        }
    }
}
