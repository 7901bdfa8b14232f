using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ticker.Feed.Hosting;
using Ticker.Feed.Snapshots;

namespace Ticker.Emulator.Feed
{
    /// <summary>
    /// The real feed (<see cref="FeedHost.Build"/>) started inside the emulator on a free loopback port, replaying a
    /// scenario in a loop when one is available. It makes no outside connection.
    /// </summary>
    public sealed class EmbeddedFeed : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private EmbeddedFeed(WebApplication app, Uri address, string? recording)
        {
            _app = app;
            Address = address;
            Recording = recording;
        }

        /// <summary>Requests a minute the embedded replay feed allows its one client.</summary>
        public const int RateLimitPerMinute = 12000;

        /// <summary>The feed's base address (http://127.0.0.1:port).</summary>
        public Uri Address { get; }

        /// <summary>The recording being replayed, or null for a plain feed.</summary>
        public string? Recording { get; }

        /// <summary>The feed's command line for a replay of <paramref name="recording"/> (null: a plain feed).</summary>
        public static string[] Arguments(string? recording, double? speed)
        {
            // --db none: the demo feed keeps nothing on disk (a plain feed would otherwise open its SQLite file).
            var args = new List<string> { "--urls", "http://127.0.0.1:0", "--db", "none", "--Logging:LogLevel:Default", "Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning" };
            if (recording != null)
            {
                // A replay publishes a snapshot per simulated second (180 a second at the demo pace), and the device
                // long-polls each one; the page's replay and alert requests come from the same address. The feed's
                // default limit (120 a minute per client) is for a fleet: this feed serves one device and its page.
                args.AddRange(new[] { "--replay", recording, "--loop", "true", "--rate-limit", RateLimitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), "--rate-burst", "200" });
                if (speed is double s)
                {
                    args.AddRange(new[] { "--speed", s.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) });
                }
            }

            return args.ToArray();
        }

        /// <summary>Starts the feed.</summary>
        /// <exception cref="Ticker.Feed.Settings.FeedSettingsException">The feed rejected a setting (e.g. the speed).</exception>
        public static async Task<EmbeddedFeed> StartAsync(string? recording, double? speed)
        {
            WebApplication app = FeedHost.Build(Arguments(recording, speed), services => services.AddSingleton<IHostLifetime, QuietLifetime>());
            await app.StartAsync().ConfigureAwait(false);

            // The feed answers 503 until its first snapshot is built; the device would then wait out Retry-After.
            SnapshotHub.Observation served = app.Services.GetRequiredService<SnapshotHub>().Observe();
            if (served.Current == null)
            {
                await served.Next.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            }
            return new EmbeddedFeed(app, new Uri(app.Urls.Single()), recording);
        }

        /// <inheritdoc/>
        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
