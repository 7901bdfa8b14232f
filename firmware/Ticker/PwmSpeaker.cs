using System.Device.Pwm;
using System.Threading;
using nanoFramework.Hardware.Esp32;
using Ticker.Platform;
using Ticker.Sound;

namespace Ticker
{
    /// <summary>
    /// ISpeaker on the board's speaker (M5Stack Core: GPIO25 through its amplifier) or a piezo buzzer: a square wave
    /// from an LEDC PWM channel, the core's pattern played by a 10 ms timer. Between patterns the channel is stopped
    /// at duty 0, so the pin stays low: a floating or idling speaker pin hisses on the M5Stack.
    /// </summary>
    public sealed class PwmSpeaker : ISpeaker
    {
        private const int TickMs = 10;
        private const double ToneDuty = 0.5;

        private readonly PwmChannel _pwm;
        private readonly IClock _clock;
        private readonly Timer _timer;
        private readonly object _gate = new object();
        private SoundPattern _pattern;
        private long _startMs;
        private int _hz;

        private PwmSpeaker(PwmChannel pwm, IClock clock)
        {
            _pwm = pwm;
            _clock = clock;

            // Creating the channel leaves the pin alone (the native init only books a channel); Start() is what routes
            // the pin to the LEDC output. Started at duty 0 it is driven low now, not left floating until the first sound.
            _pwm.Start();
            Quiet();
            _timer = new Timer(Tick, null, Timeout.Infinite, Timeout.Infinite);
        }

        /// <summary>
        /// The speaker on <paramref name="pin"/>, or null when no PWM channel takes the pin. PWM3: the backlight has
        /// PWM1, and channels share a timer (one frequency) in pairs.
        /// </summary>
        public static PwmSpeaker Open(int pin, IClock clock)
        {
            Configuration.SetPinFunction(pin, DeviceFunction.PWM3);
            PwmChannel pwm = PwmChannel.CreateFromPin(pin, 1000, 0);
            return pwm == null ? null : new PwmSpeaker(pwm, clock);
        }

        public void Play(SoundPattern pattern)
        {
            lock (_gate)
            {
                _pattern = pattern;
                _startMs = _clock.UptimeMs;
                _hz = -1;
            }

            _timer.Change(0, TickMs);
        }

        public void Stop()
        {
            _timer.Change(Timeout.Infinite, Timeout.Infinite);
            lock (_gate)
            {
                _pattern = null;
                Quiet();
            }
        }

        private void Tick(object state)
        {
            lock (_gate)
            {
                if (_pattern == null)
                {
                    return;
                }

                long elapsed = _clock.UptimeMs - _startMs;
                if (elapsed >= _pattern.LengthMs)
                {
                    _pattern = null;
                    Quiet();
                    _timer.Change(Timeout.Infinite, Timeout.Infinite);
                    return;
                }

                int hz = _pattern.HzAt(elapsed);
                if (hz == _hz)
                {
                    return;
                }

                _hz = hz;
                if (hz == 0)
                {
                    _pwm.DutyCycle = 0;
                    return;
                }

                _pwm.Frequency = hz;
                _pwm.DutyCycle = ToneDuty;
                _pwm.Start();
            }
        }

        // Duty 0, then stopped: the pin rests low with no carrier.
        private void Quiet()
        {
            _pwm.DutyCycle = 0;
            _pwm.Stop();
            _hz = 0;
        }
    }
}
