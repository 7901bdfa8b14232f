using System;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// The wall clock of a device watching a replay: the replay's simulated time (its start plus its position),
    /// running at the replay's speed between updates and standing still while it is paused. A device set to the
    /// desktop's clock would call a recorded snapshot months old; set to the replay's, its "age" reads as it did
    /// when the data was live. Not set until the first update.
    /// </summary>
    public sealed class ReplayWallClock : IWallClock
    {
        private readonly TimeProvider _time;
        private Anchor? _anchor;

        /// <summary>Creates the clock (not set).</summary>
        public ReplayWallClock(TimeProvider time)
        {
            _time = time ?? throw new ArgumentNullException(nameof(time));
        }

        /// <summary>The replay is at <paramref name="unixMs"/> now, moving at <paramref name="speed"/> times real time.</summary>
        public void Update(long unixMs, double speed, bool paused)
        {
            _anchor = new Anchor(unixMs, _time.GetTimestamp(), paused ? 0 : speed);
        }

        /// <inheritdoc/>
        public bool TryGetUnixSeconds(out long unixSeconds)
        {
            Anchor? anchor = _anchor;
            if (anchor == null)
            {
                unixSeconds = 0;
                return false;
            }

            double elapsedMs = _time.GetElapsedTime(anchor.Timestamp).TotalMilliseconds * anchor.Speed;
            unixSeconds = (anchor.UnixMs + (long)elapsedMs) / 1000;
            return true;
        }

        private sealed record Anchor(long UnixMs, long Timestamp, double Speed);
    }
}
