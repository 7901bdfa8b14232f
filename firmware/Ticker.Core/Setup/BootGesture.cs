namespace Ticker.Setup
{
    /// <summary>
    /// Reads the setup button while the boot screen shows (hardware/README.md, "Setup mode button"): held for 2 s
    /// it asks for setup mode, tapped three times for the self-test (docs/first-boot.md). The platform samples the
    /// button every <see cref="SampleMs"/> until <see cref="IsOver"/>; times are uptimes, so tests replay it exactly.
    /// </summary>
    public sealed class BootGesture
    {
        /// <summary>How long the button must stay pressed for setup mode.</summary>
        public const int HoldMs = SetupTrigger.HoldMs;

        /// <summary>How long after the boot screen appears the first press may start.</summary>
        public const int PressWindowMs = SetupTrigger.PressWindowMs;

        /// <summary>Taps that ask for the self-test.</summary>
        public const int Taps = 3;

        /// <summary>How long after the boot screen appears the taps may go on.</summary>
        public const int TapWindowMs = 3000;

        /// <summary>How often the platform reads the button: a sample below this is a bounce, not a tap.</summary>
        public const int SampleMs = 50;

        private readonly long _startMs;
        private bool _down;
        private long _downAtMs;
        private int _taps;
        private BootChoice _choice;

        /// <summary>Starts reading at <paramref name="nowMs"/>, when the boot screen appears.</summary>
        public BootGesture(long nowMs)
        {
            _startMs = nowMs;
        }

        /// <summary>Taps counted so far.</summary>
        public int TapCount
        {
            get { return _taps; }
        }

        /// <summary>The choice made so far (None until one is complete).</summary>
        public BootChoice Choice
        {
            get { return _choice; }
        }

        /// <summary>One reading of the button; returns the choice once one is complete.</summary>
        public BootChoice Sample(bool pressed, long nowMs)
        {
            if (_choice != BootChoice.None)
            {
                return _choice;
            }

            if (pressed && !_down)
            {
                bool inWindow = nowMs - _startMs <= (_taps == 0 ? PressWindowMs : TapWindowMs);
                if (inWindow)
                {
                    _down = true;
                    _downAtMs = nowMs;
                }
            }
            else if (!pressed && _down)
            {
                _down = false;
                _taps++;
                if (_taps >= Taps)
                {
                    _choice = BootChoice.SelfTest;
                }
            }

            if (_down && nowMs - _downAtMs >= HoldMs)
            {
                _choice = BootChoice.Setup;
            }

            return _choice;
        }

        /// <summary>True when nothing more can happen: a choice is made, or the window closed with the button up.</summary>
        public bool IsOver(long nowMs)
        {
            if (_choice != BootChoice.None)
            {
                return true;
            }

            return !_down && nowMs - _startMs > (_taps == 0 ? PressWindowMs : TapWindowMs);
        }
    }
}
