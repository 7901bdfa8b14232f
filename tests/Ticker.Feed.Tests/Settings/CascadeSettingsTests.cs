using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Ticker.Feed.Alerts;
using Ticker.Feed.Settings;
using Xunit;

namespace Ticker.Feed.Tests.Settings
{
    /// <summary>The cascade rule's thresholds from the command line and configuration (Feed:Cascade:*), checked like every setting.</summary>
    public class CascadeSettingsTests
    {
        private static FeedSettings Read(params string[] args) =>
            FeedSettingsReader.Read(new ConfigurationBuilder().AddCommandLine(args, FeedSettingsReader.Switches.ToDictionary(p => p.Key, p => p.Value)).Build());

        private static IReadOnlyList<string> Problems(params string[] args) =>
            Assert.Throws<FeedSettingsException>(() => Read(args)).Problems;

        [Fact]
        public void Without_switches_the_rule_has_its_documented_defaults()
        {
            Assert.Equal(new CascadeOptions(), Read().Cascade);
        }

        [Fact]
        public void Every_cascade_switch_sets_its_threshold()
        {
            FeedSettings settings = Read(
                "--cascade-watch-usd", "20000000", "--cascade-warning-usd", "80000000", "--cascade-cascade-usd", "200000000",
                "--cascade-watch-ratio", "4", "--cascade-warning-ratio", "8.5", "--cascade-cascade-ratio", "16",
                "--cascade-exit-fraction", "0.5", "--cascade-cooldown", "300", "--cascade-confirm-price-pct", "0.75",
                "--cascade-confirm-waiver-multiple", "3", "--cascade-pace-multiple", "0", "--cascade-reraise-multiple", "2");

            Assert.Equal(
                new CascadeOptions
                {
                    WatchUsd = 20_000_000,
                    WarningUsd = 80_000_000,
                    CascadeUsd = 200_000_000,
                    WatchRatio = 4m,
                    WarningRatio = 8.5m,
                    CascadeRatio = 16m,
                    ExitFraction = 0.5m,
                    Cooldown = TimeSpan.FromMinutes(5),
                    ConfirmPricePct = 0.75m,
                    ConfirmWaiverMultiple = 3m,
                    PaceMultiple = 0m,
                    ReraiseMultiple = 2m,
                },
                settings.Cascade);
        }

        [Fact]
        public void Configuration_keys_work_as_well_as_switches()
        {
            IConfiguration configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Feed:Cascade:CascadeUsd"] = "300000000", ["Feed:Cascade:CooldownSeconds"] = "0" })
                .Build();
            CascadeOptions options = FeedSettingsReader.Read(configuration).Cascade;
            Assert.Equal(300_000_000, options.CascadeUsd);
            Assert.Equal(TimeSpan.Zero, options.Cooldown);
        }

        [Theory]
        [InlineData("--cascade-watch-usd", "999999", "Feed:Cascade:WatchUsd (--cascade-watch-usd) must be an integer from 1000000 to 10000000000; got '999999'.")]
        [InlineData("--cascade-cascade-usd", "lots", "Feed:Cascade:CascadeUsd (--cascade-cascade-usd) must be an integer from 1000000 to 10000000000; got 'lots'.")]
        [InlineData("--cascade-watch-ratio", "0.5", "Feed:Cascade:WatchRatio (--cascade-watch-ratio) must be a number from 1 to 1000; got '0.5'.")]
        [InlineData("--cascade-exit-fraction", "0", "Feed:Cascade:ExitFraction (--cascade-exit-fraction) must be a number above 0, at most 1; got '0'.")]
        [InlineData("--cascade-cooldown", "21601", "Feed:Cascade:CooldownSeconds (--cascade-cooldown) must be an integer from 0 to 21600 (seconds); got '21601'.")]
        [InlineData("--cascade-confirm-price-pct", "-1", "Feed:Cascade:ConfirmPricePct (--cascade-confirm-price-pct) must be a number from 0 to 50; got '-1'.")]
        [InlineData("--cascade-confirm-waiver-multiple", "0.5", "Feed:Cascade:ConfirmWaiverMultiple (--cascade-confirm-waiver-multiple) must be a number from 1 to 1000; got '0.5'.")]
        [InlineData("--cascade-pace-multiple", "6", "Feed:Cascade:PaceMultiple (--cascade-pace-multiple) must be a number from 0 to 5; got '6'.")]
        [InlineData("--cascade-reraise-multiple", "often", "Feed:Cascade:ReraiseMultiple (--cascade-reraise-multiple) must be a number from 1 to 1000; got 'often'.")]
        [InlineData("--cascade-warning-usd", "5000000", "Feed:Cascade:WarningUsd (--cascade-warning-usd) must be above WatchUsd, at most 10000000000; got '5000000'.")]
        [InlineData("--cascade-cascade-ratio", "9", "Feed:Cascade:CascadeRatio (--cascade-cascade-ratio) must be from WarningRatio to 1000; got '9'.")]
        public void A_bad_threshold_names_the_setting_its_switch_and_the_accepted_range(string switchName, string value, string expected)
        {
            Assert.Equal(expected, Assert.Single(Problems(switchName, value)));
        }

        [Fact]
        public void A_bad_threshold_stops_the_feed_with_exit_code_2_before_it_listens()
        {
            // Program.cs turns this exception into the message on stderr and exit code 2, as for every setting.
            FeedSettingsException error = Assert.Throws<FeedSettingsException>(() => Ticker.Feed.Hosting.FeedHost.Build(new[] { "--cascade-exit-fraction", "1.5", "--db", "none" }));
            Assert.Contains("--cascade-exit-fraction", error.Message);
        }
    }
}
