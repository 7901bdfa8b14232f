using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Ticker.Data;

namespace Ticker.Benchmarks
{
    /// <summary>
    /// Decoder figures for each docs example: bytes in, byte reads per input byte (1.00 = one pass), managed bytes
    /// allocated per decode into a reused snapshot (target: only kept strings, under 512 B), and time per decode.
    /// </summary>
    public static class DecoderBenchmark
    {
        private const int WarmUpDecodes = 20000;
        private const int AllocationDecodes = 100000;
        private const int TimedRounds = 5;
        private const int DecodesPerRound = 200000;
        private const long AllocationTargetBytes = 512;

        public static int Run()
        {
            string dir = Path.Combine(AppContext.BaseDirectory, "examples");
            string[] files = Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            if (files.Length == 0)
            {
                Console.Error.WriteLine("no examples in " + dir);
                return 1;
            }

#if DEBUG
            Console.WriteLine("warning: Debug build; run with -c Release for real timings");
#endif
            Console.WriteLine($"SnapshotDecoder on .NET {Environment.Version}, {Environment.ProcessorCount} cores");
            Console.WriteLine("example                  bytes  reads/byte  first decode B  B/decode (reused)  ns/decode");
            bool allWithinTarget = true;
            foreach (string file in files)
            {
                byte[] body = File.ReadAllBytes(file);
                var (ok, error, readsPerByte, firstBytes, perDecodeBytes, nanoseconds) = Measure(body);
                if (!ok)
                {
                    Console.Error.WriteLine($"{Path.GetFileName(file)}: decode failed: {error}");
                    return 1;
                }

                allWithinTarget &= perDecodeBytes < AllocationTargetBytes && firstBytes < AllocationTargetBytes;
                Console.WriteLine($"{Path.GetFileName(file),-24} {body.Length,5}  {readsPerByte,10:F2}  {firstBytes,14}  {perDecodeBytes,17:F1}  {nanoseconds,9:F0}");
            }

            Console.WriteLine("first decode B: a fresh decoder and snapshot, so every kept string not interned is made once.");
            Console.WriteLine("B/decode: the steady state, decoding the same body again into a reused snapshot.");
            Console.WriteLine($"allocation target (< {AllocationTargetBytes} B per decode): {(allWithinTarget ? "met" : "MISSED")}");
            return allWithinTarget ? 0 : 1;
        }

        private static (bool Ok, DecodeError Error, double ReadsPerByte, long FirstBytes, double PerDecodeBytes, double Nanoseconds) Measure(byte[] body)
        {
            // JIT and type initialisers first, on another decoder, so the first-decode figure counts only the decode.
            var warm = new SnapshotDecoder();
            var warmTarget = new Snapshot();
            for (int i = 0; i < WarmUpDecodes; i++)
            {
                warm.Decode(body, 0, body.Length, warmTarget);
            }

            var decoder = new SnapshotDecoder();
            var snapshot = new Snapshot();
            long before = GC.GetAllocatedBytesForCurrentThread();
            bool ok = decoder.Decode(body, 0, body.Length, snapshot);
            long firstBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            if (!ok)
            {
                return (false, decoder.Error, 0, 0, 0, 0);
            }

            double readsPerByte = decoder.BytesRead / (double)body.Length;

            before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < AllocationDecodes; i++)
            {
                decoder.Decode(body, 0, body.Length, snapshot);
            }

            double perDecodeBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)AllocationDecodes;

            // The best of a few rounds: the least disturbed by other work on the machine.
            double best = double.MaxValue;
            for (int round = 0; round < TimedRounds; round++)
            {
                var stopwatch = Stopwatch.StartNew();
                for (int i = 0; i < DecodesPerRound; i++)
                {
                    decoder.Decode(body, 0, body.Length, snapshot);
                }

                stopwatch.Stop();
                best = Math.Min(best, stopwatch.Elapsed.TotalNanoseconds / DecodesPerRound);
            }

            return (true, DecodeError.None, readsPerByte, firstBytes, perDecodeBytes, best);
        }
    }
}
