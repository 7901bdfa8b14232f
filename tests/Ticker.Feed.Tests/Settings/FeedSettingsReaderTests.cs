using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Ticker.Feed.Hosting;
using Ticker.Feed.Settings;
using Xunit;

namespace Ticker.Feed.Tests.Settings
{
    /// <summary>Settings come from the command line (and configuration); a bad one names itself, its switch and its range.</summary>
    public class FeedSettingsReaderTests
    {
        private static FeedSettings Read(params string[] args) =>
            FeedSettingsReader.Read(new ConfigurationBuilder().AddCommandLine(args, FeedSettingsReader.Switches.ToDictionary(p => p.Key, p => p.Value)).Build());

        private static IReadOnlyList<string> Problems(params string[] args) =>
            Assert.Throws<FeedSettingsException>(() => Read(args)).Problems;

        [Fact]
        public void Defaults_suit_a_small_deployment()
        {
            FeedSettings settings = Read();

            Assert.Null(settings.Token);
            Assert.Equal(25, settings.WaitMaxSeconds);
            Assert.Equal(25, settings.WaitMax);
            Assert.Equal(1000, settings.MaxWaiters);
            Assert.Equal(120, settings.RateLimitPerMinute);
            Assert.Equal(20, settings.RateLimitBurst);
            Assert.Equal(1, settings.SnapshotIntervalSeconds);
            Assert.Equal(120, settings.StaleAfterSeconds);
        }

        [Fact]
        public void Every_switch_sets_its_setting()
        {
            FeedSettings settings = Read(
                "--token", "0123456789abcdef", "--wait-max", "0", "--max-waiters", "7", "--rate-limit", "600",
                "--rate-burst", "3", "--snapshot-interval", "5", "--stale-after", "30");

            Assert.Equal(new FeedSettings
            {
                Token = "0123456789abcdef",
                WaitMaxSeconds = 0,
                MaxWaiters = 7,
                RateLimitPerMinute = 600,
                RateLimitBurst = 3,
                SnapshotIntervalSeconds = 5,
                StaleAfterSeconds = 30,
            }, settings);
            Assert.Null(settings.WaitMax); // 0 turns long-polling off: no waitMax in the snapshot
        }

        [Theory]
        [InlineData("--wait-max", "31", "Feed:LongPoll:WaitMaxSeconds (--wait-max) must be an integer from 0 to 30 (0 turns long-polling off); got '31'.")]
        [InlineData("--wait-max", "abc", "Feed:LongPoll:WaitMaxSeconds (--wait-max) must be an integer from 0 to 30 (0 turns long-polling off); got 'abc'.")]
        [InlineData("--max-waiters", "-1", "Feed:LongPoll:MaxWaiters (--max-waiters) must be an integer from 0 to 100000 (0 answers every request at once); got '-1'.")]
        [InlineData("--rate-limit", "0", "Feed:RateLimit:PerMinute (--rate-limit) must be an integer from 1 to 60000; got '0'.")]
        [InlineData("--rate-burst", "2.5", "Feed:RateLimit:Burst (--rate-burst) must be an integer from 1 to 10000; got '2.5'.")]
        [InlineData("--snapshot-interval", "0", "Feed:SnapshotIntervalSeconds (--snapshot-interval) must be an integer from 1 to 60; got '0'.")]
        [InlineData("--stale-after", "99999999999", "Feed:Sources:StaleAfterSeconds (--stale-after) must be an integer from 5 to 86400; got '99999999999'.")]
        public void A_bad_value_names_the_setting_its_switch_and_the_accepted_range(string switchName, string value, string expected)
        {
            Assert.Equal(expected, Assert.Single(Problems(switchName, value)));
        }

        [Theory]
        [InlineData("short")]
        [InlineData("has a space in it")]
        [InlineData("t\u00e9l\u00e9phone-token")]
        public void A_bad_token_is_refused_without_echoing_it(string token)
        {
            string problem = Assert.Single(Problems("--token", token));

            Assert.StartsWith("Feed:Token (--token) must be 8 to 256 printable ASCII characters without spaces", problem);
            Assert.DoesNotContain(token, problem);
        }

        [Fact]
        public void Every_bad_setting_is_reported_at_once()
        {
            Assert.Equal(3, Problems("--wait-max", "99", "--rate-limit", "x", "--token", "a").Count);
        }

        [Fact]
        public void The_feed_refuses_to_build_with_bad_settings()
        {
            FeedSettingsException error = Assert.Throws<FeedSettingsException>(() => FeedHost.Build(new[] { "--max-waiters", "lots" }));

            Assert.Contains("--max-waiters", error.Message);
        }

        [Fact]
        public async System.Threading.Tasks.Task The_feed_listens_on_loopback_port_5080_unless_told_otherwise()
        {
            // --db none: the default database file is never opened by a test (building alone does not open it either).
            await using WebApplication defaults = FeedHost.Build(new[] { "--db", "none" });
            await using WebApplication told = FeedHost.Build(new[] { "--urls", "http://0.0.0.0:6000", "--db", "none" });

            Assert.Equal("http://127.0.0.1:5080", defaults.Configuration["urls"]);
            Assert.Equal("http://0.0.0.0:6000", told.Configuration["urls"]);
        }

