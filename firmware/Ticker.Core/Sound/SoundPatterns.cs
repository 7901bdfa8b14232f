using Ticker.Config;
using Ticker.Data;

namespace Ticker.Sound
{
    /// <summary>
    /// The alert sounds, and which alerts sound for the <c>sound</c> setting. docs/led.md ("Sound") gives the same
    /// table; a test keeps the two in step. A warning is two even beeps; a cascade is three rising chirps, twice, so
    /// the two can be told apart without looking.
    /// </summary>
    public static class SoundPatterns
    {
        /// <summary>Two 1 kHz beeps.</summary>
        public static readonly SoundPattern Warning = new SoundPattern("Warning", new int[] { 1000, 200, 0, 150, 1000, 200 });

        /// <summary>Three rising chirps (G6, C7, E7), twice.</summary>
        public static readonly SoundPattern Cascade = new SoundPattern("Cascade", new int[]
        {
            1568, 90, 0, 40, 2093, 90, 0, 40, 2637, 160, 0, 250,
            1568, 90, 0, 40, 2093, 90, 0, 40, 2637, 160,
        });

        /// <summary>The sound of an alert level: <see cref="Warning"/>, <see cref="Cascade"/> (and above), or null (watch and none are silent).</summary>
        public static SoundPattern For(AlertLevel level)
        {
            if (level >= AlertLevel.Cascade)
            {
                return Cascade;
            }

            return level == AlertLevel.Warning ? Warning : null;
        }

        /// <summary>
        /// The lowest alert that sounds for a <c>sound</c> setting: Warning for <c>warning</c>, Cascade for
        /// <c>cascade</c>, None (nothing sounds) for <c>off</c> and anything else.
        /// </summary>
        public static AlertLevel Threshold(string setting)
        {
            if (setting == DeviceSettings.SoundWarning)
            {
                return AlertLevel.Warning;
            }

            return setting == DeviceSettings.SoundCascade ? AlertLevel.Cascade : AlertLevel.None;
        }
    }
}
