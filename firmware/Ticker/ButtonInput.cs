using System;
using System.Device.Gpio;
using Ticker.Boards;
using Ticker.Input;

namespace Ticker
{
    /// <summary>
    /// The board's buttons: each pin opened with the pull-up its ButtonSpec asks for, every edge handed to the
    /// core's ButtonEdgeQueue with its uptime (the core's GestureDetector debounces and reads gestures).
    /// </summary>
    public sealed class ButtonInput
    {
        // A short native filter against bounce storms only; the real 30 ms debounce is the core's.
        private static readonly TimeSpan NativeDebounce = TimeSpan.FromTicks(5 * TimeSpan.TicksPerMillisecond);

        private readonly ButtonSpec[] _specs;
        private readonly GpioPin[] _pins;
        private readonly ButtonEdgeQueue _queue;

        public ButtonInput(GpioController gpio, BoardProfile board, ButtonEdgeQueue queue)
        {
            _specs = board.Buttons;
            _queue = queue;
            _pins = new GpioPin[_specs.Length];
            for (int i = 0; i < _specs.Length; i++)
            {
                _pins[i] = gpio.OpenPin(_specs[i].Pin, _specs[i].NeedsInternalPullUp ? PinMode.InputPullUp : PinMode.Input);
                _pins[i].DebounceTimeout = NativeDebounce;
                _pins[i].ValueChanged += OnValueChanged;
            }
        }

        public bool IsPressed(int index)
        {
            return (_pins[index].Read() == PinValue.Low) == _specs[index].ActiveLow;
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            long now = Environment.TickCount64;
            for (int i = 0; i < _specs.Length; i++)
            {
                if (_specs[i].Pin == e.PinNumber)
                {
                    bool high = e.ChangeType == PinEventTypes.Rising;
                    _queue.Add(i, high != _specs[i].ActiveLow, now);
                }
            }
        }
    }
}
