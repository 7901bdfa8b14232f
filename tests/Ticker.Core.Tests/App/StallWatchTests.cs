using Ticker.App;
using Xunit;

namespace Ticker.Core.Tests.App
{
    public class StallWatchTests
    {
        [Fact]
        public void A_loop_silent_for_60_s_is_stalled_and_a_beat_clears_it()
        {
            var watch = new StallWatch(1000);

            Assert.False(watch.IsStalled(60999));
            Assert.True(watch.IsStalled(61000));
            watch.Beat(61000);
            Assert.False(watch.IsStalled(120999));
            Assert.True(watch.IsStalled(121000));
        }
    }
}
