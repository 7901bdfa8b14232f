using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Risk;
using Ticker.Feed.Storage;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Storage
{
    /// <summary>A database that stops taking writes: the save reports it instead of throwing, and health shows it.</summary>
    public class WriteFailureTests
    {
        [Fact]
        public void A_failed_write_is_reported_not_thrown_and_the_changes_wait_for_the_next_save()
        {
            using var temp = new TempFolder();
            FakeTimeProvider clock = TestClock.New();
            var aggregator = new LiquidationAggregator(clock);
            aggregator.TrackUnsaved();
            FeedDatabase database = FeedDatabase.Open(temp.File("closing.db"));
            var persistence = new StatePersistence(database, aggregator, new RiskHistory(), clock, NullLogger<StatePersistence>.Instance);
            aggregator.Add(new LiquidationEvent("bybit", "BTCUSDT", PositionSide.Long, 5_000_000, TestClock.StartMs - 1000));
            database.Dispose();                                   // the file is gone from under the feed

            Assert.False(persistence.Save(7));
            Assert.False(persistence.Ok);
            Assert.Empty(aggregator.TakeUnsaved());              // taken once: the persistence holds it for the retry

            // Nothing reached the file. (That the held event is written by a later successful save is not tested
            // here: it needs a database that fails and then recovers.)
            using FeedDatabase reopened = FeedDatabase.Open(temp.File("closing.db"));
            Assert.Equal(0, reopened.Count("liquidation"));
            Assert.Equal(-1, reopened.LoadLastSeq());
        }
    }
}
