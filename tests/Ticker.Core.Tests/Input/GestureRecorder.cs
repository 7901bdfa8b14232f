using System.Collections.Generic;
using Ticker.Input;

namespace Ticker.Core.Tests.Input
{
    /// <summary>Drives a detector with fake time and records every gesture it returns, with the time of the call.</summary>
    internal sealed class GestureRecorder
    {
        public GestureRecorder()
            : this(new GestureDetector())
        {
        }

        public GestureRecorder(GestureDetector detector)
        {
            Detector = detector;
        }

        public GestureDetector Detector { get; }

        public List<(long TimeMs, Gesture Gesture)> Seen { get; } = new List<(long, Gesture)>();

        private long? _nowMs;

        /// <summary>Time of the latest call so far (0 before any).</summary>
        public long NowMs
        {
            get { return _nowMs ?? 0; }
        }

        public GestureRecorder Edge(bool pressed, long timeMs)
        {
            Record(timeMs, Detector.OnEdge(pressed, timeMs));
            if (_nowMs == null || timeMs > _nowMs)
            {
                _nowMs = timeMs;
            }

            return this;
        }

        public GestureRecorder Press(long timeMs)
        {
            return Edge(true, timeMs);
        }

        public GestureRecorder Release(long timeMs)
        {
            return Edge(false, timeMs);
        }

        /// <summary>Ticks every <paramref name="stepMs"/> from just after the last call up to and including <paramref name="untilMs"/>.</summary>
        public GestureRecorder TickUntil(long untilMs, long stepMs = 1)
        {
            for (long t = NowMs + stepMs; t <= untilMs; t += stepMs)
            {
                Record(t, Detector.Tick(t));
                _nowMs = t;
            }

            return this;
        }

        public Gesture[] Gestures()
        {
            var result = new List<Gesture>();
            foreach (var entry in Seen)
            {
                result.Add(entry.Gesture);
            }

            return result.ToArray();
        }

        private void Record(long timeMs, Gesture gesture)
        {
            if (gesture != Gesture.None)
            {
                Seen.Add((timeMs, gesture));
            }
        }
    }
}
