using Ticker.Data;

namespace Ticker.Sound
{
    /// <summary>
    /// Decides when an alert sounds: once when it starts and once more each time it escalates, if the level is at
    /// or above the <c>sound</c> setting's threshold, it is not acknowledged and it is not night. A level that was
    /// silenced (acknowledged, at night, below the threshold) is spent: it never sounds later, so nothing beeps
    /// when night ends or a button is released.
    /// </summary>
    /// <remarks>Not thread-safe: call from the thread that applies snapshots.</remarks>
    public sealed class AlertSound
    {
        private AlertLevel _level = AlertLevel.None;
        private long _startedAt;
        private AlertLevel _spent = AlertLevel.None;

        /// <summary>
        /// Records the alert of a good snapshot and returns the pattern to play now, or null. <paramref name="startedAt"/>
        /// identifies the alert (compared for equality only).
        /// </summary>
        public SoundPattern Observe(AlertLevel level, long startedAt, bool acknowledged, bool night, AlertLevel threshold)
        {
            if (level <= AlertLevel.None)
            {
                _level = AlertLevel.None;
                _spent = AlertLevel.None;
                return null;
            }

            if (_level == AlertLevel.None || startedAt != _startedAt)
            {
                _spent = AlertLevel.None;
            }

            _level = level;
            _startedAt = startedAt;
            if (level <= _spent)
            {
                return null;
            }

            _spent = level;
            if (acknowledged || night || threshold == AlertLevel.None || level < threshold)
            {
                return null;
            }

            return SoundPatterns.For(level);
        }
    }
}
