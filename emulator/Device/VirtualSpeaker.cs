using System;
using Ticker.Platform;
using Ticker.Sound;

namespace Ticker.Emulator.Device
{
    /// <summary>The board's speaker: each pattern the core starts or stops is handed on, tones and all, for the page to play.</summary>
    public sealed class VirtualSpeaker : ISpeaker
    {
        private readonly Action<DeviceSound> _sound;
        private int _seq;

        /// <summary>Creates the speaker; <paramref name="sound"/> gets each play and stop.</summary>
        public VirtualSpeaker(Action<DeviceSound> sound)
        {
            _sound = sound ?? throw new ArgumentNullException(nameof(sound));
        }

        /// <inheritdoc/>
        public void Play(SoundPattern pattern)
        {
            ArgumentNullException.ThrowIfNull(pattern);
            var tones = new int[pattern.ToneCount][];
            for (int i = 0; i < tones.Length; i++)
            {
                tones[i] = new[] { pattern.ToneHz(i), pattern.ToneMs(i) };
            }

            _sound(new DeviceSound(pattern.Name, tones, ++_seq));
        }

        /// <inheritdoc/>
        public void Stop() => _sound(new DeviceSound(null, Array.Empty<int[]>(), ++_seq));
    }
}
