using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ticker.Feed.Alerts;
using Ticker.Feed.Hosting;
using Ticker.Feed.Ingest;
using Ticker.Feed.Settings;
using Ticker.Feed.Snapshots;
using Ticker.Feed.State;
using Ticker.Feed.Storage;

namespace Ticker.Feed.Replay
{
    /// <summary>
    /// Serves a recording live (<c>--replay &lt;file&gt; [--speed N] [--loop]</c>): simulated time runs at N times the
    /// wall clock, and the <see cref="ReplayEngine"/> hands over every record and runs every refresh tick up to it,
    /// so what devices see equals what a fast replay computes. Without --loop the final state stays served; with it,
    /// the next pass starts from a clean market (<see cref="IResettableState"/>) while <c>seq</c> keeps increasing.
    /// Pause, speed and restart come from <c>POST /v1/replay</c>.
    /// </summary>
    /// <remarks>
    /// Pacing runs on the wall clock (<see cref="FeedClocks.Wall"/>), the market on the <see cref="ReplayClock"/>.
    /// Everything that touches the market runs on this service's loop, one record or tick at a time.
    /// </remarks>
    public sealed class ReplayRunner : BackgroundService
    {
        private readonly FeedSettings _settings;
        private readonly ReplayClock _clock;
        private readonly TimeProvider _wall;
        private readonly ReplayEngine _engine;
        private readonly IReadOnlyList<IResettableState> _resettable;
        private readonly IReplayObserver _observer;
        private readonly ILogger<ReplayRunner> _log;
        private readonly FeedDatabase? _database;
        /// <summary>A stored state this far past the last record still belongs to the recording (its final tick).</summary>
        private const long ResumeMarginMs = 60_000;

        private readonly Lock _gate = new();
        private ReplayFile? _file;
        private double _speed;
        private bool _paused;
        private bool _ended;
        private int _pass;
        private long _anchorSimMs;
        private long _anchorWallTs;
        private TaskCompletionSource _wake = NewSignal();
        private TaskCompletionSource _settled = NewSignal();
        private TaskCompletionSource? _restart;
        private long? _resumeAfterMs;

        public ReplayRunner(
            FeedSettings settings,
            ReplayClock clock,
            [FromKeyedServices(FeedClocks.Wall)] TimeProvider wall,
            IFeedInput input,
            SnapshotRefresher refresher,
            IEnumerable<IResettableState> resettable,
            IAlertHistory history,
            IEnumerable<IReplayObserver> observers,
            ILogger<ReplayRunner> log,
            ReplayFile file,
            IServiceProvider services)
        {
            _file = file ?? throw new ArgumentNullException(nameof(file));
            _settings = settings ?? throw new ArgumentNullException(nameof(settings));
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _wall = wall ?? throw new ArgumentNullException(nameof(wall));
            _engine = new ReplayEngine(input, clock, refresher, settings.SnapshotIntervalSeconds);
            var parts = new List<IResettableState>(resettable);
            if (history is IResettableState resettableHistory)
            {
                parts.Add(resettableHistory);
            }

            _resettable = parts.Distinct().ToArray();
            _observer = observers.LastOrDefault() ?? new NullReplayObserver();
            _log = log ?? throw new ArgumentNullException(nameof(log));
            _speed = settings.ReplaySpeed;
            _database = services.GetService<FeedDatabase>();
        }

        /// <summary>The replay's state now.</summary>
        public ReplayStatus Status()
        {
            lock (_gate)
            {
                ReplayFile file = _file ?? throw new InvalidOperationException("The replay has not started.");
                long position = Math.Clamp(_clock.NowMs - file.StartMs, 0, file.DurationMs);
                return new ReplayStatus(file.Name, position, file.DurationMs, file.StartMs, _speed, _paused, _settings.ReplayLoop, _pass, _ended, file.Markers);
            }
        }

        /// <summary>Pauses or resumes; the answer comes once the replay has taken the change in.</summary>
        public Task<ReplayStatus> SetPausedAsync(bool paused, CancellationToken cancel) => Change(() =>
        {
            if (paused != _paused)
            {
                _anchorSimMs = TargetLocked();
                _anchorWallTs = _wall.GetTimestamp();
                _paused = paused;
            }
        }, cancel);

