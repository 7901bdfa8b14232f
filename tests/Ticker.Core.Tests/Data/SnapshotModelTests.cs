using System;
using Ticker.Data;
using Xunit;

namespace Ticker.Core.Tests.Data
{
    /// <summary>The snapshot model starts, and clears back to, "nothing known": Missing numbers, absent sections, level None.</summary>
    public class SnapshotModelTests
    {
        [Fact]
        public void A_new_snapshot_knows_nothing_and_has_its_capacities()
        {
            var s = new Snapshot();
            string dump = SnapshotTestKit.Dump(s);

            Assert.DoesNotContain("Present=True", dump, StringComparison.Ordinal);
            Assert.DoesNotContain(dump.Split('\n'), l => l.EndsWith("=0", StringComparison.Ordinal) && !l.EndsWith("Count=0", StringComparison.Ordinal));
            Assert.Equal(AlertLevel.None, s.Alert.Level);
            Assert.Equal(Snapshot.SourceCapacity, s.Sources.Length);
            Assert.All(s.Sources, e => Assert.NotNull(e));
            Assert.Equal(LiqSection.VenueCapacity, s.Liq.Venues.Length);
            Assert.Equal(LiqSection.HourlyCapacity, s.Liq.HourlyLongM.Length);
            Assert.Equal(LiqSection.HourlyCapacity, s.Liq.HourlyShortM.Length);
        }

        [Fact]
        public void Clear_returns_a_filled_snapshot_to_the_new_state_keeping_its_objects()
        {
            var (ok, _, s) = SnapshotTestKit.Decode(SnapshotTestKit.Example("snapshot-cascade.json"));
            Assert.True(ok);
            LiqWindow m5 = s.Liq.M5;
            SourceEntry first = s.Sources[0];

            s.Clear();

            Assert.Equal(SnapshotTestKit.Dump(new Snapshot()), SnapshotTestKit.Dump(s));
            Assert.Same(m5, s.Liq.M5);
            Assert.Same(first, s.Sources[0]);
        }
    }
}
