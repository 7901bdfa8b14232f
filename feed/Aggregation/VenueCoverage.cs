using System;
using System.Collections.Generic;

namespace Ticker.Feed.Aggregation
{
    /// <summary>
    /// When one venue's liquidation stream was heard: its spans of continuous listening. A silence longer than the
    /// aggregator's gap closes the current span (a dropped stream, the downtime of a restart) and the next frame
    /// opens a new one, so the time between is known to be missing rather than read as a calm market.
    /// </summary>
    internal sealed class VenueCoverage
    {
        private readonly List<(long FromMs, long ToMs)> _closed = new();

        public VenueCoverage(long fromMs, long lastMs)
        {
            FromMs = fromMs;
            LastMs = lastMs;
        }

        /// <summary>
        /// A venue as a previous run stored it (<see cref="All"/>): its spans, in any order, overlapping ones merged
        /// (a widened span is stored beside its narrower self); the latest is the current one. None: null.
        /// </summary>
        public static VenueCoverage? FromSpans(IEnumerable<(long FromMs, long ToMs)> spans)
        {
            var sorted = new List<(long FromMs, long ToMs)>(spans);
            sorted.RemoveAll(span => span.ToMs < span.FromMs);
            if (sorted.Count == 0)
            {
                return null;
            }

            sorted.Sort((a, b) => a.FromMs.CompareTo(b.FromMs));
            var merged = new List<(long FromMs, long ToMs)> { sorted[0] };
            for (int i = 1; i < sorted.Count; i++)
            {
                (long from, long to) = merged[^1];
                if (sorted[i].FromMs <= to)
                {
                    merged[^1] = (from, Math.Max(to, sorted[i].ToMs));
                }
                else
                {
                    merged.Add(sorted[i]);
                }
            }

            var coverage = new VenueCoverage(merged[^1].FromMs, merged[^1].ToMs);
            coverage._closed.AddRange(merged.GetRange(0, merged.Count - 1));
            return coverage;
        }

        /// <summary>Every span, oldest first, the current one to when the venue was last heard.</summary>
        public List<(long FromMs, long ToMs)> All()
        {
            var all = new List<(long FromMs, long ToMs)>(_closed);
            all.Add((FromMs, LastMs));
            return all;
        }

        /// <summary>When the current span began, unix ms.</summary>
        public long FromMs { get; private set; }

        /// <summary>When the venue was last heard, unix ms.</summary>
        public long LastMs { get; private set; }

        /// <summary>True when the venue was heard within <paramref name="gapMs"/> before <paramref name="asOfMs"/>.</summary>
        public bool IsLive(long asOfMs, long gapMs) => LastMs >= asOfMs - gapMs && FromMs <= asOfMs;

        /// <summary>The venue was heard at <paramref name="nowMs"/>; after a silence of more than <paramref name="gapMs"/> a new span starts.</summary>
        public void Heard(long nowMs, long gapMs)
        {
            if (nowMs - LastMs > gapMs)
            {
                _closed.Add((FromMs, LastMs));
                FromMs = nowMs;
            }

            LastMs = Math.Max(LastMs, nowMs);
        }

        /// <summary>Its liquidations since <paramref name="sinceMs"/> are known (a backfill): the current span starts no later.</summary>
        public void WidenCurrent(long sinceMs)
        {
            long floor = _closed.Count > 0 ? _closed[^1].ToMs : long.MinValue;
            FromMs = Math.Max(floor, Math.Min(FromMs, sinceMs));
        }

        /// <summary>Forgets spans that ended before <paramref name="oldestMs"/>.</summary>
        public void Prune(long oldestMs) => _closed.RemoveAll(span => span.ToMs < oldestMs);

        /// <summary>
        /// The spans clipped to (startMs, endMs], oldest first; the current one runs to <paramref name="endMs"/> (the
        /// venue is live there), and the first one reaches back to <paramref name="floorMs"/> when that is earlier
        /// (the aggregator's own coverage: restored history, a backfill).
        /// </summary>
        public List<(long FromMs, long ToMs)> Spans(long startMs, long endMs, long floorMs)
        {
            var spans = new List<(long FromMs, long ToMs)>(_closed.Count + 1);
            for (int i = 0; i <= _closed.Count; i++)
            {
                (long from, long to) = i < _closed.Count ? _closed[i] : (FromMs, endMs);
                if (i == 0)
                {
                    from = Math.Min(from, floorMs);
                }

                from = Math.Max(from, startMs);
                to = Math.Min(to, endMs);
                if (to > from)
                {
                    spans.Add((from, to));
                }
            }

            return spans;
        }

        /// <summary>The parts of (startMs, endMs] that every venue in <paramref name="venues"/> covered.</summary>
        public static List<(long FromMs, long ToMs)> Common(IReadOnlyList<VenueCoverage> venues, long startMs, long endMs, long floorMs)
        {
            var common = new List<(long FromMs, long ToMs)> { (startMs, endMs) };
            foreach (VenueCoverage venue in venues)
            {
                List<(long FromMs, long ToMs)> spans = venue.Spans(startMs, endMs, floorMs);
                var next = new List<(long FromMs, long ToMs)>();
                int a = 0, b = 0;
                while (a < common.Count && b < spans.Count)
                {
                    long from = Math.Max(common[a].FromMs, spans[b].FromMs);
                    long to = Math.Min(common[a].ToMs, spans[b].ToMs);
                    if (to > from)
                    {
                        next.Add((from, to));
                    }

                    if (common[a].ToMs < spans[b].ToMs)
                    {
                        a++;
                    }
                    else
                    {
                        b++;
                    }
                }

                common = next;
            }

            return common;
        }

        /// <summary>The total length of <paramref name="spans"/>, ms.</summary>
        public static long Length(List<(long FromMs, long ToMs)> spans)
        {
            long ms = 0;
            foreach ((long from, long to) in spans)
            {
                ms += to - from;
            }

            return ms;
        }
    }
}