        /// <summary>Changes the speed from now on; the position reached so far stays.</summary>
        public Task<ReplayStatus> SetSpeedAsync(double speed, CancellationToken cancel)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(speed, FeedSettingsReader.ReplaySpeedMin);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(speed, FeedSettingsReader.ReplaySpeedMax);
            return Change(() =>
            {
                _anchorSimMs = TargetLocked();
                _anchorWallTs = _wall.GetTimestamp();
                _speed = speed;
            }, cancel);
        }

        /// <summary>Starts a new pass from the beginning with a clean market; answers once it has started.</summary>
        public async Task<ReplayStatus> RestartAsync(CancellationToken cancel)
        {
            Task started;
            lock (_gate)
            {
                _restart ??= NewSignal();
                started = _restart.Task;
                Wake();
            }

            await started.WaitAsync(cancel);
            return Status();
        }

        public override Task StartAsync(CancellationToken cancellationToken)
        {
            // Scanned when the feed was built (FeedServices); at its first instant before the server takes requests:
            // /v1/snapshot and /v1/replay answer at once. What the scan found wrong is one line each.
            ReplayFile file = _file!;
            foreach (string? problem in new[] { file.BadLinesSummary, file.OutOfOrderSummary })
            {
                if (problem is not null)
                {
                    _log.LogWarning("Replay: {Problem}", problem);
                }
            }

            _log.LogInformation(
                "Replaying {Name} ({Path}): {Records} records over {Duration}, from {Start:u}, at {Speed}x{Loop}",
                file.Name,
                file.Path,
                file.Records,
                TimeSpan.FromMilliseconds(file.DurationMs),
                DateTimeOffset.FromUnixTimeMilliseconds(file.StartMs),
                _speed,
                _settings.ReplayLoop ? ", looping" : string.Empty);
            // With --db, a feed restarted during a replay resumes where its stored state ends: the windows come back
            // from the database and the records already counted are not handed over again.
            long? stored = _database?.LoadStateTimeMs();
            if (stored is long other && (other <= file.StartMs || other > file.EndMs + ResumeMarginMs))
            {
                _log.LogWarning("The state in {Path} is not this recording's (it ends at {Time:u}): the replay starts from the beginning on it", _database!.Path, DateTimeOffset.FromUnixTimeMilliseconds(other));
            }
            else if (stored is long resumeMs)
            {
                _resumeAfterMs = resumeMs;
                _log.LogInformation("Resuming the replay at {Position} ms, where the state in {Path} ends", resumeMs - file.StartMs, _database!.Path);
            }

            StartPass(first: true);
            return base.StartAsync(cancellationToken);
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            try
            {
                while (true)
                {
                    bool restart;
                    bool failed = false;
                    try
                    {
                        restart = await PlayPassAsync(stoppingToken);
                    }
                    catch (Exception error) when (error is not OperationCanceledException)
                    {
                        // A bug, not bad input (bad lines are skipped, parsers never throw on content): the pass
                        // stops where it is, the feed keeps serving that state, and a restart can try again.
                        _log.LogError(error, "Replay pass {Pass} stopped at {Position} ms", Status().Pass, Status().PositionMs);
                        restart = false;
                        failed = true;
                    }

                    if (!restart)
                    {
                        ReplayStatus ended;
                        lock (_gate)
                        {
                            _ended = true;
                        }

                        ended = Status();
                        _log.LogInformation("Replay pass {Pass} ended at {Position} ms", ended.Pass, ended.PositionMs);
                        _observer.PassEnded(ended);
                        if (!_settings.ReplayLoop || failed)
                        {
                            // The final state stays served until a restart is asked for.
                            while (!RestartRequested())
                            {
                                await WaitAsync(long.MaxValue, stoppingToken);
                            }
                        }
                    }

                    StartPass(first: false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
        }

        /// <summary>Plays the pass to its end (false) or until a restart is asked for (true).</summary>
        private async Task<bool> PlayPassAsync(CancellationToken stop)
        {
            ReplayFile file = _file!;
            using IEnumerator<RecordedInput> records = file.Reader().Read().GetEnumerator();
            RecordedInput? pending = records.MoveNext() ? records.Current : null;
            long skipThrough = _resumeAfterMs ?? long.MinValue;
            _resumeAfterMs = null;
            while (pending is not null && pending.TimeMs <= skipThrough)
            {
                // Resuming: the stored state has these records' liquidations, but not what REST answers taught the
                // feed (the OKX contract values, the latest readings): those are handed over again, at the resume time.
                if (pending.Url is not null)
                {
                    _engine.Deliver(pending);
                }

                pending = records.MoveNext() ? records.Current : null;
            }

            while (true)
            {
                if (RestartRequested())
                {
                    return true;
                }

                long target;
                lock (_gate)
                {
                    target = file.StartMs + TargetLocked();
                }

                while (pending is not null && pending.TimeMs <= target)
                {
                    _engine.Deliver(pending);
                    pending = records.MoveNext() ? records.Current : null;
                }

                if (pending is null)
                {
                    _engine.Finish(file.EndMs);
                    return false;
                }

                _engine.RunUntil(target);
                await WaitAsync(Math.Min(pending.TimeMs, _engine.NextTickMs) - target, stop);
            }
        }

        /// <summary>Waits until <paramref name="simulatedMs"/> of simulated time have passed (never while paused) or a control change wakes it.</summary>
        private async Task WaitAsync(long simulatedMs, CancellationToken stop)
        {
            Task wake;
            Task? delay = null;
            using var cancelDelay = CancellationTokenSource.CreateLinkedTokenSource(stop);
            lock (_gate)
            {
                wake = _wake.Task;
                if (!_paused && simulatedMs != long.MaxValue)
                {
                    double wallMs = Math.Ceiling(Math.Max(1, simulatedMs) / _speed);
                    delay = Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, wallMs)), _wall, cancelDelay.Token);
                }

                // Settled: whoever changed the state knows the loop has taken it in and is now waiting, its timer armed.
                TaskCompletionSource settled = _settled;
                _settled = NewSignal();
                settled.TrySetResult();
            }

            if (delay is null)
            {
                await wake.WaitAsync(stop);
                return;
            }

            await Task.WhenAny(wake, delay);
            cancelDelay.Cancel();
            stop.ThrowIfCancellationRequested();
        }

