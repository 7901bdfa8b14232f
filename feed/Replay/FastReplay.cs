using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Ticker.Feed.Alerts;
using Ticker.Feed.Hosting;
using Ticker.Feed.Ingest;
using Ticker.Feed.Settings;
using Ticker.Feed.Snapshots;
using Ticker.Feed.State;

namespace Ticker.Feed.Replay
{
    /// <summary>
    /// Replays a recording as fast as the machine allows through the feed's own object graph (FeedHost.Build, never
    /// started: no port, no timers), on a <see cref="ReplayClock"/> ticked once per simulated refresh interval.
    /// The same file always gives the same bytes.
    /// </summary>
    public static class FastReplay
    {
        /// <summary>Replays <paramref name="recording"/> (a file, a scenario folder or a shipped scenario's name).</summary>
        /// <param name="feedArgs">Feed switches that shape the result (<c>--snapshot-interval</c>, <c>--stale-after</c>).</param>
        /// <param name="onBadLine">Hears about each skipped line.</param>
        /// <param name="onProgress">Called every 10,000 records with the records so far and the simulated time.</param>
        /// <param name="onTick">Called after each refresh tick with its time (unix ms) and the feed's market state then.</param>
        /// <param name="onOpened">Called once the file is scanned, before the replay: its bad lines and time order.</param>
        /// <exception cref="ReplayException">No recording there, or no record in it.</exception>
        /// <exception cref="FeedSettingsException">A feed switch is out of range.</exception>
        public static ReplayResult Run(
            string recording, IReadOnlyList<string>? feedArgs = null, Action<BadLine>? onBadLine = null, Action<long, long>? onProgress = null, Action<long, MarketState>? onTick = null, Action<ReplayFile>? onOpened = null)
        {
            ReplayFile file = ReplayFile.Open(recording);
            onOpened?.Invoke(file);
            var clock = new ReplayClock(file.StartMs);
            // Never a database: a fast replay neither restores a feed's state nor writes into it.
            string[] args = new[] { "--Logging:LogLevel:Default", "Warning" }.Concat(feedArgs ?? Array.Empty<string>()).Concat(new[] { "--db", "none" }).ToArray();
            using WebApplication app = FeedHost.Build(args, services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                // Logs to stderr: stdout is for the summary.
                services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            });

            IServiceProvider services = app.Services;
            FeedSettings settings = services.GetRequiredService<FeedSettings>();
            var engine = new ReplayEngine(services.GetRequiredService<IFeedInput>(), clock, services.GetRequiredService<SnapshotRefresher>(), settings.SnapshotIntervalSeconds);
            if (onTick is not null)
            {
                MarketState market = services.GetRequiredService<MarketState>();
                engine.Ticked += ms => onTick(ms, market);
            }

            engine.Begin(file.StartMs);
            RecordingReader reader = file.Reader();
            foreach (RecordedInput record in reader.Read(onBadLine))
            {
                engine.Deliver(record);
                if (engine.Records % 10_000 == 0)
                {
                    onProgress?.Invoke(engine.Records, clock.NowMs);
                }
            }

            engine.Finish(file.EndMs);
            BuiltSnapshot snapshot = services.GetRequiredService<SnapshotHub>().Current!;
            IReadOnlyList<AlertTransition> alerts = services.GetRequiredService<IAlertHistory>().Since(0);
            return new ReplayResult((byte[])snapshot.Body.Clone(), AlertsJson.Write(alerts), alerts, snapshot.Seq, engine.Records, reader.BadLines, engine.Ticks, file.StartMs, clock.NowMs, services.GetRequiredService<MarketState>());
        }
    }
}
