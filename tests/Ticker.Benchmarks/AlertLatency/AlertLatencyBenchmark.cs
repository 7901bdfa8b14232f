using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace Ticker.Benchmarks.AlertLatency
{
    /// <summary>
    /// End-to-end alert latency (docs/alert-latency.md): from the fake exchange sending the first liquidation frame
    /// that satisfies the cascade rule to the emulated device's LED switching to the cascade pattern, over N trials.
    /// Target: p50 under 1.5 s and p95 under 3 s, over at least 20 trials; exit code 1 when it is not met.
    /// </summary>
    public static class AlertLatencyBenchmark
    {
        public const int DefaultTrials = 20;
        public const int MinimumTrialsForVerdict = 20;
        public static readonly TimeSpan TargetP50 = TimeSpan.FromSeconds(1.5);
        public static readonly TimeSpan TargetP95 = TimeSpan.FromSeconds(3);

        /// <summary>
        /// Runs <paramref name="trials"/> trials; returns the exit code (0 target met, 1 not met). Without
        /// <paramref name="longPoll"/> the device polls every 10 s instead, to show what long-polling buys.
        /// </summary>
        public static async Task<int> RunAsync(int trials, int seed, bool longPoll)
        {

#if DEBUG
            Console.WriteLine("warning: Debug build; run with -c Release for real figures");
#endif
            var random = new Random(seed);
            var latencies = new List<double>(trials);
            var toSnapshot = new List<double>(trials);
            int failed = 0;
            await using (AlertLatencyRig rig = await AlertLatencyRig.StartAsync(longPoll).ConfigureAwait(false))
            {
                Console.WriteLine($"alert-latency: fake Binance stream -> feed --live on {rig.FeedAddress} -> emulated device ({(longPoll ? "long-poll" : "polling every 10 s, no long-poll")}); {trials} trials, seed {seed}; .NET {Environment.Version}, {Environment.ProcessorCount} cores");
                for (int i = 1; i <= trials; i++)
                {
                    try
                    {
                        (TimeSpan burstAt, TimeSpan snapshot, TimeSpan latency) = await rig.RunTrialAsync(random).ConfigureAwait(false);
                        latencies.Add(latency.TotalMilliseconds);
                        toSnapshot.Add(snapshot.TotalMilliseconds);
                        Console.WriteLine($"trial {i,3}: burst {burstAt.TotalMilliseconds,6:F0} ms after the reset; snapshot with the cascade at the device after {snapshot.TotalMilliseconds,7:F1} ms, LED cascade after {latency.TotalMilliseconds,7:F1} ms");
                    }
                    catch (TimeoutException)
                    {
                        failed++;
                        Console.WriteLine($"trial {i,3}: no cascade LED (or no reset) within {AlertLatencyRig.Guard.TotalSeconds:F0} s");
                    }
                }
            }

            if (toSnapshot.Count > 0)
            {
                toSnapshot.Sort();
                Console.WriteLine($"to the snapshot at the device: p50 {Percentile(toSnapshot, 0.50):F1} ms, p95 {Percentile(toSnapshot, 0.95):F1} ms, max {toSnapshot[^1]:F1} ms");
            }

            return Report(latencies, failed, trials);
        }

        /// <summary>Nearest-rank percentile of sorted values (p in (0, 1]).</summary>
        public static double Percentile(IReadOnlyList<double> sorted, double p) =>
            sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

        private static int Report(List<double> latencies, int failed, int trials)
        {
            if (latencies.Count == 0)
            {
                Console.WriteLine("no trial completed: target not met");
                return 1;
            }

            latencies.Sort();
            double p50 = Percentile(latencies, 0.50);
            double p95 = Percentile(latencies, 0.95);
            Console.WriteLine($"latency over {latencies.Count} trials: p50 {p50:F1} ms, p95 {p95:F1} ms, max {latencies[^1]:F1} ms, min {latencies[0]:F1} ms, mean {latencies.Average():F1} ms{(failed > 0 ? $"; {failed} trial(s) failed" : "")}");
            if (trials < MinimumTrialsForVerdict)
            {
                Console.WriteLine($"target (p50 < {TargetP50.TotalMilliseconds:F0} ms, p95 < {TargetP95.TotalMilliseconds:F0} ms): not judged, it needs at least {MinimumTrialsForVerdict} trials");
                return 1;
            }

            bool met = failed == 0 && p50 < TargetP50.TotalMilliseconds && p95 < TargetP95.TotalMilliseconds;
            Console.WriteLine($"target (p50 < {TargetP50.TotalMilliseconds:F0} ms, p95 < {TargetP95.TotalMilliseconds:F0} ms, no failed trial): {(met ? "met" : "NOT met")}");
            return met ? 0 : 1;
        }
    }
}
