using System;
using System.Collections.Generic;
using Ticker.Platform;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// The board's buttons, pressed from the page or the keyboard: raw edges stamped with the device's uptime, for the
    /// core's gesture detection. A release is dated at least <see cref="MinPressMs"/> after its press, because a
    /// mouse click or a synthetic key press can be shorter than the core's 30 ms debounce, which would read it as
    /// contact bounce; the release edge is handed over only once the device's clock has reached it.
    /// </summary>
    public sealed class VirtualButtons : IButtonSource
    {
        /// <summary>Shortest press the page can make: a finger on a real button is never faster.</summary>
        public const int MinPressMs = 60;

        private readonly IClock _clock;
        private readonly object _lock = new object();
        private readonly Queue<Edge> _edges = new Queue<Edge>();
        private readonly long[] _pressedAt;

        /// <summary>Creates the buttons of a board with <paramref name="count"/> buttons.</summary>
        public VirtualButtons(IClock clock, int count)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _pressedAt = new long[count];
            Array.Fill(_pressedAt, -1);
        }

        /// <summary>Number of buttons.</summary>
        public int Count => _pressedAt.Length;

        /// <summary>Presses button <paramref name="index"/>; false when there is no such button or it is already down.</summary>
        public bool Press(int index)
        {
            lock (_lock)
            {
                if ((uint)index >= (uint)_pressedAt.Length || _pressedAt[index] >= 0)
                {
                    return false;
                }

                long at = _clock.UptimeMs;
                _pressedAt[index] = at;
                _edges.Enqueue(new Edge(index, true, at));
                return true;
            }
        }

        /// <summary>Releases button <paramref name="index"/>; false when there is no such button or it is not down.</summary>
        public bool Release(int index)
        {
            lock (_lock)
            {
                if ((uint)index >= (uint)_pressedAt.Length || _pressedAt[index] < 0)
                {
                    return false;
                }

                long at = Math.Max(_clock.UptimeMs, _pressedAt[index] + MinPressMs);
                _pressedAt[index] = -1;
                _edges.Enqueue(new Edge(index, false, at));
                return true;
            }
        }

        /// <inheritdoc/>
        public bool TryTake(out int buttonIndex, out bool pressed, out long timeMs)
        {
            lock (_lock)
            {
                if (_edges.Count > 0 && _edges.Peek().AtMs <= _clock.UptimeMs)
                {
                    Edge edge = _edges.Dequeue();
                    buttonIndex = edge.Index;
                    pressed = edge.Pressed;
                    timeMs = edge.AtMs;
                    return true;
                }
            }

            buttonIndex = 0;
            pressed = false;
            timeMs = 0;
            return false;
        }

        private readonly record struct Edge(int Index, bool Pressed, long AtMs);
    }
}
