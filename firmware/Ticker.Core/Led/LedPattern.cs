using System;

namespace Ticker.Led
{
    /// <summary>
    /// A repeating on/off LED pattern, as data: a period and the alternating on/off segment lengths that fill it,
    /// starting with "on". Solid on is one segment as long as the period; always off is a 0 ms "on" then the period off.
    /// </summary>
    /// <remarks>
    /// Patterns are built once at startup from constants (see <see cref="LedPatterns"/>), so a bad table fails at boot,
    /// in tests, rather than while an alert is showing. <see cref="IsOn"/> allocates nothing.
    /// </remarks>
    public sealed class LedPattern
    {
        private readonly string _name;
        private readonly int _periodMs;
        private readonly int[] _segmentsMs;

        /// <summary>Builds a pattern and checks it.</summary>
        /// <param name="name">A short name for logs and the handbook.</param>
        /// <param name="periodMs">Length of one cycle in ms; more than 0.</param>
        /// <param name="segmentsMs">
        /// Segment lengths in ms, alternating on, off, on, ... starting with on; each 0 or more, adding up to exactly
        /// <paramref name="periodMs"/>. Copied, so later changes to the array do not affect the pattern.
        /// </param>
        /// <exception cref="ArgumentException">Any of the rules above is broken; the message says which.</exception>
        public LedPattern(string name, int periodMs, int[] segmentsMs)
        {
            if (name == null || name.Length == 0)
            {
                throw new ArgumentException("LED pattern needs a name");
            }

            if (periodMs <= 0)
            {
                throw new ArgumentException("LED pattern '" + name + "': period must be more than 0 ms, got " + periodMs);
            }

            if (segmentsMs == null || segmentsMs.Length == 0)
            {
                throw new ArgumentException("LED pattern '" + name + "': needs at least one on/off segment");
            }

            long sum = 0;
            _segmentsMs = new int[segmentsMs.Length];
            for (int i = 0; i < segmentsMs.Length; i++)
            {
                if (segmentsMs[i] < 0)
                {
                    throw new ArgumentException(
                        "LED pattern '" + name + "': segment " + i + " is negative (" + segmentsMs[i] + " ms)");
                }

                sum += segmentsMs[i];
                _segmentsMs[i] = segmentsMs[i];
            }

            if (sum != periodMs)
            {
                throw new ArgumentException(
                    "LED pattern '" + name + "': segments add up to " + sum + " ms, not the period of " + periodMs + " ms");
            }

            _name = name;
            _periodMs = periodMs;
        }

        /// <summary>The pattern's name, for logs and the handbook.</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>Length of one cycle in ms.</summary>
        public int PeriodMs
        {
            get { return _periodMs; }
        }

        /// <summary>Number of on/off segments in one cycle.</summary>
        public int SegmentCount
        {
            get { return _segmentsMs.Length; }
        }

        /// <summary>Length in ms of segment <paramref name="index"/> (0-based; even indexes are on, odd are off).</summary>
        public int SegmentMs(int index)
        {
            return _segmentsMs[index];
        }

        /// <summary>Whether segment <paramref name="index"/> lights the LED: even indexes do.</summary>
        public static bool SegmentIsOn(int index)
        {
            return (index & 1) == 0;
        }

        /// <summary>
        /// Whether the LED is lit at <paramref name="timeMs"/> (monotonic ms). Cycles start at every multiple of the
        /// period, times before 0 included, so the phase is the same whichever clock origin the caller uses.
        /// </summary>
        public bool IsOn(long timeMs)
        {
            long phase = timeMs % _periodMs;
            if (phase < 0)
            {
                phase += _periodMs;
            }

            long end = 0;
            for (int i = 0; i < _segmentsMs.Length; i++)
            {
                end += _segmentsMs[i];
                if (phase < end)
                {
                    return SegmentIsOn(i);
                }
            }

            // Unreachable: the constructor made the segments fill the period.
            return false;
        }
    }
}
