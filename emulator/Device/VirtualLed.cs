using System;
using Ticker.Platform;

namespace Ticker.Emulator.Device
{
    /// <summary>The LED pin: every change the core makes is handed on (to the page, the terminal, tests).</summary>
    public sealed class VirtualLed : ILed
    {
        private readonly Action<bool> _changed;

        /// <summary>Creates the LED; <paramref name="changed"/> gets each new level.</summary>
        public VirtualLed(Action<bool> changed)
        {
            _changed = changed ?? throw new ArgumentNullException(nameof(changed));
        }

        /// <summary>The level last set.</summary>
        public bool IsOn { get; private set; }

        /// <inheritdoc/>
        public void Set(bool on)
        {
            IsOn = on;
            _changed(on);
        }
    }
}
