using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ticker.Feed.Monitoring;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Hosting
{
    /// <summary>Builds the feed's web application: settings, services, Kestrel on loopback unless told otherwise, routes.</summary>
    public static class FeedHost
    {
        /// <summary>Where the feed listens when neither <c>--urls</c> nor ASPNETCORE_URLS / HTTP_PORTS say: loopback only.</summary>
        public const string DefaultUrl = "http://127.0.0.1:5080";

        /// <summary>The application, not started.</summary>
        /// <param name="args">Command line: the feed's switches (<see cref="FeedSettingsReader.Switches"/>) and the host's (<c>--urls</c>).</param>
        /// <param name="configureServices">Runs before the feed's services are added; tests register a fake <see cref="TimeProvider"/> here.</param>
        /// <param name="checkAddresses">
        /// Whether to check that the listen addresses can be bound now (<see cref="ListenUrls.Unavailable"/>), before
        /// any service is built: building opens the database (--db), which a feed that cannot listen must not create.
        /// </param>
        /// <exception cref="FeedSettingsException">A setting is out of its accepted range, or an address cannot be bound.</exception>
        public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null, bool checkAddresses = false)
        {
            ArgumentNullException.ThrowIfNull(args);
            args = ExpandBareSwitches(args);
            WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                Args = args,
                // appsettings.json next to the binary, whatever directory the feed is started from.
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Configuration.AddCommandLine(args, FeedSettingsReader.Switches.ToDictionary(p => p.Key, p => p.Value));
            FeedSettings settings = FeedSettingsReader.Read(builder.Configuration);

            if (!HasListenAddress(builder.Configuration))
            {
                builder.WebHost.UseUrls(DefaultUrl);
            }

            if (checkAddresses && ListenUrls.Unavailable(builder.Configuration[ListenUrls.Key] ?? DefaultUrl) is string unavailable)
            {
                throw new FeedSettingsException(new[] { unavailable });
            }

            builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
            configureServices?.Invoke(builder.Services);
            builder.Services.AddFeed(settings);

            WebApplication app = builder.Build();
            if (settings.TrustedProxies.Count > 0)
            {
                // First: everything after it (rate limit, logs, metrics) sees the device's address, not the proxy's.
                app.UseForwardedHeaders(ProxyHeaders.Options(settings));
            }

            if (settings.MetricsEnabled)
            {
                // Outermost, so the snapshot request counter sees the status code actually sent.
                app.UseMiddleware<SnapshotRequestMetrics>();
            }

            // 404 and 405 (with its Allow header from routing) get problem-details bodies too.
            app.UseStatusCodePages();
            app.MapFeed();
            return app;
        }

        // "--live" alone means "--live true" (and "--metrics" alike): the configuration's command-line reader wants a
        // value after every switch.
        private static string[] ExpandBareSwitches(string[] args)
        {
            var expanded = new List<string>(args.Length + 1);
            for (int i = 0; i < args.Length; i++)
            {
                expanded.Add(args[i]);
                bool bare = FeedSettingsReader.BareSwitches.Contains(args[i]) && (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal));
                if (bare)
                {
                    expanded.Add("true");
                }
            }

            return expanded.ToArray();
        }

        private static bool HasListenAddress(IConfiguration configuration)
        {
            IEnumerable<string> keys = new[] { "urls", "http_ports", "https_ports" };
            return keys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
        }
    }
}
