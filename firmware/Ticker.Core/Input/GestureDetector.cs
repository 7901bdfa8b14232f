using System;

namespace Ticker.Input
{
    /// <summary>
    /// Turns the raw, bouncing edges of ONE button into gestures. Pure logic: the caller passes every edge from the
    /// GPIO interrupt and calls <see cref="Tick"/> regularly (every 10-50 ms) with a monotonic clock in milliseconds.
    /// </summary>
    /// <remarks>
    /// <para>Timing (defaults; see the constructor):</para>
    /// <list type="bullet">
    /// <item><description>Debounce, 30 ms: a level counts only once no edge has followed it for 30 ms or more. That is
    /// seen by the next edge (30 ms or more later) or by <see cref="Tick"/>. Edges less than 30 ms apart are contact
    /// bounce and never make a press on their own.</description></item>
    /// <item><description>A press starts at the edge that began the stable pressed level and ends at the edge that
    /// began the stable released level; its duration is the time between those two edges.</description></item>
    /// <item><description>Short press: released with a duration under 1000 ms (999 is short, 1000 is long). Reported
    /// when the release is confirmed, so 30 ms after the release edge.</description></item>
    /// <item><description>Long press: reported once, while still held, by the first call that sees 1000 ms or more of
    /// holding. The release after it reports nothing.</description></item>
    /// <item><description>Very long press: reported once, while still held, by the first call that sees 5000 ms or more,
    /// always after the long press of the same hold.</description></item>
    /// </list>
    /// <para>Robustness: an edge older than the previous one is dropped (the later edge already told the level). Two
    /// edges with the same level in a row mean an opposite edge was lost; the level is kept and the debounce time
    /// restarts. Long and very long presses are reported by whichever call first sees the hold time, so if the caller did
    /// not call <see cref="Tick"/> during a hold they come from the release edge instead of being lost. Each call
    /// returns at most one gesture; when one call completes two (a late long and very long press), the second is
    /// returned by the next call.</para>
    /// <para>Not thread-safe: call from one thread (queue the interrupt's edges to the main loop).</para>
    /// </remarks>
    public sealed class GestureDetector
    {
        /// <summary>Default debounce time: the contact must stay at one level this long to count.</summary>
        public const int DefaultDebounceMs = 30;

        /// <summary>Default hold time for a long press.</summary>
        public const int DefaultLongPressMs = 1000;

        /// <summary>Default hold time for a very long press.</summary>
        public const int DefaultVeryLongPressMs = 5000;

        // One call completes at most two gestures (a late long and very long press); the spare slots are slack.
        private const int QueueCapacity = 4;

        private readonly int _debounceMs;
        private readonly int _longPressMs;
        private readonly int _veryLongPressMs;
        private readonly Gesture[] _queue = new Gesture[QueueCapacity];
        private int _queueHead;
        private int _queueCount;

        private bool _hasEdge;
        private bool _rawPressed;
        private long _lastEdgeMs;
        private bool _stablePressed;
        private long _pressStartMs;
        private bool _longReported;
        private bool _veryLongReported;

        /// <summary>A detector with the default timing: 30 ms debounce, 1000 ms long press, 5000 ms very long press.</summary>
        public GestureDetector()
            : this(DefaultDebounceMs, DefaultLongPressMs, DefaultVeryLongPressMs)
        {
        }

