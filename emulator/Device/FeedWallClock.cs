using System;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// The device's wall clock set from the feed it polls, as SNTP sets a device's: the replay's time while the feed
    /// replays (<see cref="ReplayWallClock"/>), the desktop's once the feed says it has no replay (a live feed), and
    /// not set until the feed has said either. A snapshot's age (its <c>asOf</c> against this clock) then reads as it
    /// did when the data was live, never "276d" because the desktop's clock was asked while the feed was busy.
    /// </summary>
    public sealed class FeedWallClock : IWallClock
    {
        private readonly ReplayWallClock _replay;
        private readonly SystemWallClock _system;
        private volatile Source _source;

        /// <summary>Creates the clock (not set).</summary>
        public FeedWallClock(TimeProvider time)
        {
            _replay = new ReplayWallClock(time);
            _system = new SystemWallClock(time);
        }

        /// <summary>Where the time comes from.</summary>
        public enum Source
        {
            /// <summary>The feed has not answered yet: the clock is not set.</summary>
            Unknown,

            /// <summary>The feed replays: its replay's time.</summary>
            Replay,

            /// <summary>The feed is live: the desktop's time.</summary>
            Live,
        }

        /// <summary>Where the time comes from now.</summary>
        public Source From => _source;

        /// <summary>The feed replays and is at <paramref name="unixMs"/> now.</summary>
        public void Replaying(long unixMs, double speed, bool paused)
        {
            _replay.Update(unixMs, speed, paused);
            _source = Source.Replay;
        }

        /// <summary>The feed has no replay.</summary>
        public void Live() => _source = Source.Live;

        /// <inheritdoc/>
        public bool TryGetUnixSeconds(out long unixSeconds)
        {
            switch (_source)
            {
                case Source.Replay:
                    return _replay.TryGetUnixSeconds(out unixSeconds);
                case Source.Live:
                    return _system.TryGetUnixSeconds(out unixSeconds);
                default:
                    unixSeconds = 0;
                    return false;
            }
        }
    }
}
