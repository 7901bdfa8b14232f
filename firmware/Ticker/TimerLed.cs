using System.Device.Gpio;
using System.Threading;
using Ticker.App;
using Ticker.Boards;
using Ticker.Led;
using Ticker.Platform;

namespace Ticker
{
    /// <summary>
    /// The alert LED, driven by a timer from the core's pattern so blinks keep time while the loop waits on a
    /// long-poll. It follows a fixed pattern (boot, setup) or the app's LED state. The pin is the board's LED or,
    /// on boards without one, the pin hardware/&lt;board&gt; says to wire one to; active-high or -low per board.
    /// </summary>
    public sealed class TimerLed : ILed
    {
        private const int TickMs = 25;

        private readonly GpioPin _pin;
        private readonly PinValue _onLevel;
        private readonly PinValue _offLevel;
        private readonly IClock _clock;
        private readonly Timer _timer;
        private LedPattern _pattern;
        private TickerApp _app;
        private bool _lit;

        public TimerLed(GpioController gpio, BoardProfile board, IClock clock, LedPattern pattern)
        {
            _clock = clock;
            _pattern = pattern;
            _onLevel = board.LedActiveHigh ? PinValue.High : PinValue.Low;
            _offLevel = board.LedActiveHigh ? PinValue.Low : PinValue.High;
            _pin = gpio.OpenPin(board.HasLed ? board.LedPin : board.SuggestedLedPin, PinMode.Output);
            _pin.Write(_offLevel);
            _timer = new Timer(Tick, null, 0, TickMs);
        }

        /// <summary>From now on, show the app's LED state (<see cref="TickerApp.IsLedOn"/>).</summary>
        public void Follow(TickerApp app)
        {
            _app = app;
        }

        /// <summary>From now on, show a fixed pattern.</summary>
        public void Show(LedPattern pattern)
        {
            _app = null;
            _pattern = pattern;
        }

        /// <summary>The runner's per-turn call is not needed: the timer reads the same state every 25 ms.</summary>
        public void Set(bool on)
        {
        }

        // Reads the app's LED state from the timer thread: one enum field, written by the loop thread only.
        private void Tick(object state)
        {
            long now = _clock.UptimeMs;
            TickerApp app = _app;
            bool on = app != null ? app.IsLedOn(now) : _pattern.IsOn(now);
            if (on != _lit)
            {
                _pin.Write(on ? _onLevel : _offLevel);
                _lit = on;
            }
        }
    }
}
