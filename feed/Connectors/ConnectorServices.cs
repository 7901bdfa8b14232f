using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Ingest;
using Ticker.Feed.Market;
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

            Add(services, settings, _ => VenueProtocols.Binance(settings.BinanceUrl));
            // Bybit follows the most traded perpetuals once the tickers poll has named them.
            Add(services, settings, provider => VenueProtocols.Bybit(settings.BybitUrl, settings.BybitSymbols, () => provider.GetRequiredService<MarketReadings>().BybitTopSymbols));
            Add(services, settings, _ => VenueProtocols.Okx(settings.OkxUrl));
            return services;
        }

        // AddSingleton<IHostedService>, not AddHostedService: the latter de-duplicates by implementation type and
        // would keep only the first of the three connectors.
        private static void Add(IServiceCollection services, FeedSettings settings, Func<IServiceProvider, VenueProtocol> protocol)
        {
            services.AddSingleton<IHostedService>(provider => new WebSocketConnector(
                protocol(provider),
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
