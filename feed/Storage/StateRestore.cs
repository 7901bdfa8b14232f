using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Alerts;
using Ticker.Feed.Risk;
using Ticker.Feed.Settings;
using Ticker.Feed.Snapshots;

namespace Ticker.Feed.Storage
{
    /// <summary>
    /// Builds the stateful parts from the database when there is one (<c>--db</c>), before anything else uses
    /// them: the aggregator with its events, coverage and venues; the cascade alert a quick restart takes up; the risk
    /// history; the snapshot builder's last seq.
    /// </summary>
    internal static class StateRestore
    {
        public static LiquidationAggregator Aggregator(IServiceProvider services)
        {
            TimeProvider time = services.GetRequiredService<TimeProvider>();
            var aggregator = new LiquidationAggregator(time);
            if (services.GetService<FeedDatabase>() is FeedDatabase database)
            {
                long nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
                var events = database.LoadLiquidations(nowMs - (long)LiquidationAggregator.Retention.TotalMilliseconds);
                // Each venue's own spans where the database has them (schema 3); an older one gives one start for all.
                var spans = database.LoadVenueSpans();
                aggregator.Restore(events, spans.Count > 0 ? database.LoadStatedSince() : database.LoadCoveredSince(), database.LoadVenuesSeen(), spans);
                aggregator.TrackUnsaved();
                Log(services, "Restored {Count} liquidations from {Path}", events.Count, database.Path);
            }

            return aggregator;
        }

        /// <summary>
        /// How recently a stopped feed must have been listening for its alert to be taken up after a restart: within
        /// the rule's window, the burst that held the alert is still partly in the 5 minutes being measured. After a
        /// longer downtime the alert starts at none, as the market may have moved on.
        /// </summary>
        public static readonly TimeSpan ResumeAlertWithin = TimeSpan.FromSeconds(CascadeDetector.WindowSeconds);

        public static CascadeDetector Detector(IServiceProvider services)
        {
            IAlertHistory history = services.GetRequiredService<IAlertHistory>();
            var detector = new CascadeDetector(services.GetRequiredService<CascadeOptions>(), history);
            if (services.GetService<FeedDatabase>() is not null)
            {
                long nowMs = services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeMilliseconds();
                if (services.GetRequiredService<LiquidationAggregator>().LastHeardMs is long lastHeardMs
                    && nowMs - lastHeardMs <= (long)ResumeAlertWithin.TotalMilliseconds)
                {
                    detector.Resume(history.Since(0));
                }
            }

            return detector;
        }

        public static RiskHistory Risk(IServiceProvider services)
        {
            var history = new RiskHistory();
            if (services.GetService<FeedDatabase>() is FeedDatabase database)
            {
                long nowMs = services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeMilliseconds();
                var samples = database.LoadRiskSamples(nowMs - (long)RiskHistory.Window.TotalMilliseconds);
                history.Restore(samples, nowMs);
                history.TrackUnsaved();
                Log(services, "Restored {Count} risk samples from {Path}", samples.Count, database.Path);
            }

            return history;
        }

        public static SnapshotBuilder Builder(IServiceProvider services)
        {
            FeedSettings settings = services.GetRequiredService<FeedSettings>();
            return new SnapshotBuilder(settings.WaitMax, services.GetService<FeedDatabase>()?.LoadLastSeq() ?? -1);
        }

        private static void Log(IServiceProvider services, string message, int count, string path) =>
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StateRestore).FullName!).LogInformation(message, count, path);
    }
}
