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
                LiquidationAggregator aggregator = first.Service<LiquidationAggregator>();
                aggregator.MarkVenueLive("bybit");
                aggregator.MarkCoveredSince(first.Clock.GetUtcNow().AddHours(-25).ToUnixTimeMilliseconds());   // as a backfill would
                Listening.Advance(first.Clock, TimeSpan.FromHours(3), aggregator, "bybit");
                Add(first, PositionSide.Long, 7_000_000, TimeSpan.FromMinutes(150));
                Add(first, PositionSide.Short, 3_000_000, TimeSpan.FromMinutes(90));
                Add(first, PositionSide.Long, 20_000_000, TimeSpan.FromSeconds(2));
                first.Service<MarketState>().Leverage = RiskFormulaTests.DocsExample with { AtUnixMs = first.Clock.GetUtcNow().ToUnixTimeMilliseconds() };
                first.Refresh();                                          // watch
                Listening.Advance(first.Clock, TimeSpan.FromMinutes(1), aggregator, "bybit");
                Add(first, PositionSide.Long, 392_000_000, TimeSpan.FromSeconds(2));
                first.Refresh();                                          // cascade

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
            Assert.Contains("written by a newer feed (schema version 99; this feed knows up to 2)", Assert.Single(error.Problems), StringComparison.Ordinal);
        }

        private static void Add(RunningFeed feed, PositionSide side, long usd, TimeSpan ago) =>
            Assert.Equal(
                AddResult.Added,
                feed.Service<LiquidationAggregator>().Add(new LiquidationEvent("bybit", "BTCUSDT", side, usd, feed.Clock.GetUtcNow().Subtract(ago).ToUnixTimeMilliseconds())));

        private static string H24(string body) => JsonDocument.Parse(body).RootElement.GetProperty("liq").GetProperty("h24").GetRawText();
    }
}
