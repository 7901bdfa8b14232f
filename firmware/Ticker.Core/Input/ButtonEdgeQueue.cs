using Ticker.Platform;

namespace Ticker.Input
{
    /// <summary>
    /// A fixed ring of raw button edges between the GPIO interrupt thread (which adds) and the main loop (which
    /// takes). Preallocated, so an interrupt never allocates; when full, the newest edges are dropped and counted.
    /// </summary>
    public sealed class ButtonEdgeQueue : IButtonSource
    {
        private readonly object _lock = new object();
        private readonly int[] _buttons;
        private readonly bool[] _pressed;
        private readonly long[] _times;
        private int _head;
        private int _count;
        private int _dropped;

        public ButtonEdgeQueue(int capacity)
        {
            _buttons = new int[capacity];
            _pressed = new bool[capacity];
            _times = new long[capacity];
        }

        /// <summary>Edges lost because the loop did not keep up (a stuck loop, or a very noisy contact).</summary>
        public int Dropped
        {
            get { return _dropped; }
        }

        public void Add(int buttonIndex, bool pressed, long timeMs)
        {
            lock (_lock)
            {
                if (_count == _buttons.Length)
                {
                    _dropped++;
                    return;
                }

                int tail = (_head + _count) % _buttons.Length;
                _buttons[tail] = buttonIndex;
                _pressed[tail] = pressed;
                _times[tail] = timeMs;
                _count++;
            }
        }

        public bool TryTake(out int buttonIndex, out bool pressed, out long timeMs)
        {
            lock (_lock)
            {
                if (_count == 0)
                {
                    buttonIndex = 0;
                    pressed = false;
                    timeMs = 0;
                    return false;
                }

                buttonIndex = _buttons[_head];
                pressed = _pressed[_head];
                timeMs = _times[_head];
                _head = (_head + 1) % _buttons.Length;
                _count--;
                return true;
            }
        }
    }
}
