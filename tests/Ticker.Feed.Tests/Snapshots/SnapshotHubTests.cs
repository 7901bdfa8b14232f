using System.Threading.Tasks;
using Ticker.Feed.Snapshots;
using Xunit;

namespace Ticker.Feed.Tests.Snapshots
{
    /// <summary>The hub serves one snapshot and wakes waiters exactly when another is published.</summary>
    public class SnapshotHubTests
    {
        private static BuiltSnapshot Build(SnapshotBuilder builder, decimal price, long asOf) =>
            builder.Build(new SnapshotContent(Price: new Ticker.Feed.State.PriceReading(price)), asOf);

        [Fact]
        public async Task Publishing_a_new_snapshot_completes_the_observed_next_task()
        {
            var hub = new SnapshotHub();
            var builder = new SnapshotBuilder(25);
            Assert.Null(hub.Current);
            hub.Publish(Build(builder, 1m, 100));
            SnapshotHub.Observation observed = hub.Observe();
            Assert.False(observed.Next.IsCompleted);

            BuiltSnapshot second = Build(builder, 2m, 101);
            Assert.True(hub.Publish(second));

            Assert.Same(second, await observed.Next);
            Assert.Same(second, hub.Current);
            Assert.False(hub.Observe().Next.IsCompleted);
        }

        [Fact]
        public void Publishing_the_snapshot_already_served_wakes_nobody()
        {
            var hub = new SnapshotHub();
            var builder = new SnapshotBuilder(25);
            BuiltSnapshot first = Build(builder, 1m, 100);
            hub.Publish(first);
            SnapshotHub.Observation observed = hub.Observe();

            Assert.False(hub.Publish(Build(builder, 1m, 105))); // unchanged content: the same snapshot comes back

            Assert.False(observed.Next.IsCompleted);
            Assert.Same(first, hub.Current);
        }
    }
}