        [Fact]
        public void Live_sources_are_off_by_default_with_the_venues_real_bases_and_the_btc_perpetuals()
        {
            FeedSettings settings = Read();

            Assert.False(settings.LiveSources);
            Assert.Equal(new System.Uri("wss://fstream.binance.com"), settings.BinanceUrl);
            Assert.Equal(new[] { "BTCUSDT", "BTCPERP" }, settings.BybitSymbols);
            Assert.Equal(120, settings.SilenceSeconds);
        }

        [Fact]
        public void Live_switches_set_their_settings()
        {
            FeedSettings settings = Read(
                "--live", "true", "--binance-url", "ws://127.0.0.1:9001", "--bybit-url", "ws://127.0.0.1:9002", "--okx-url", "wss://127.0.0.1:9003",
                "--bybit-symbols", "BTCUSDT, ETHUSDT", "--silence", "30", "--reconnect-min", "2", "--reconnect-max", "90");

            Assert.True(settings.LiveSources);
            Assert.Equal(9001, settings.BinanceUrl.Port);
            Assert.Equal(9002, settings.BybitUrl.Port);
            Assert.Equal("wss", settings.OkxUrl.Scheme);
            Assert.Equal(new[] { "BTCUSDT", "ETHUSDT" }, settings.BybitSymbols);
            Assert.Equal(30, settings.SilenceSeconds);
            Assert.Equal(2, settings.ReconnectMinSeconds);
            Assert.Equal(90, settings.ReconnectMaxSeconds);
        }

        [Theory]
        [InlineData("--binance-url", "wss://fstream.binance.com/ws", "Feed:Sources:Binance:Url (--binance-url) must be a ws:// or wss:// base address")]
        [InlineData("--okx-url", "https://www.okx.com", "Feed:Sources:Okx:Url (--okx-url) must be a ws:// or wss:// base address")]
        [InlineData("--bybit-symbols", "btcusdt", "Feed:Sources:Bybit:Symbols (--bybit-symbols) must be 1 to 50 comma-separated symbols")]
        [InlineData("--silence", "4", "Feed:Sources:SilenceSeconds (--silence) must be an integer from 5 to 3600")]
        [InlineData("--live", "yes", "Feed:Sources:Enabled (--live) must be true or false")]
        [InlineData("--binance-futures-rest-url", "https://fapi.binance.com/fapi/v1", "Feed:Sources:Binance:FuturesRestUrl (--binance-futures-rest-url) must be an http:// or https:// base address with no path or query")]
        [InlineData("--kraken-rest-url", "wss://api.kraken.com", "Feed:Sources:Kraken:RestUrl (--kraken-rest-url) must be an http:// or https:// base address")]
        [InlineData("--bybit-top", "0", "Feed:Sources:Bybit:TopSymbols (--bybit-top) must be an integer from 1 to 50; got '0'.")]
        [InlineData("--record", "/no/such/directory/feed.jsonl", "Feed:Record:Path (--record) must be a file path in an existing directory (the recording is appended to); got '/no/such/directory/feed.jsonl'.")]
        public void A_bad_live_setting_names_itself_and_its_range(string switchName, string value, string message)
        {
            Assert.StartsWith(message, Assert.Single(Problems(switchName, value)), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Rest_bases_top_symbols_and_the_recording_are_read()
        {
            string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "feed.jsonl");
            FeedSettings settings = Read(
                "--binance-futures-rest-url", "http://127.0.0.1:9001", "--binance-spot-rest-url", "https://data-api.binance.vision", "--bybit-rest-url", "http://127.0.0.1:9002",
                "--okx-rest-url", "http://127.0.0.1:9003", "--coinbase-rest-url", "http://127.0.0.1:9004", "--kraken-rest-url", "http://127.0.0.1:9005",
                "--bitstamp-rest-url", "http://127.0.0.1:9006", "--bybit-top", "25", "--record", path);

            Assert.Equal(new System.Uri("http://127.0.0.1:9001"), settings.BinanceFuturesRestUrl);
            Assert.Equal(new System.Uri("https://data-api.binance.vision"), settings.BinanceSpotRestUrl);
            Assert.Equal(new System.Uri("http://127.0.0.1:9006"), settings.BitstampRestUrl);
            Assert.Equal(25, settings.BybitTopSymbols);
            Assert.Equal(path, settings.RecordPath);
            Assert.Equal("http://127.0.0.1:9001/fapi/v1/premiumIndex?symbol=BTCUSDT", new Ticker.Feed.Rest.RestEndpoints(settings).BinancePremiumIndex());
        }

        [Fact]
        public void The_longest_reconnect_delay_may_not_be_shorter_than_the_first()
        {
            Assert.Contains("Feed:Sources:ReconnectMaxSeconds (--reconnect-max) must be at least", Assert.Single(Problems("--reconnect-min", "10", "--reconnect-max", "5")), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Every_switch_has_its_help_line_and_nothing_else_has_one()
        {
            Assert.Equal(FeedSettingsReader.Switches.Keys.OrderBy(k => k), FeedSettingsReader.SwitchHelp.Keys.OrderBy(k => k));
            Assert.All(FeedSettingsReader.SwitchHelp.Values, help => Assert.False(string.IsNullOrWhiteSpace(help)));
        }
    }
}
