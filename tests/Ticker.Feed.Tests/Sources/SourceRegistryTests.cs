using System;
using System.Linq;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Settings;
using Ticker.Feed.Sources;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Sources
{
    /// <summary>Sources keep their registration order and go never → ok → stale / failing on the fake clock.</summary>
    public class SourceRegistryTests
    {
        private readonly FakeTimeProvider _clock = TestClock.New();
        private readonly SourceRegistry _registry;

        public SourceRegistryTests()
        {
            _registry = new SourceRegistry(_clock, new FeedSettings { StaleAfterSeconds = 60 });
        }

        private long Now => _clock.GetUtcNow().ToUnixTimeMilliseconds();

        [Fact]
        public void Sources_keep_the_order_they_were_registered_in()
        {
            _registry.Register("okx");
            _registry.Register("binance");
            _registry.Register("okx");

            Assert.Equal(new[] { "okx", "binance" }, _registry.All().Select(s => s.Id));
        }

        [Fact]
        public void A_source_polled_less_often_than_stale_after_is_stale_only_after_two_of_its_periods()
        {
            _registry.ExpectAtLeastEvery("coinbase", TimeSpan.FromMinutes(5));
            _registry.ExpectAtLeastEvery("binance", TimeSpan.FromMinutes(1));
            _registry.ExpectAtLeastEvery("binance", TimeSpan.FromSeconds(20));
            _registry.Register("coinbase").ReportGood();
            _registry.Register("binance").ReportGood();
            _registry.Register("okx").ReportGood();

            _clock.Advance(TimeSpan.FromSeconds(299));
            Assert.Equal(new[] { true, false, false }, _registry.StatusAt(Now).Select(s => s.Ok));
            _clock.Advance(TimeSpan.FromSeconds(302));
            Assert.False(_registry.StatusAt(Now)[0].Ok);
            Assert.Equal(TimeSpan.FromMinutes(10), _registry.StaleAfterFor("coinbase"));
            // The shortest period given wins, and never less than --stale-after.
            Assert.Equal(TimeSpan.FromSeconds(60), _registry.StaleAfterFor("binance"));
            Assert.Equal(TimeSpan.FromSeconds(60), _registry.StaleAfterFor("okx"));
        }

        [Theory]
        [InlineData("")]
        [InlineData("Binance")]
        [InlineData("-okx")]
        [InlineData("a-very-long-exchange-name-x")]
        [InlineData("bit stamp")]
        public void An_id_outside_the_contract_is_refused(string id)
        {
            Assert.Throws<ArgumentException>(() => _registry.Register(id));
        }

        [Fact]
        public void A_source_is_never_then_ok_then_stale_when_silent_and_failing_when_its_connector_says()
        {
            SourceHealth source = _registry.Register("binance");
            Assert.Equal(new SourceStatus("binance", SourceState.Never, null), source.StatusAt(Now, _registry.StaleAfter));

            source.ReportGood();
            _clock.Advance(TimeSpan.FromSeconds(60));
            Assert.Equal(new SourceStatus("binance", SourceState.Ok, 60), source.StatusAt(Now, _registry.StaleAfter));

            _clock.Advance(TimeSpan.FromMilliseconds(1));
            Assert.Equal(SourceState.Stale, source.StatusAt(Now, _registry.StaleAfter).State);
            Assert.False(source.StatusAt(Now, _registry.StaleAfter).Ok);

            source.ReportGood();
            source.ReportFailure("HTTP 451 restricted location");
            Assert.Equal(new SourceStatus("binance", SourceState.Failing, 0), source.StatusAt(Now, _registry.StaleAfter));
            Assert.Equal("HTTP 451 restricted location", source.LastError);

            source.ReportGood();
            Assert.True(source.StatusAt(Now, _registry.StaleAfter).Ok);
        }

        [Fact]
        public void Connecting_shows_until_good_data_but_a_pending_failure_wins()
        {
            SourceHealth okx = _registry.Register("okx");

            okx.ReportConnecting();
            Assert.Equal(SourceState.Connecting, okx.StatusAt(Now, _registry.StaleAfter).State);
            okx.ReportFailure("refused");
            okx.ReportConnecting();
            Assert.Equal(SourceState.Failing, okx.StatusAt(Now, _registry.StaleAfter).State);
            okx.ReportGood();
            Assert.Equal(SourceState.Ok, okx.StatusAt(Now, _registry.StaleAfter).State);
        }
    }
}
