using Ticker.Emulator.Web;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    /// <summary>
    /// The alert history on the page stops at the device's clock: during a looping replay's next pass, the previous
    /// pass's transitions (dated later than the replay's time) are not shown.
    /// </summary>
    public class AlertHistoryViewTests
    {
        private const string History =
            "{\"transitions\":[{\"at\":1772438400,\"level\":1,\"side\":\"long\",\"headline\":\"watch\"}," +
            "{\"at\":1772442000,\"level\":3,\"side\":\"long\",\"headline\":\"Long cascade\",\"m5Usd\":900000000}]}";

        [Fact]
        public void Transitions_after_the_clock_are_left_out()
        {
            Assert.Equal(
                "{\"transitions\":[{\"at\":1772438400,\"level\":1,\"side\":\"long\",\"headline\":\"watch\"}]}",
                AlertHistoryView.UpTo(History, 1772440000));
            Assert.Equal("{\"transitions\":[]}", AlertHistoryView.UpTo(History, 1772431200));
        }

        [Fact]
        public void Everything_up_to_the_clock_is_kept_as_the_feed_wrote_it()
        {
            Assert.Same(History, AlertHistoryView.UpTo(History, 1772442000));
        }

        [Theory]
        [InlineData(null)]
        public void Without_a_clock_or_with_another_body_the_feed_s_answer_is_passed_on(long? now)
        {
            Assert.Same(History, AlertHistoryView.UpTo(History, now));
            Assert.Equal("not json", AlertHistoryView.UpTo("not json", 1));
            Assert.Equal("[1,2]", AlertHistoryView.UpTo("[1,2]", 1));
        }
    }
}
