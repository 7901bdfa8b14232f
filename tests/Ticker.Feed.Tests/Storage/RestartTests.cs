using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Risk;
using Ticker.Feed.Settings;
using Ticker.Feed.Snapshots;
using Ticker.Feed.State;
using Ticker.Feed.Storage;
using Ticker.Feed.Tests.Risk;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Storage
{
    /// <summary>The feed stopped and started again on the same database file (real Kestrel, fake clocks, a temp folder).</summary>
    public class RestartTests
    {
        [Fact]
        public async Task A_restart_within_the_day_keeps_the_24h_totals_marks_the_downtime_as_a_gap_and_keeps_the_histories_and_a_growing_seq()
        {
            using var temp = new TempFolder();
            string db = temp.File("feed.db");
            string h24Before;
            string alertsBefore;
            long seqBefore;
            DateTimeOffset stoppedAt;

            await using (RunningFeed first = await RunningFeed.StartAsync(new[] { "--db", db }, null))
            {
                ListenToBybit(first, TimeSpan.FromHours(3));
                Add(first, PositionSide.Long, 7_000_000, TimeSpan.FromMinutes(150));
                Add(first, PositionSide.Short, 3_000_000, TimeSpan.FromMinutes(90));
                first.Service<MarketState>().Leverage = RiskFormulaTests.DocsExample with { AtUnixMs = first.Clock.GetUtcNow().ToUnixTimeMilliseconds() };
                RaiseLongCascade(first);

                h24Before = H24(await first.Client.GetStringAsync("/v1/snapshot?asset=BTC"));
                alertsBefore = await first.Client.GetStringAsync("/v1/alerts?since=0");
                seqBefore = first.Refresh().Seq;
                stoppedAt = first.Clock.GetUtcNow();
                Assert.Contains("\"level\":3", alertsBefore, StringComparison.Ordinal);
                Assert.Equal("{\"long\":419000000,\"short\":3000000,\"btcLong\":419000000,\"btcShort\":3000000}", h24Before);
            }

            // Ten minutes later, on a new process's clock: the burst is out of m5, still in h24. Until a venue is
            // heard again nothing is live, so there are no totals; once Bybit is back, the ten minutes of downtime
            // are a gap: the day is partial, its covered seconds the day less the downtime (not counted as calm).
            var clock = new FakeTimeProvider(stoppedAt.AddMinutes(10));
            await using RunningFeed second = await RunningFeed.StartAsync(new[] { "--db", db }, null, clock);
            Assert.False(Device.Decode(second.Refresh().Body).Liq.Present);
            second.Service<LiquidationAggregator>().MarkVenueLive("bybit");
            BuiltSnapshot after = second.Refresh();
            string body = await second.Client.GetStringAsync("/v1/snapshot?asset=BTC");

            Assert.Equal(h24Before.TrimEnd('}') + ",\"coveredS\":" + (86_400 - 600) + "}", H24(body));
            Assert.False(Device.Decode(after.Body).Alert.Present, "ten minutes down: the alert is not taken up");
            Assert.Equal(alertsBefore, await second.Client.GetStringAsync("/v1/alerts?since=0"));
            Assert.True(after.Seq > seqBefore, $"seq went from {seqBefore} to {after.Seq}");
            Snapshot decoded = Device.Decode(after.Body);
            Assert.Equal(419_000_000, decoded.Liq.H24.Long);
            Assert.Equal(86_400 - 600, decoded.Liq.H24.CoveredS);
            Assert.True(decoded.Liq.LowerBound);
            Assert.Equal(1, second.Service<RiskHistory>().Count(RiskMeasure.Funding));

            JsonElement storage = JsonDocument.Parse(await second.Client.GetStringAsync("/healthz")).RootElement.GetProperty("storage");
            Assert.Equal(db, storage.GetProperty("path").GetString());
            Assert.True(storage.GetProperty("ok").GetBoolean());
            Assert.Contains("\nticker_feed_storage_ok 1\n", await second.Client.GetStringAsync("/metrics"), StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_quick_restart_during_a_cascade_keeps_the_alert_on_until_the_rule_runs_again()
        {
            using var temp = new TempFolder();
            string db = temp.File("alert.db");
            string alertsBefore;
            long startedAt;
            DateTimeOffset stoppedAt;

            await using (RunningFeed first = await RunningFeed.StartAsync(new[] { "--db", db }, null))
            {
                ListenToBybit(first, TimeSpan.FromHours(1));
                Snapshot cascade = Device.Decode(RaiseLongCascade(first).Body);
                Assert.Equal(AlertLevel.Cascade, cascade.Alert.Level);
                startedAt = cascade.Alert.StartedAt;
                alertsBefore = await first.Client.GetStringAsync("/v1/alerts?since=0");
                stoppedAt = first.Clock.GetUtcNow();
            }

            // Back 30 s later (a deploy): the last 5 minutes are not covered, so the rule cannot run yet, and the
            // devices keep seeing the cascade that was on, with its start and headline; nothing new is recorded.
            var clock = new FakeTimeProvider(stoppedAt.AddSeconds(30));
            await using RunningFeed second = await RunningFeed.StartAsync(new[] { "--db", db }, null, clock);
            LiquidationAggregator restored = second.Service<LiquidationAggregator>();
            restored.MarkVenueLive("bybit");
            Snapshot resumed = Device.Decode(second.Refresh().Body);
            Assert.True(resumed.Alert.Present);
            Assert.Equal(AlertLevel.Cascade, resumed.Alert.Level);
            Assert.Equal(AlertSide.Long, resumed.Alert.Side);
            Assert.Equal(startedAt, resumed.Alert.StartedAt);
            Assert.StartsWith("Long cascade", resumed.Alert.Headline, StringComparison.Ordinal);
            Assert.Equal(alertsBefore, await second.Client.GetStringAsync("/v1/alerts?since=0"));

            // Then the rule runs on what it hears: with no more liquidations the cascade ends after its cooldown.
            Listening.Advance(clock, TimeSpan.FromMinutes(20), restored, "bybit");
            Assert.False(Device.Decode(second.Refresh().Body).Alert.Present);
            Assert.Contains("\"level\":0", await second.Client.GetStringAsync("/v1/alerts?since=0"), StringComparison.Ordinal);
        }

        [Fact]
        public async Task After_a_restart_each_venue_keeps_its_own_coverage_so_a_late_start_and_a_silence_stay_gaps()
        {
            using var temp = new TempFolder();
            string db = temp.File("venues.db");
            DateTimeOffset stoppedAt;

            // Six hours: Binance throughout; Bybit silent from hour 1 to hour 4; OKX heard only from hour 2 to hour 5,
            // so silent for the last hour before the restart.
            await using (RunningFeed first = await RunningFeed.StartAsync(new[] { "--db", db }, null))
            {
                LiquidationAggregator aggregator = first.Service<LiquidationAggregator>();
                aggregator.MarkVenueLive("binance");
                aggregator.MarkVenueLive("bybit");
                Listening.Advance(first.Clock, TimeSpan.FromHours(1), aggregator, "binance", "bybit");
                Listening.Advance(first.Clock, TimeSpan.FromHours(1), aggregator, "binance");
                aggregator.MarkVenueLive("okx");
                Listening.Advance(first.Clock, TimeSpan.FromHours(2), aggregator, "binance", "okx");
                aggregator.MarkVenueLive("bybit");
                Listening.Advance(first.Clock, TimeSpan.FromHours(1), aggregator, "binance", "bybit", "okx");
                Listening.Advance(first.Clock, TimeSpan.FromHours(1), aggregator, "binance", "bybit");
                first.Refresh();
                stoppedAt = first.Clock.GetUtcNow();
            }

            // Ten minutes later Binance and Bybit are heard again: the day is theirs in common, Bybit's silence a gap
            // (hours 0-1 and 4-6: 3 h), not the 6 h a start shared by every venue would claim.
            var clock = new FakeTimeProvider(stoppedAt.AddMinutes(10));
            await using RunningFeed second = await RunningFeed.StartAsync(new[] { "--db", db }, null, clock);
            LiquidationAggregator restored = second.Service<LiquidationAggregator>();
            long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            restored.MarkVenueLive("binance");
            restored.MarkVenueLive("bybit");
            LiquidationTotals two = restored.Totals(now)!;
            Assert.Equal(new[] { "binance", "bybit" }, two.Venues);
            Assert.Equal(3 * 3_600, two.H24CoveredS);
            Assert.Equal(2 * 3_600, two.H4CoveredS);        // hours 4-6 of the 4 h to now
            Assert.Equal(50 * 60, two.H1CoveredS);          // the hour to now less the 10 minutes down
            Snapshot decoded = Device.Decode(second.Refresh().Body);
            Assert.Equal(3 * 3_600, decoded.Liq.H24.CoveredS);
            Assert.Equal(2, decoded.Liq.VenueCount);

            // OKX heard again too: it started at hour 2 and fell silent at hour 5, so the three share hour 4-5 only.
            restored.MarkVenueLive("okx");
            LiquidationTotals three = restored.Totals(now)!;
            Assert.Equal(new[] { "binance", "bybit", "okx" }, three.Venues);
            Assert.Equal(3_600, three.H24CoveredS);
        }

        [Fact]
        public async Task A_database_from_before_venue_spans_is_migrated_and_restores_each_venue_from_its_one_start()
        {
            using var temp = new TempFolder();
            string db = temp.File("schema2.db");
            long now = TestClock.StartMs;
            using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
            {
                // Schema 2 as the feed wrote it: venues' last-heard times and one coverage start.
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"""
                    CREATE TABLE liquidation (time_ms INTEGER NOT NULL, side INTEGER NOT NULL CHECK (side IN (1, 2)), usd INTEGER NOT NULL, venue TEXT, symbol TEXT);
                    CREATE INDEX liquidation_time ON liquidation (time_ms);
                    CREATE TABLE venue_seen (venue TEXT PRIMARY KEY, seen_ms INTEGER NOT NULL);
                    CREATE TABLE risk_sample (measure TEXT NOT NULL, at_ms INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (measure, at_ms));
                    CREATE TABLE alert_transition (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, level INTEGER NOT NULL, side INTEGER NOT NULL, headline TEXT, m5_usd INTEGER, price_chg_pct TEXT);
                    CREATE TABLE state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
                    INSERT INTO venue_seen VALUES ('binance', {now - 600_000});
                    INSERT INTO state VALUES ('covered_since_ms', {now - 4 * 3_600_000L - 600_000});
                    PRAGMA user_version = 2;
                    """;
                command.ExecuteNonQuery();
            }

            await using RunningFeed feed = await RunningFeed.StartAsync(new[] { "--db", db }, null);
            LiquidationAggregator aggregator = feed.Service<LiquidationAggregator>();
            aggregator.MarkVenueLive("binance");

            // Binance covered the 4 h before it was last heard, 10 minutes ago: the downtime is a gap.
            Assert.Equal(4 * 3_600, aggregator.Totals(now)!.H24CoveredS);
            feed.Refresh();
            Assert.Equal(2, feed.Service<FeedDatabase>().Count("venue_span"));   // from now on kept per venue: the restored span and the new one
        }

        [Fact]
        public async Task Without_a_database_health_shows_no_storage_and_nothing_is_written()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync();
            JsonElement health = JsonDocument.Parse(await feed.Client.GetStringAsync("/healthz")).RootElement;
            Assert.Equal(JsonValueKind.Null, health.GetProperty("storage").ValueKind);
            Assert.Null(feed.App.Services.GetService(typeof(FeedDatabase)));
            Assert.DoesNotContain("ticker_feed_storage_ok", await feed.Client.GetStringAsync("/metrics"), StringComparison.Ordinal);
        }

        [Fact]
        public async Task The_last_seq_survives_even_when_the_clock_is_behind_it()
        {
            using var temp = new TempFolder();
            string db = temp.File("seq.db");
            long served;
            await using (RunningFeed first = await RunningFeed.StartAsync(new[] { "--db", db }, null))
            {
                first.Service<MarketState>().Price = new PriceReading(90_000m);
                served = first.Refresh().Seq;
            }

            // A clock an hour behind (a machine whose time was corrected): seq still grows, from the stored one.
            var clock = new FakeTimeProvider(TestClock.Start.AddHours(-1));
            await using RunningFeed second = await RunningFeed.StartAsync(new[] { "--db", db }, null, clock);
            Assert.Equal(served + 1, second.Service<SnapshotHub>().Current!.Seq);
        }

        [Fact]
        public async Task A_file_that_is_not_a_database_is_refused_by_name_and_left_as_it_was()
        {
            using var temp = new TempFolder();
            string path = temp.File("broken.db");
            byte[] garbage = new byte[4096];
            new Random(4).NextBytes(garbage);
            File.WriteAllBytes(path, garbage);

            FeedSettingsException error = await Assert.ThrowsAsync<FeedSettingsException>(() => RunningFeed.StartAsync(new[] { "--db", path }, null));
            string problem = Assert.Single(error.Problems);
            Assert.StartsWith($"Feed:Storage:Path (--db): cannot use '{path}': it is not a readable SQLite database", problem, StringComparison.Ordinal);
            Assert.Contains("--db none", problem, StringComparison.Ordinal);
            Assert.Equal(garbage, File.ReadAllBytes(path));
        }

        [Fact]
        public void A_file_from_a_newer_feed_is_refused_with_both_versions()
        {
            using var temp = new TempFolder();
            string path = temp.File("newer.db");
            using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA user_version = 99";
                command.ExecuteNonQuery();
            }

            FeedSettingsException error = Assert.Throws<FeedSettingsException>(() => FeedDatabase.Open(path));
            Assert.Contains("written by a newer feed (schema version 99; this feed knows up to 3)", Assert.Single(error.Problems), StringComparison.Ordinal);
        }

        // Bybit heard for the given time, after a day covered before it (as a backfill would cover it).
        private static void ListenToBybit(RunningFeed feed, TimeSpan time)
        {
            LiquidationAggregator aggregator = feed.Service<LiquidationAggregator>();
            aggregator.MarkVenueLive("bybit");
            aggregator.MarkCoveredSince(feed.Clock.GetUtcNow().AddHours(-25).ToUnixTimeMilliseconds());
            Listening.Advance(feed.Clock, time, aggregator, "bybit");
        }

        // $20M of longs (watch), a minute later $392M more (cascade): the snapshot with the cascade.
        private static BuiltSnapshot RaiseLongCascade(RunningFeed feed)
        {
            Add(feed, PositionSide.Long, 20_000_000, TimeSpan.FromSeconds(2));
            feed.Refresh();
            Listening.Advance(feed.Clock, TimeSpan.FromMinutes(1), feed.Service<LiquidationAggregator>(), "bybit");
            Add(feed, PositionSide.Long, 392_000_000, TimeSpan.FromSeconds(2));
            return feed.Refresh();
        }

        private static void Add(RunningFeed feed, PositionSide side, long usd, TimeSpan ago) =>
            Assert.Equal(
                AddResult.Added,
                feed.Service<LiquidationAggregator>().Add(new LiquidationEvent("bybit", "BTCUSDT", side, usd, feed.Clock.GetUtcNow().Subtract(ago).ToUnixTimeMilliseconds())));

        private static string H24(string body) => JsonDocument.Parse(body).RootElement.GetProperty("liq").GetProperty("h24").GetRawText();
    }
}
