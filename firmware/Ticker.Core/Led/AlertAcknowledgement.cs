using Ticker.Data;

namespace Ticker.Led
{
    /// <summary>
    /// Remembers whether the user acknowledged the current alert, so the LED can go quiet without hiding anything
    /// new. An acknowledgement holds while the same alert (same start) stays at or below the acknowledged level; it
    /// ends when the alert escalates above that level, when an alert with another start time appears, or when the
    /// level drops to None (whatever comes back afterwards is a new alert).
    /// </summary>
    /// <remarks>Not thread-safe: call from the thread that applies snapshots and button actions.</remarks>
    public sealed class AlertAcknowledgement
    {
        private AlertLevel _level = AlertLevel.None;
        private long _startedAt;
        private bool _acknowledged;
        private AlertLevel _acknowledgedLevel = AlertLevel.None;

        /// <summary>
        /// Records the alert of a good (fresh, parsed) snapshot. <paramref name="startedAt"/> identifies the alert (the
        /// feed's start time); it is only compared for equality. Stale snapshots should not be passed in.
        /// </summary>
        public void Observe(AlertLevel level, long startedAt)
        {
            if (level <= AlertLevel.None)
            {
                _level = AlertLevel.None;
                _acknowledged = false;
                return;
            }

            bool isNew = _level == AlertLevel.None || startedAt != _startedAt;
            if (isNew || level > _acknowledgedLevel)
            {
                _acknowledged = false;
            }

            _level = level;
            _startedAt = startedAt;
        }

        /// <summary>
        /// Acknowledges the alert last observed, at its current level. Does nothing when there is no alert, so a stray
        /// press cannot pre-silence the next alert.
        /// </summary>
        public void Acknowledge()
        {
            if (_level == AlertLevel.None)
            {
                return;
            }

            _acknowledged = true;
            _acknowledgedLevel = _level;
        }

        /// <summary>True while the current alert is acknowledged (the LED should not show it).</summary>
        public bool IsAcknowledged
        {
            get { return _acknowledged; }
        }
    }
}
