using System;
using System.Diagnostics;
using Ticker.Feed.Replay;

namespace Ticker.Benchmarks
{
    /// <summary>
    /// Fast replay of each shipped scenario (feed/scenarios): records and simulated seconds per wall second, the
    /// time per refresh tick (the replay run again with one tick a minute isolates the records' share), and bytes
    /// allocated. A served replay keeps up with --speed N while a tick costs well under 1/N of a second.
    /// </summary>
    public static class ReplayBenchmark
    {
        private static readonly string[] Scenarios = { "seed-dip", "calm-day", "short-squeeze" };

        public static int Run()
        {
#if DEBUG
            Console.WriteLine("warning: Debug build; run with -c Release for real timings");
#endif
            Console.WriteLine($"Fast replay on .NET {Environment.Version}, {Environment.ProcessorCount} cores");
            Console.WriteLine("scenario        records   ticks   wall s  records/s  sim s/s  us/tick  MB allocated");
            FastReplay.Run("short-squeeze");
            foreach (string name in Scenarios)
            {
                (ReplayResult everySecond, double seconds, long allocated) = Measure(name, Array.Empty<string>());
                (ReplayResult everyMinute, double secondsMinute, _) = Measure(name, new[] { "--snapshot-interval", "60" });
                double perTickUs = (seconds - secondsMinute) * 1e6 / Math.Max(1, everySecond.Ticks - everyMinute.Ticks);
                double simulated = (everySecond.EndMs - everySecond.StartMs) / 1000.0;
                Console.WriteLine(
                    $"{name,-14} {everySecond.Records,8} {everySecond.Ticks,7} {seconds,8:0.00} {everySecond.Records / seconds,10:0} {simulated / seconds,8:0} {perTickUs,8:0} {allocated / 1e6,13:0}");
            }

            return 0;
        }

        private static (ReplayResult Result, double Seconds, long Allocated) Measure(string scenario, string[] feedArgs)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            Stopwatch watch = Stopwatch.StartNew();
            ReplayResult result = FastReplay.Run(scenario, feedArgs);
            watch.Stop();
            return (result, watch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - before);
        }
    }
}
