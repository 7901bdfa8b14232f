using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Ingest;
using Ticker.Feed.Settings;
using Ticker.Feed.Sources;

namespace Ticker.Feed.Connectors
{
    /// <summary>Adds the three venue connectors as hosted services when <see cref="FeedSettings.LiveSources"/> is on.</summary>
    public static class ConnectorServices
    {
        public static IServiceCollection AddConnectors(this IServiceCollection services, FeedSettings settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            // Tests register their own observer first; TryAdd keeps it.
            services.TryAddSingleton<IConnectorObserver>(NullConnectorObserver.Instance);
            if (!settings.LiveSources)
            {
                return services;
            }

            Add(services, settings, VenueProtocols.Binance(settings.BinanceUrl));
            Add(services, settings, VenueProtocols.Bybit(settings.BybitUrl, settings.BybitSymbols));
            Add(services, settings, VenueProtocols.Okx(settings.OkxUrl));
            return services;
        }

        // AddSingleton<IHostedService>, not AddHostedService: the latter de-duplicates by implementation type and
        // would keep only the first of the three connectors.
        private static void Add(IServiceCollection services, FeedSettings settings, VenueProtocol protocol)
        {
            services.AddSingleton<IHostedService>(provider => new WebSocketConnector(
                protocol,
                provider.GetRequiredService<IFeedInput>(),
                provider.GetRequiredService<SourceRegistry>(),
                provider.GetRequiredService<TimeProvider>(),
                TimeSpan.FromSeconds(settings.SilenceSeconds),
                new ReconnectBackoff(TimeSpan.FromSeconds(settings.ReconnectMinSeconds), TimeSpan.FromSeconds(settings.ReconnectMaxSeconds), new Random()),
                provider.GetRequiredService<IConnectorObserver>(),
                provider.GetRequiredService<ILogger<WebSocketConnector>>()));
        }
    }
}