        private void StartPass(bool first)
        {
            if (!first)
            {
                foreach (IResettableState part in _resettable)
                {
                    part.Reset();
                }
            }

            ReplayFile file = _file!;
            long startMs = first && _resumeAfterMs is long resume ? resume : file.StartMs;
            _engine.Begin(startMs);
            TaskCompletionSource? restarted;
            lock (_gate)
            {
                _pass = first ? 1 : _pass + 1;
                _ended = false;
                _anchorSimMs = startMs - file.StartMs;
                _anchorWallTs = _wall.GetTimestamp();
                restarted = _restart;
                _restart = null;
            }

            restarted?.TrySetResult();
            _observer.PassStarted(Status());
        }

        private bool RestartRequested()
        {
            lock (_gate)
            {
                return _restart is not null;
            }
        }

        private async Task<ReplayStatus> Change(Action apply, CancellationToken cancel)
        {
            Task settled;
            lock (_gate)
            {
                apply();
                settled = _settled.Task;
                Wake();
            }

            await settled.WaitAsync(cancel);
            return Status();
        }

        /// <summary>Simulated ms since the start that the replay should have reached now. Under the lock.</summary>
        private long TargetLocked()
        {
            if (_paused)
            {
                return _anchorSimMs;
            }

            double elapsed = _wall.GetElapsedTime(_anchorWallTs).TotalMilliseconds * _speed;
            return _anchorSimMs + (long)Math.Min(elapsed, long.MaxValue / 4);
        }

        private void Wake()
        {
            TaskCompletionSource wake = _wake;
            _wake = NewSignal();
            wake.TrySetResult();
        }

        private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
