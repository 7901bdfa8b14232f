using System;
using System.Net;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Backfill;
using Ticker.Feed.Ingest;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Rest;
using Ticker.Feed.Settings;
using Ticker.Feed.Sources;

namespace Ticker.Feed.Polling
{
    /// <summary>
    /// Adds one <see cref="RestPoller"/> per <see cref="PollPlan"/> group, and OKX's start-up liquidation backfill,
    /// as hosted services when <see cref="FeedSettings.LiveSources"/> is on.
    /// </summary>
    public static class PollerServices
    {
        /// <summary>The named HTTP client the pollers use.</summary>
        public const string HttpClientName = "exchanges";

        public static IServiceCollection AddPollers(this IServiceCollection services, FeedSettings settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            services.TryAddSingleton<IPollerObserver>(NullPollerObserver.Instance);
            if (!settings.LiveSources)
            {
                return services;
            }

            services.AddHttpClient(HttpClientName, client =>
                {
                    // The pollers time requests out on the feed clock themselves.
                    client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
                    client.DefaultRequestHeaders.UserAgent.ParseAdd("ticker-feed/1.0");
                })
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All });

            foreach (PollGroup group in PollPlan.Create(new RestEndpoints(settings)))
            {
                // AddSingleton<IHostedService>, not AddHostedService, which would keep only the first poller.
                services.AddSingleton<IHostedService>(provider => new RestPoller(
                    group,
                    provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
                    provider.GetRequiredService<IFeedInput>(),
                    provider.GetRequiredService<SourceRegistry>(),
                    provider.GetRequiredService<TimeProvider>(),
                    new Random(),
                    provider.GetRequiredService<IPollerObserver>(),
                    provider.GetRequiredService<ILogger<RestPoller>>()));
            }

            services.AddSingleton(provider => new OkxLiquidationBackfill(
                provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
                provider.GetRequiredService<RestEndpoints>(),
                provider.GetRequiredService<LiquidationIngest>(),
                provider.GetRequiredService<OkxContractBook>(),
                provider.GetRequiredService<SourceRegistry>(),
                provider.GetRequiredService<IInputRecorder>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<OkxLiquidationBackfill>>()));
            services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<OkxLiquidationBackfill>());
            return services;
        }
    }
}
