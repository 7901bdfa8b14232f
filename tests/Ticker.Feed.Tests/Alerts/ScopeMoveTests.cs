using System;
using System.Collections.Generic;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Alerts;
using Ticker.Feed.State;
using Xunit;

namespace Ticker.Feed.Tests.Alerts
{
    /// <summary>The price confirmation's scope: each side's move, weighted by what was liquidated on each asset.</summary>
    public class ScopeMoveTests
    {
        private const long T0 = 1_795_000_000_000;
        private static readonly TimeSpan Five = TimeSpan.FromMinutes(5);

        private readonly MarkPriceHistory _marks = new();
        private readonly PriceHistory _btc = new();

        private void Mark(string coin, decimal before, decimal after)
        {
            _marks.Record(coin, T0, before);
            _marks.Record(coin, T0 + 5 * 60_000, after);
        }

        [Fact]
        public void An_altcoin_flush_is_measured_on_the_altcoins_not_on_BTC()
        {
            Mark("BTC", 100_000m, 99_700m);      // -0.3 %
            Mark("ETH", 3_000m, 2_700m);         // -10 %
            Mark("SOL", 200m, 170m);             // -15 %
            var byBase = new Dictionary<string, SideTotals>
            {
                ["BTC"] = new(100_000_000, 10_000_000),
                ["ETH"] = new(600_000_000, 0),
                ["SOL"] = new(300_000_000, 0),
            };

            (decimal? longs, decimal? shorts) = ScopeMove.Of(byBase, _marks, _btc, T0 + 5 * 60_000, Five);

            // (0.1 x -0.3) + (0.6 x -10) + (0.3 x -15) = -10.53 %; the shorts were all BTC.
            Assert.Equal(-10.53m, longs);
            Assert.Equal(-0.3m, shorts);
        }

        [Fact]
        public void Unknown_when_the_assets_with_a_known_move_carry_less_than_half_the_side()
        {
            Mark("ETH", 3_000m, 2_700m);
            var byBase = new Dictionary<string, SideTotals> { ["ETH"] = new(49, 0), ["XYZ"] = new(51, 0) };
            Assert.Null(ScopeMove.Of(byBase, _marks, _btc, T0 + 5 * 60_000, Five).LongPct);

            byBase["ETH"] = new(51, 0);
            byBase["XYZ"] = new(49, 0);
            Assert.Equal(-10m, ScopeMove.Of(byBase, _marks, _btc, T0 + 5 * 60_000, Five).LongPct);
            Assert.Null(ScopeMove.Of(null, _marks, _btc, T0, Five).LongPct);
        }

        [Fact]
        public void BTC_falls_back_to_the_snapshot_price_when_no_mark_is_known()
        {
            _btc.Record(T0, 100_000m);
            _btc.Record(T0 + 5 * 60_000, 99_000m);
            var byBase = new Dictionary<string, SideTotals> { ["BTC"] = new(1, 1) };

            Assert.Equal(-1m, ScopeMove.Of(byBase, _marks, _btc, T0 + 5 * 60_000, Five).LongPct);
        }

        [Fact]
        public void Marks_are_sampled_at_most_every_ten_seconds_per_asset()
        {
            _marks.Record("ETH", T0, 3_000m);
            _marks.Record("ETH", T0 + 9_999, 1m);                 // dropped: too soon
            _marks.Record("ETH", T0 + 5 * 60_000, 2_970m);
            Assert.Equal(-1m, _marks.ChangePct("ETH", T0 + 5 * 60_000, Five));
            Assert.Null(_marks.ChangePct("SOL", T0 + 5 * 60_000, Five));
        }
    }
}
