using System;

namespace Ticker.Sound
{
    /// <summary>
    /// A short tune, as data: tones played one after another, each a frequency (0 = silence) and a length. Played
    /// once per trigger, never looped: the LED keeps showing the alert, the sound only announces it.
    /// </summary>
    public sealed class SoundPattern
    {
        private readonly string _name;
        private readonly int[] _hz;
        private readonly int[] _ms;
        private readonly int _lengthMs;

        /// <summary>Builds a pattern and checks it.</summary>
        /// <param name="name">A short name for logs, the emulator and the docs.</param>
        /// <param name="tones">Pairs of frequency in Hz (0 for a rest, else 100 to 8000) and length in ms (more than 0). Copied.</param>
        /// <exception cref="ArgumentException">A rule above is broken; the message says which.</exception>
        public SoundPattern(string name, int[] tones)
        {
            if (name == null || name.Length == 0)
            {
                throw new ArgumentException("sound pattern needs a name");
            }

            if (tones == null || tones.Length == 0 || tones.Length % 2 != 0)
            {
                throw new ArgumentException("sound pattern '" + name + "': tones must be pairs of Hz and ms");
            }

            _hz = new int[tones.Length / 2];
            _ms = new int[tones.Length / 2];
            for (int i = 0; i < _hz.Length; i++)
            {
                int hz = tones[2 * i];
                int ms = tones[(2 * i) + 1];
                if (hz != 0 && (hz < 100 || hz > 8000))
                {
                    throw new ArgumentException("sound pattern '" + name + "': tone " + i.ToString() + " is " + hz.ToString() + " Hz, not 0 or 100 to 8000");
                }

                if (ms <= 0)
                {
                    throw new ArgumentException("sound pattern '" + name + "': tone " + i.ToString() + " lasts " + ms.ToString() + " ms");
                }

                _hz[i] = hz;
                _ms[i] = ms;
                _lengthMs += ms;
            }

            _name = name;
        }

        /// <summary>The pattern's name ("Warning", "Cascade").</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>Number of tones and rests.</summary>
        public int ToneCount
        {
            get { return _hz.Length; }
        }

        /// <summary>Frequency of tone <paramref name="index"/> in Hz; 0 for a rest.</summary>
        public int ToneHz(int index)
        {
            return _hz[index];
        }

        /// <summary>Length of tone <paramref name="index"/> in ms.</summary>
        public int ToneMs(int index)
        {
            return _ms[index];
        }

        /// <summary>Length of the whole pattern in ms.</summary>
        public int LengthMs
        {
            get { return _lengthMs; }
        }

        /// <summary>The frequency sounding <paramref name="elapsedMs"/> after the start: 0 in a rest and after the end.</summary>
        public int HzAt(long elapsedMs)
        {
            if (elapsedMs < 0)
            {
                return 0;
            }

            long end = 0;
            for (int i = 0; i < _hz.Length; i++)
            {
                end += _ms[i];
                if (elapsedMs < end)
                {
                    return _hz[i];
                }
            }

            return 0;
        }
    }
}
