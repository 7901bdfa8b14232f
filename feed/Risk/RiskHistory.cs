using System;
using System.Collections.Generic;
using System.Threading;
using Ticker.Feed.State;

namespace Ticker.Feed.Risk
{
    /// <summary>
    /// Each measure's trailing history: one sample per measure every <see cref="SampleInterval"/>, kept for
    /// <see cref="Window"/>, against which a new value is ranked (a percentile). Thread-safe: the refresher samples
    /// and ranks, the persistence reads what is new.
    /// </summary>
    public sealed class RiskHistory : IResettableState
    {
        /// <summary>How often a sample of every known measure is taken: often enough for a month to hold thousands.</summary>
        public static readonly TimeSpan SampleInterval = TimeSpan.FromMinutes(15);

        /// <summary>How far back a value is compared: a month spans several funding and positioning cycles.</summary>
        public static readonly TimeSpan Window = TimeSpan.FromDays(30);

        private readonly Lock _gate = new();
        private readonly Dictionary<RiskMeasure, Queue<RiskSample>> _samples = new();
        private List<RiskSample>? _unsaved;
        private long _lastSampleMs = long.MinValue;

        public RiskHistory()
        {
            foreach (RiskMeasure measure in Enum.GetValues<RiskMeasure>())
            {
                _samples[measure] = new Queue<RiskSample>();
            }
        }

        /// <summary>Samples held for <paramref name="measure"/>.</summary>
        public int Count(RiskMeasure measure)
        {
            lock (_gate)
            {
                return _samples[measure].Count;
            }
        }

        /// <summary>
        /// Percentile rank of <paramref name="value"/> among the measure's samples taken before
        /// <paramref name="beforeMs"/>, 0-100: the share below it, with ties counted half (so a value equal to every
        /// sample reads 50); null when there is none. Also returns how many samples it was ranked among. A sample
        /// taken at the instant being scored does not count, so scoring an instant twice gives the same answer.
        /// </summary>
        public (decimal? Rank, int Count) PercentileRank(RiskMeasure measure, decimal value, long beforeMs = long.MaxValue)
        {
            lock (_gate)
            {
                int below = 0;
                int equal = 0;
                int count = 0;
                foreach (RiskSample sample in _samples[measure])
                {
                    if (sample.AtMs >= beforeMs)
                    {
                        continue;
                    }

                    count++;
                    if (sample.Value < value)
                    {
                        below++;
                    }
                    else if (sample.Value == value)
                    {
                        equal++;
                    }
                }

                return count == 0 ? (null, 0) : (100m * (below + equal / 2m) / count, count);
            }
        }

        /// <summary>Takes a sample of every known measure when <see cref="SampleInterval"/> has passed since the last; true when it took one.</summary>
        public bool SampleIfDue(long nowMs, RiskMeasures measures)
        {
            ArgumentNullException.ThrowIfNull(measures);
            lock (_gate)
            {
                if (_lastSampleMs != long.MinValue && nowMs - _lastSampleMs < (long)SampleInterval.TotalMilliseconds)
                {
                    return false;
                }

                // An instant with nothing known takes no sample, and does not delay the next one.
                bool sampled = false;
                foreach (RiskMeasure measure in Enum.GetValues<RiskMeasure>())
                {
                    if (measures[measure] is decimal value)
                    {
                        var sample = new RiskSample(measure, nowMs, value);
                        _samples[measure].Enqueue(sample);
                        _unsaved?.Add(sample);
                        sampled = true;
                    }
                }

                if (sampled)
                {
                    _lastSampleMs = nowMs;
                }

                PruneLocked(nowMs);
                return sampled;
            }
        }

        /// <summary>Puts back samples read from storage (oldest first); the last one sets when the next sample is due.</summary>
        public void Restore(IEnumerable<RiskSample> samples, long nowMs)
        {
            ArgumentNullException.ThrowIfNull(samples);
            lock (_gate)
            {
                foreach (RiskSample sample in samples)
                {
                    if (sample.AtMs > nowMs)
                    {
                        continue;
                    }

                    _samples[sample.Measure].Enqueue(sample);
                    _lastSampleMs = Math.Max(_lastSampleMs, sample.AtMs);
                }

                PruneLocked(nowMs);
            }
        }

        /// <summary>Forgets every sample (a new replay pass starts from a clean market).</summary>
        public void Reset()
        {
            lock (_gate)
            {
                foreach (Queue<RiskSample> samples in _samples.Values)
                {
                    samples.Clear();
                }

                _unsaved?.Clear();
                _lastSampleMs = long.MinValue;
            }
        }

        /// <summary>From now on, keep new samples until <see cref="TakeUnsaved"/> (called once, by the persistence).</summary>
        public void TrackUnsaved()
        {
            lock (_gate)
            {
                _unsaved ??= new List<RiskSample>();
            }
        }

        /// <summary>The samples taken since the last call (empty unless <see cref="TrackUnsaved"/> was called).</summary>
        public IReadOnlyList<RiskSample> TakeUnsaved()
        {
            lock (_gate)
            {
                if (_unsaved is null || _unsaved.Count == 0)
                {
                    return Array.Empty<RiskSample>();
                }

                RiskSample[] taken = _unsaved.ToArray();
                _unsaved.Clear();
                return taken;
            }
        }

        private void PruneLocked(long nowMs)
        {
            long oldest = nowMs - (long)Window.TotalMilliseconds;
            foreach (Queue<RiskSample> samples in _samples.Values)
            {
                while (samples.Count > 0 && samples.Peek().AtMs < oldest)
                {
                    samples.Dequeue();
                }
            }
        }
    }
}
