using System;
using System.Collections.Generic;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Aggregation
{
    /// <summary>
    /// An identical event reported twice (a reconnect replaying its last batch, a backfill) is counted once; the
    /// windows split BTC perpetuals from altcoins by base asset across venues.
    /// </summary>
    public class DuplicateAndSplitTests
    {
        private const long Minute = 60_000;
        private const long Hour = 3_600_000;

        private readonly FakeTimeProvider _clock = TestClock.New();
        private readonly LiquidationAggregator _aggregator;
        private readonly long _asOf = TestClock.StartMs;

        public DuplicateAndSplitTests()
        {
            _aggregator = new LiquidationAggregator(_clock);
            _aggregator.MarkCoveredSince(_asOf - 25 * Hour);
            // Every venue the tests name is live: the totals count only the venues live at asOf.
            _aggregator.MarkVenueLive("binance");
            _aggregator.MarkVenueLive("bybit");
            _aggregator.MarkVenueLive("okx");
        }

        [Fact]
        public void The_same_event_seen_again_is_counted_once_and_any_difference_makes_it_another()
        {
            var first = new LiquidationEvent("bybit", "ETHUSDT", PositionSide.Long, 250_000, _asOf - 90_000);

            Assert.Equal(AddResult.Added, _aggregator.Add(first));
            Assert.Equal(AddResult.Duplicate, _aggregator.Add(first));                                   // a reconnect sends it again
            Assert.Equal(AddResult.Added, _aggregator.Add(first with { Venue = "okx", Symbol = "ETH-USDT-SWAP" }));
            Assert.Equal(AddResult.Added, _aggregator.Add(first with { Symbol = "SOLUSDT" }));
            Assert.Equal(AddResult.Added, _aggregator.Add(first with { SideLiquidated = PositionSide.Short }));
            Assert.Equal(AddResult.Added, _aggregator.Add(first with { ExchangeTimeMs = first.ExchangeTimeMs + 1 }));
            Assert.Equal(AddResult.Added, _aggregator.Add(first with { UsdNotional = 250_001 }));

            LiquidationTotals totals = _aggregator.Totals(_asOf)!;
            Assert.Equal(new SideTotals(4 * 250_000 + 250_001, 250_000), totals.M5);
        }

        [Fact]
        public void A_duplicate_restored_from_the_database_is_counted_once_too()
        {
            var stored = new StoredLiquidation(_asOf - 3 * Minute, PositionSide.Long, 1_000_000, "bybit", "BTCUSDT");
            _aggregator.Restore(new[] { stored }, null, new Dictionary<string, long>());

            Assert.Equal(AddResult.Duplicate, _aggregator.Add(new LiquidationEvent("bybit", "BTCUSDT", PositionSide.Long, 1_000_000, stored.TimeMs)));
            Assert.Equal(1_000_000, _aggregator.Totals(_asOf)!.M5!.Value.LongUsd);
        }

        [Fact]
        public void H1_and_h24_carry_the_BTC_part_of_each_side_across_venues()
        {
            Add("binance", "BTCUSDT", PositionSide.Long, 3_000_000, 10 * Minute);
            Add("bybit", "BTCPERP", PositionSide.Long, 1_000_000, 20 * Minute);
            Add("okx", "BTC-USD-SWAP", PositionSide.Short, 500_000, 30 * Minute);
            Add("okx", "ETH-USDT-SWAP", PositionSide.Long, 6_000_000, 40 * Minute);
            Add("binance", "1000PEPEUSDT", PositionSide.Short, 700_000, 50 * Minute);
            Add("bybit", "BTCUSDT", PositionSide.Long, 9_000_000, 5 * Hour);                 // outside h1

            LiquidationTotals totals = _aggregator.Totals(_asOf)!;
            Assert.Equal(new SideTotals(10_000_000, 1_200_000), totals.H1);
            Assert.Equal(new SideTotals(4_000_000, 500_000), totals.H1Btc);
            Assert.Equal(new SideTotals(19_000_000, 1_200_000), totals.H24);
            Assert.Equal(new SideTotals(13_000_000, 500_000), totals.H24Btc);
        }

        [Fact]
        public void A_window_holding_events_of_unknown_base_has_no_split()
        {
            _aggregator.Restore(new[] { new StoredLiquidation(_asOf - 2 * Hour, PositionSide.Long, 1_000_000) }, null, new Dictionary<string, long>());
            Add("binance", "BTCUSDT", PositionSide.Long, 3_000_000, 10 * Minute);

            LiquidationTotals totals = _aggregator.Totals(_asOf)!;
            Assert.Equal(new SideTotals(3_000_000, 0), totals.H1Btc);
            Assert.Null(totals.H24Btc);
        }

        [Theory]
        [InlineData("binance", "BTCUSDT", "BTC")]
        [InlineData("binance", "BTCUSDC", "BTC")]
        [InlineData("bybit", "BTCPERP", "BTC")]
        [InlineData("bybit", "BTCUSD", "BTC")]
        [InlineData("okx", "BTC-USDT-SWAP", "BTC")]
        [InlineData("okx", "BTC-USD-SWAP", "BTC")]
        [InlineData("binance", "WBTCUSDT", "WBTC")]
        [InlineData("binance", "1000PEPEUSDT", "PEPE")]
        [InlineData("bybit", "1000000MOGUSDT", "MOG")]
        [InlineData("okx", "PEPE-USDT-SWAP", "PEPE")]
        [InlineData("binance", "BTCUSDT_260925", null)]
        [InlineData("okx", "BTC-USD-260925", null)]
        [InlineData("kraken", "XBTUSD", null)]
        public void The_base_asset_is_the_same_across_venues(string venue, string symbol, string? expected)
        {
            Assert.Equal(expected, BaseAsset.Of(venue, symbol));
        }

        private void Add(string venue, string symbol, PositionSide side, long usd, long msBefore) =>
            Assert.Equal(AddResult.Added, _aggregator.Add(new LiquidationEvent(venue, symbol, side, usd, _asOf - msBefore)));
    }
}
