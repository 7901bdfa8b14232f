using Ticker.Data;
using Ticker.Led;
using Xunit;

namespace Ticker.Core.Tests.Led
{
    public class AlertAcknowledgementTests
    {
        [Fact]
        public void Starts_unacknowledged()
        {
            Assert.False(new AlertAcknowledgement().IsAcknowledged);
        }

        [Fact]
        public void Acknowledging_an_alert_silences_it_while_it_lasts()
        {
            var a = new AlertAcknowledgement();
            a.Observe(AlertLevel.Warning, 1000);

            a.Acknowledge();
            a.Observe(AlertLevel.Warning, 1000);
            a.Observe(AlertLevel.Warning, 1000);

            Assert.True(a.IsAcknowledged);
        }

        [Fact]
        public void Acknowledge_with_no_alert_does_nothing()
        {
            var a = new AlertAcknowledgement();
            a.Acknowledge();
            Assert.False(a.IsAcknowledged);

            a.Observe(AlertLevel.None, 0);
            a.Acknowledge();
            a.Observe(AlertLevel.Watch, 500);

            Assert.False(a.IsAcknowledged);
        }

        [Theory]
        [InlineData(AlertLevel.Watch, AlertLevel.Warning)]
        [InlineData(AlertLevel.Watch, AlertLevel.Cascade)]
        [InlineData(AlertLevel.Warning, AlertLevel.Cascade)]
        public void Escalation_ends_the_acknowledgement(AlertLevel acknowledged, AlertLevel escalated)
        {
            var a = new AlertAcknowledgement();
            a.Observe(acknowledged, 1000);
            a.Acknowledge();

            a.Observe(escalated, 1000);

            Assert.False(a.IsAcknowledged);
        }

        [Theory]
        [InlineData(AlertLevel.Cascade, AlertLevel.Warning)]
        [InlineData(AlertLevel.Cascade, AlertLevel.Watch)]
        [InlineData(AlertLevel.Warning, AlertLevel.Watch)]
        public void Falling_level_stays_acknowledged(AlertLevel acknowledged, AlertLevel lower)
        {
            var a = new AlertAcknowledgement();
            a.Observe(acknowledged, 1000);
            a.Acknowledge();

            a.Observe(lower, 1000);

            Assert.True(a.IsAcknowledged);
        }

        [Fact]
        public void Climbing_back_to_the_acknowledged_level_stays_acknowledged_but_above_it_does_not()
        {
            var a = new AlertAcknowledgement();
            a.Observe(AlertLevel.Warning, 1000);
            a.Acknowledge();
            a.Observe(AlertLevel.Watch, 1000);

            a.Observe(AlertLevel.Warning, 1000);
            Assert.True(a.IsAcknowledged);

            a.Observe(AlertLevel.Cascade, 1000);
            Assert.False(a.IsAcknowledged);
        }

        [Fact]
        public void Acknowledging_again_after_escalation_holds_at_the_new_level()
        {
            var a = new AlertAcknowledgement();
            a.Observe(AlertLevel.Watch, 1000);
            a.Acknowledge();
            a.Observe(AlertLevel.Cascade, 1000);
            a.Acknowledge();

            a.Observe(AlertLevel.Warning, 1000);
            a.Observe(AlertLevel.Cascade, 1000);

            Assert.True(a.IsAcknowledged);
        }

        [Fact]
        public void A_new_start_time_is_a_new_alert()
        {
            var a = new AlertAcknowledgement();
            a.Observe(AlertLevel.Cascade, 1000);
            a.Acknowledge();

            a.Observe(AlertLevel.Watch, 2000);

            Assert.False(a.IsAcknowledged);
        }

        [Fact]
        public void An_alert_that_ends_and_comes_back_is_new_even_with_the_same_start_time()
        {
            var a = new AlertAcknowledgement();
            a.Observe(AlertLevel.Warning, 1000);
            a.Acknowledge();

            a.Observe(AlertLevel.None, 0);
            Assert.False(a.IsAcknowledged);
            a.Observe(AlertLevel.Warning, 1000);

            Assert.False(a.IsAcknowledged);
        }
    }
}