        /// <summary>A detector with the given timing, all in milliseconds.</summary>
        /// <param name="debounceMs">How long a level must last to count; 0 or more.</param>
        /// <param name="longPressMs">Hold time of a long press; more than <paramref name="debounceMs"/>.</param>
        /// <param name="veryLongPressMs">Hold time of a very long press; more than <paramref name="longPressMs"/>.</param>
        /// <exception cref="ArgumentException">The times are negative or not in increasing order.</exception>
        public GestureDetector(
            int debounceMs = DefaultDebounceMs,
            int longPressMs = DefaultLongPressMs,
            int veryLongPressMs = DefaultVeryLongPressMs)
        {
            if (debounceMs < 0)
            {
                throw new ArgumentException("debounceMs must be 0 or more, got " + debounceMs);
            }

            if (longPressMs <= debounceMs)
            {
                throw new ArgumentException(
                    "longPressMs (" + longPressMs + ") must be more than debounceMs (" + debounceMs + ")");
            }

            if (veryLongPressMs <= longPressMs)
            {
                throw new ArgumentException(
                    "veryLongPressMs (" + veryLongPressMs + ") must be more than longPressMs (" + longPressMs + ")");
            }

            _debounceMs = debounceMs;
            _longPressMs = longPressMs;
            _veryLongPressMs = veryLongPressMs;
        }

        /// <summary>
        /// True while the debounced level is pressed, as of the last call (a press counts 30 ms after its edge).
        /// </summary>
        public bool IsHeld
        {
            get { return _stablePressed; }
        }

        /// <summary>
        /// Feeds one raw edge: <paramref name="pressed"/> is the contact's level after the edge, <paramref name="timeMs"/>
        /// when it happened (monotonic ms). Returns the gesture this call completed, or <see cref="Gesture.None"/>.
        /// </summary>
        public Gesture OnEdge(bool pressed, long timeMs)
        {
            if (_hasEdge && timeMs < _lastEdgeMs)
            {
                return Dequeue();
            }

            // The level before this edge lasted until now: it may just have proved stable.
            Confirm(timeMs);
            _hasEdge = true;
            _rawPressed = pressed;
            _lastEdgeMs = timeMs;
            if (_stablePressed)
            {
                CheckHold(timeMs);
            }

            return Dequeue();
        }

        /// <summary>
        /// Lets time pass with no edge: confirms a level that has been stable long enough and reports long and very long
        /// presses while held. Returns the gesture this call completed, or <see cref="Gesture.None"/>.
        /// </summary>
        public Gesture Tick(long nowMs)
        {
            if (_hasEdge && nowMs >= _lastEdgeMs)
            {
                Confirm(nowMs);
                if (_stablePressed)
                {
                    CheckHold(nowMs);
                }
            }

            return Dequeue();
        }

        private void Confirm(long nowMs)
        {
            if (!_hasEdge || _rawPressed == _stablePressed || nowMs - _lastEdgeMs < _debounceMs)
            {
                return;
            }

            _stablePressed = _rawPressed;
            if (_stablePressed)
            {
                _pressStartMs = _lastEdgeMs;
                _longReported = false;
                _veryLongReported = false;
                return;
            }

            long heldMs = _lastEdgeMs - _pressStartMs;
            if (heldMs < _longPressMs)
            {
                Enqueue(Gesture.ShortPress);
            }
            else
            {
                ReportHold(heldMs);
            }
        }

        private void CheckHold(long nowMs)
        {
            // A release edge waiting for confirmation has, if it is real, already ended the press; counting on to now
            // would turn a 990 ms press into a long one just because the release is still being debounced.
            long endMs = _rawPressed ? nowMs : _lastEdgeMs;
            ReportHold(endMs - _pressStartMs);
        }

        private void ReportHold(long heldMs)
        {
            if (heldMs >= _longPressMs && !_longReported)
            {
                _longReported = true;
                Enqueue(Gesture.LongPress);
            }

            if (heldMs >= _veryLongPressMs && !_veryLongReported)
            {
                _veryLongReported = true;
                Enqueue(Gesture.VeryLongPress);
            }
        }

        private void Enqueue(Gesture gesture)
        {
            if (_queueCount == QueueCapacity)
            {
                return;
            }

            _queue[(_queueHead + _queueCount) % QueueCapacity] = gesture;
            _queueCount++;
        }

        private Gesture Dequeue()
        {
            if (_queueCount == 0)
            {
                return Gesture.None;
            }

            Gesture gesture = _queue[_queueHead];
            _queueHead = (_queueHead + 1) % QueueCapacity;
            _queueCount--;
            return gesture;
        }
    }
}
