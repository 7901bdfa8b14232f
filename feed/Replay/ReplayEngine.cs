using System;
using Ticker.Feed.Ingest;
using Ticker.Feed.Snapshots;

namespace Ticker.Feed.Replay
{
    /// <summary>
    /// Moves the feed through a recording: before each record it runs every snapshot refresh that falls before the
    /// record's receive time (one per refresh interval of SIMULATED time, with the clock set to that tick), then
    /// sets the clock to the receive time and hands the record to <see cref="IFeedInput"/>, the door live data
    /// uses. Fast replay and served replay both drive it, so for one recording they run the same ticks on the same
    /// inputs and reach the same snapshots and alerts, whatever the speed or pauses.
    /// </summary>
    /// <remarks>
    /// A record received exactly on a tick is handed over before that tick (the tick then sees it). A record whose
    /// time runs backwards is handed over at the current time: the clock never goes back within a pass.
    /// </remarks>
    public sealed class ReplayEngine
    {
        private readonly IFeedInput _input;
        private readonly ReplayClock _clock;
        private readonly SnapshotRefresher _refresher;
        private readonly long _intervalMs;

        public ReplayEngine(IFeedInput input, ReplayClock clock, SnapshotRefresher refresher, int intervalSeconds)
        {
            _input = input ?? throw new ArgumentNullException(nameof(input));
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _refresher = refresher ?? throw new ArgumentNullException(nameof(refresher));
            ArgumentOutOfRangeException.ThrowIfLessThan(intervalSeconds, 1);
            _intervalMs = intervalSeconds * 1000L;
        }

        /// <summary>The next refresh tick, unix milliseconds (a multiple of the interval).</summary>
        public long NextTickMs { get; private set; }

        /// <summary>Records handed over since <see cref="Begin"/>.</summary>
        public long Records { get; private set; }

        /// <summary>Refresh ticks run since <see cref="Begin"/>.</summary>
        public long Ticks { get; private set; }

        /// <summary>After each refresh tick, with the tick's time (unix ms): tests and tools look at the state there.</summary>
        public event Action<long>? Ticked;

        /// <summary>Starts a pass at <paramref name="startMs"/>: the clock is set there and a first snapshot is built.</summary>
        public void Begin(long startMs)
        {
            _clock.Restart(startMs);
            Records = 0;
            Ticks = 0;
            NextTickMs = (startMs / _intervalMs + 1) * _intervalMs;
            _refresher.RefreshNow();
        }

        /// <summary>Runs the ticks up to and including <paramref name="unixMs"/>, and leaves the clock there.</summary>
        public void RunUntil(long unixMs)
        {
            while (NextTickMs <= unixMs)
            {
                Tick();
            }

            _clock.AdvanceTo(unixMs);
        }

        /// <summary>Runs the ticks before the record's time, then hands the record over at its time.</summary>
        public void Deliver(RecordedInput record)
        {
            ArgumentNullException.ThrowIfNull(record);
            while (NextTickMs < record.TimeMs)
            {
                Tick();
            }

            _clock.AdvanceTo(record.TimeMs);
            if (record.Url is string url)
            {
                _input.AcceptRest(url, record.Status, record.Payload);
            }
            else
            {
                _input.AcceptFrame(record.Source, record.Payload);
            }

            Records++;
        }

        /// <summary>Ends a pass whose last record came at <paramref name="lastMs"/>: runs the first tick at or after it, so the final snapshot includes it.</summary>
        public void Finish(long lastMs)
        {
            long final = (lastMs + _intervalMs - 1) / _intervalMs * _intervalMs;
            RunUntil(Math.Max(final, _clock.NowMs));
        }

        private void Tick()
        {
            _clock.AdvanceTo(NextTickMs);
            _refresher.RefreshNow();
            Ticked?.Invoke(NextTickMs);
            NextTickMs += _intervalMs;
            Ticks++;
        }
    }
}
