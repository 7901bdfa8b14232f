using System;

namespace Ticker.Benchmarks
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            string name = args.Length > 0 ? args[0] : "";
            switch (name)
            {
                case "decoder":
                    return DecoderBenchmark.Run();
                case "render":
                    return RenderBenchmark.Run();
                case "screens":
                    return ScreenBenchmark.Run();
                case "replay":
                    return ReplayBenchmark.Run();
                case "feed-load":
                    return FeedLoadBenchmark.RunAsync().GetAwaiter().GetResult();
                case "feed-soak":
                    return FeedSoakBenchmark.RunAsync(args[1..]).GetAwaiter().GetResult();
                case "alert-latency":
                    return AlertLatency.AlertLatencyBenchmark.RunAsync(args[1..]).GetAwaiter().GetResult();
                default:
                    Console.Error.WriteLine(name.Length == 0 ? "usage: Ticker.Benchmarks <name>" : $"unknown benchmark '{name}'");
                    Console.Error.WriteLine("benchmarks: decoder (SnapshotDecoder on each docs example: reads/byte, bytes allocated, ns per decode); render (host renderer: ms per striped frame and per PNG, each board x screen); screens (redraw economy per board: draw calls, pixels flushed, bytes allocated); feed-load (the feed on loopback: requests/s for 200 and 304 snapshots, the same from nginx serving a static file and from nginx's cache in front of the feed, memory with 5,000 long-polls held); feed-soak [--devices N] [--days D] [--speed S] [--abandon P] [--seed S] (simulated days of devices long-polling a replaying feed: answers by kind, places held, resident memory); replay (fast replay of the shipped scenarios: records/s, simulated s/s, us per tick, bytes allocated); alert-latency [--trials N] [--seed S] [--no-long-poll] (fake exchange burst to the emulated device's cascade LED, through a live feed: p50, p95)");
                    return name.Length == 0 ? 0 : 2;
            }
        }
    }
}
