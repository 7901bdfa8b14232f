using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Hosting;
using Ticker.Feed.Snapshots;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>
    /// The feed on a real Kestrel server, on 127.0.0.1 and a port the OS picks, with a fake clock: time (long-poll
    /// timeouts, rate-limit refills, the refresher's ticks) moves only when a test advances it.
    /// </summary>
    internal sealed class RunningFeed : IAsyncDisposable
    {
        private RunningFeed(WebApplication app, FakeTimeProvider clock, Uri address)
        {
            App = app;
            Clock = clock;
            Address = address;
            Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        }

        public WebApplication App { get; }

        public FakeTimeProvider Clock { get; }

        public Uri Address { get; }

        public HttpClient Client { get; }

        /// <summary>Starts the feed with the given extra command-line arguments.</summary>
        public static Task<RunningFeed> StartAsync(params string[] args) => StartAsync(args, null);

        /// <summary>
        /// Starts the feed with extra arguments and extra services (registered before the feed's own), on
        /// <paramref name="clock"/> (a new <see cref="TestClock"/> by default). Without a <c>--db</c> argument the
        /// feed keeps everything in memory (<c>--db none</c>): a test never writes to the user's folders.
        /// </summary>
        public static async Task<RunningFeed> StartAsync(string[] args, Action<IServiceCollection>? configure, FakeTimeProvider? clock = null)
        {
            clock ??= TestClock.New();
            string[] storage = args.Contains("--db") ? Array.Empty<string>() : new[] { "--db", "none" };
            string[] all = new[] { "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning" }.Concat(storage).Concat(args).ToArray();
            WebApplication app = FeedHost.Build(all, services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                configure?.Invoke(services);
            });
            await app.StartAsync();
            return new RunningFeed(app, clock, new Uri(app.Urls.Single()));
        }

        public T Service<T>()
            where T : notnull => App.Services.GetRequiredService<T>();

        /// <summary>What the refresher does on its tick: build the snapshot now and publish it if it changed.</summary>
        public BuiltSnapshot Refresh() => Service<SnapshotRefresher>().RefreshNow();

        public HttpRequestMessage Get(string path, string? ifNoneMatch = null, string? bearer = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (ifNoneMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            }

            if (bearer is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
            }

            return request;
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
