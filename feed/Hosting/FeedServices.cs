using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Connectors;
using Ticker.Feed.Alerts;
using Ticker.Feed.Http;
using Ticker.Feed.Ingest;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;
using Ticker.Feed.Monitoring;
using Ticker.Feed.Polling;
using Ticker.Feed.Replay;
using Ticker.Feed.Rest;
using Ticker.Feed.Risk;
using Ticker.Feed.Settings;
using Ticker.Feed.Snapshots;
using Ticker.Feed.Storage;
using Ticker.Feed.Sources;
using Ticker.Feed.State;

namespace Ticker.Feed.Hosting
{
    /// <summary>The feed's object graph: every part is a singleton holding the feed's one copy of its state.</summary>
    public static class FeedServices
    {
        public static IServiceCollection AddFeed(this IServiceCollection services, FeedSettings settings)
        {
            // The clock everything reads: tests register a fake one before this, and TryAdd keeps it.
            services.TryAddSingleton(TimeProvider.System);
            FeedClocks.AddWallClock(services);
            if (settings.ReplayPath is not null)
            {
                // A served replay: the market runs on the recording's clock (see FeedClocks and feed/Replay/). The file
                // is scanned now, so a recording the feed cannot use stops it before anything starts (ReplayException).
                services.AddSingleton(ReplayFile.Open(settings.ReplayPath));
                services.AddSingleton<ReplayClock>(_ => new ReplayClock(0));
                services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<ReplayClock>());
            }

            services.AddSingleton(settings);

            // Inputs: the state later connectors fill, and the liquidation pipeline they hand frames to.
            services.AddSingleton<MarketState>();
            services.AddSingleton(provider =>
            {
                // A venue polled less often than --stale-after is not stale between two good polls.
                var registry = new SourceRegistry(provider.GetRequiredService<TimeProvider>(), settings);
                foreach (PollGroup group in PollPlan.Create(provider.GetRequiredService<RestEndpoints>()))
                {
                    foreach (PollTarget target in group.Targets)
                    {
                        registry.ExpectAtLeastEvery(group.Venue, target.Every);
                    }
                }

                return registry;
            });

            // State across restarts (--db): the stateful parts below are built from the file when there is one.
            if (settings.StoragePath is string path)
            {
                services.AddSingleton(_ => FeedDatabase.Open(path));
                services.AddSingleton<IAlertHistory, SqliteAlertHistory>();
                services.AddSingleton<StatePersistence>();
            }
            else
            {
                services.AddSingleton<IAlertHistory, InMemoryAlertHistory>();
            }

            services.AddSingleton(StateRestore.Aggregator);
            services.AddSingleton<BtcPerpetualLiquidations>();
            services.AddSingleton<ILiquidationParser, BinanceForceOrderParser>();
            services.AddSingleton<ILiquidationParser, BybitAllLiquidationParser>();
            services.AddSingleton(new OkxContractBook(OkxContractTable.BtcSwaps));
            services.AddSingleton<ILiquidationParser>(provider => new OkxLiquidationOrdersParser(provider.GetRequiredService<OkxContractBook>()));
            services.AddSingleton<LiquidationIngest>();

            // The one input door the connectors, pollers and replay call; the recorder taps it.
            services.AddSingleton<MarketReadings>();
            services.AddSingleton<MarketCombiner>();
            services.AddSingleton(provider => new RestRouter(RestParsers.Create(provider.GetRequiredService<OkxContractBook>(), settings.BybitTopSymbols)));
            services.AddSingleton(new RestEndpoints(settings));
            if (settings.RecordPath is null)
            {
                services.TryAddSingleton<IInputRecorder>(NullInputRecorder.Instance);
            }
            else
            {
                // A factory, so the container owns (and at shutdown disposes, flushing the file) the recorder.
                services.TryAddSingleton<IInputRecorder>(_ => new JsonLinesRecorder(settings.RecordPath));
            }

            services.AddSingleton<FeedInput>();
            services.AddSingleton<IFeedInput>(provider => provider.GetRequiredService<FeedInput>());

            // What the refresher runs before each build: the cascade alert (with its price history) and the risk score.
            services.TryAddSingleton(settings.Cascade);
            services.AddSingleton(StateRestore.Detector);
            services.AddSingleton<PriceHistory>();
            services.AddSingleton<MarkPriceHistory>();
            services.AddSingleton<CascadeMonitor>();
            services.AddSingleton(StateRestore.Risk);
            services.AddSingleton<RiskMonitor>();

            // The snapshot: composed from the inputs, built, published to the HTTP side by a refresher.
            services.AddSingleton<SnapshotComposer>();
            services.AddSingleton(StateRestore.Builder);
            services.AddSingleton<SnapshotHub>();
            services.AddSingleton<SnapshotRefresher>();
            if (settings.ReplayPath is null)
            {
                services.AddHostedService(provider => provider.GetRequiredService<SnapshotRefresher>());
            }
            else
            {
                // The replay ticks the refresher once per simulated interval instead of its own timer.
                services.AddSingleton<ReplayRunner>();
                services.AddHostedService(provider => provider.GetRequiredService<ReplayRunner>());
            }

            // What a new replay pass resets (IResettableState; the alert history too when it implements it).
            services.AddSingleton<IResettableState>(provider => provider.GetRequiredService<MarketState>());
            services.AddSingleton<IResettableState>(provider => provider.GetRequiredService<MarketReadings>());
            services.AddSingleton<IResettableState>(provider => provider.GetRequiredService<SourceRegistry>());
            services.AddSingleton<IResettableState>(provider => provider.GetRequiredService<LiquidationAggregator>());
            services.AddSingleton<IResettableState>(provider => provider.GetRequiredService<BtcPerpetualLiquidations>());
            services.AddSingleton<IResettableState>(provider => provider.GetRequiredService<CascadeDetector>());
            services.AddSingleton<IResettableState>(provider => provider.GetRequiredService<PriceHistory>());
            services.AddSingleton<IResettableState>(provider => provider.GetRequiredService<MarkPriceHistory>());
            services.AddSingleton<IResettableState>(provider => provider.GetRequiredService<RiskHistory>());

            // The exchange connectors, when --live is on: they hand frames to the ingest above.
            services.AddConnectors(settings);
            services.AddPollers(settings);

            // Serving.
            services.AddSingleton<LongPollGate>();
            services.AddSingleton<ClientRateLimiter>();
            services.AddSingleton<SnapshotCacheControl>();
            if (settings.MetricsEnabled)
            {
                services.AddSingleton<FeedMetrics>();
            }

            services.AddProblemDetails();
            return services;
        }
    }
}
