using System;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Ticker.Feed.Settings;
using Xunit;

namespace Ticker.Feed.Tests.Settings
{
    /// <summary>--db and --metrics: where the state is kept, and whether /metrics is served.</summary>
    public class StorageSettingsTests
    {
        private static FeedSettings Read(params string[] args) =>
            FeedSettingsReader.Read(new ConfigurationBuilder().AddCommandLine(args, FeedSettingsReader.Switches.ToDictionary(p => p.Key, p => p.Value)).Build());

        [Fact]
        public void The_default_database_is_feed_db_in_the_users_local_application_data_folder()
        {
            string folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            Assert.Equal(Path.Combine(folder, "Ticker", "feed.db"), Read().StoragePath);
        }

        [Theory]
        [InlineData("none")]
        [InlineData("NONE")]
        [InlineData(":memory:")]
        public void None_or_memory_keeps_everything_in_memory(string value)
        {
            Assert.Null(Read("--db", value).StoragePath);
        }

        [Fact]
        public void A_file_is_taken_as_a_full_path_and_a_folder_is_refused()
        {
            Assert.Equal(Path.GetFullPath("feed-test.db"), Read("--db", "feed-test.db").StoragePath);
            string problem = Assert.Single(Assert.Throws<FeedSettingsException>(() => Read("--db", Path.GetTempPath())).Problems);
            Assert.StartsWith("Feed:Storage:Path (--db) must be a database file path, or 'none' (or ':memory:') to keep everything in memory; got '", problem, StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_in_a_directory_that_does_not_exist_is_refused_rather_than_the_directory_created()
        {
            string missing = Path.Combine(Path.GetTempPath(), "ticker-no-such-" + Guid.NewGuid().ToString("N"), "feed.db");

            string problem = Assert.Single(Assert.Throws<FeedSettingsException>(() => Read("--db", missing)).Problems);

            Assert.Equal($"Feed:Storage:Path (--db) must be a file in an existing directory (only the default location is created); '{Path.GetDirectoryName(missing)}' does not exist; got '{missing}'.", problem);
            Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
        }

        [Fact]
        public void Metrics_are_on_by_default_and_off_with_metrics_false()
        {
            Assert.True(Read().MetricsEnabled);
            Assert.False(Read("--metrics", "false").MetricsEnabled);
            Assert.Equal("Feed:Metrics:Enabled (--metrics) must be true or false; got 'off'.", Assert.Single(Assert.Throws<FeedSettingsException>(() => Read("--metrics", "off")).Problems));
        }
    }
}
