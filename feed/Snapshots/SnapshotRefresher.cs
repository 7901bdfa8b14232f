using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Alerts;
using Ticker.Feed.Risk;
using Ticker.Feed.Settings;
using Ticker.Feed.Storage;

namespace Ticker.Feed.Snapshots
{
    /// <summary>
    /// Rebuilds the snapshot on a fixed interval and publishes it when it changed. Polling the state, rather than
    /// rebuilding on every event, bounds the work (and the long-poll wake-ups) to one snapshot per interval
    /// however busy the market is, and keeps <c>seq</c> at or below the clock (see <see cref="SnapshotBuilder"/>).
    /// </summary>
    public sealed class SnapshotRefresher : BackgroundService
    {
        private readonly SnapshotComposer _composer;
        private readonly CascadeMonitor _cascade;
        private readonly RiskMonitor _risk;
        private readonly StatePersistence? _persistence;
        private readonly SnapshotBuilder _builder;
        private readonly SnapshotHub _hub;
        private readonly TimeProvider _time;
        private readonly ILogger<SnapshotRefresher> _log;
        private readonly TimeSpan _interval;
        private readonly Lock _gate = new();

        public SnapshotRefresher(
            SnapshotComposer composer, CascadeMonitor cascade, RiskMonitor risk, SnapshotBuilder builder, SnapshotHub hub, FeedSettings settings, TimeProvider time, ILogger<SnapshotRefresher> log,
            StatePersistence? persistence = null)
        {
            _persistence = persistence;
            _composer = composer;
            _cascade = cascade;
            _risk = risk;
            _builder = builder;
            _hub = hub;
            _time = time;
            _log = log;
            _interval = TimeSpan.FromSeconds(settings.SnapshotIntervalSeconds);
        }

        /// <summary>Builds the snapshot as of the current whole second and publishes it if it changed.</summary>
        public BuiltSnapshot RefreshNow()
        {
            lock (_gate)
            {
                // Windows end at asOf exactly, so asOf is a whole second and events after it wait for the next one.
                long asOfSeconds = _time.GetUtcNow().ToUnixTimeSeconds();
                _cascade.Tick(asOfSeconds);
                _risk.Tick(asOfSeconds);
                SnapshotContent content = _composer.Compose(asOfSeconds * 1000);
                BuiltSnapshot built = _builder.Build(content, asOfSeconds);

                // With --db: this refresh's new events, samples and seq, in one transaction (never throws).
                _persistence?.Save(built.Seq);
                if (_hub.Publish(built))
                {
                    if (built.Dropped.Count > 0)
                    {
                        _log.LogWarning("Snapshot {Seq}: left out values outside the contract's range: {Dropped}", built.Seq, string.Join(", ", built.Dropped));
                    }

                    if (built.ShedThrough != ShedStep.None)
                    {
                        _log.LogDebug("Snapshot {Seq}: shed through {Step} to fit {Max} bytes", built.Seq, built.ShedThrough, SnapshotBuilder.MaxBytes);
                    }
                }

                return built;
            }
        }

        public override Task StartAsync(CancellationToken cancellationToken)
        {
            // A snapshot exists before the server takes its first request: no 503 "starting" in normal operation.
            RefreshNow();
            return base.StartAsync(cancellationToken);
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            try
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    // On the clock's whole seconds, not every interval from start: asOf is a whole second, so an event
                    // is counted by the first refresh at or after the next second, and a refresh that lags the second
                    // by a random phase would add up to another second before a device sees a cascade.
                    await Task.Delay(UntilNextBoundary(_time.GetUtcNow().ToUnixTimeMilliseconds(), _interval), _time, stoppingToken);
                    try
                    {
                        RefreshNow();
                    }
                    catch (Exception error) when (error is not OperationCanceledException)
                    {
                        // One bad build must not stop the feed: the last good snapshot stays served.
                        _log.LogError(error, "Snapshot refresh failed; still serving seq {Seq}", _hub.Current?.Seq);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
        }

        /// <summary>The time from <paramref name="nowMs"/> to the next multiple of <paramref name="interval"/> on the clock (never zero).</summary>
        public static TimeSpan UntilNextBoundary(long nowMs, TimeSpan interval)
        {
            long intervalMs = (long)interval.TotalMilliseconds;
            long next = ((nowMs / intervalMs) + 1) * intervalMs;
            return TimeSpan.FromMilliseconds(next - nowMs);
        }
    }
}
