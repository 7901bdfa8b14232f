using System;

namespace Ticker.Core.Tests.Support
{
    /// <summary>
    /// Managed bytes allocated by steady-state code, measured so that only the code can make the figure non-zero.
    /// </summary>
    /// <remarks>
    /// Three things keep the runtime's own work out of the figure. The count is this thread's
    /// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), so tests running in parallel do not add to it. This test
    /// assembly runs with tiered compilation off (<c>TieredCompilation</c> in its project), so every method is compiled
    /// once, fully, at its first call, and no later re-compilation (tier-up, on-stack replacement, the type loads
    /// that come with it) can land inside a measured round on a busy machine, as one once did with 5,192 bytes. And a
    /// warm-up round, the same work as a measured one, takes every first call before measuring. The smallest of
    /// several identical rounds is returned: code that allocates on every call allocates in every round, so it still
    /// fails, while a one-off of the runtime cannot.
    /// </remarks>
    internal static class Allocations
    {
        public const int Rounds = 3;

        /// <summary>The bytes each round of <paramref name="round"/> allocated on this thread, after one warm-up round.</summary>
        public static long[] PerRound(Action<int> round)
        {
            ArgumentNullException.ThrowIfNull(round);
            round(0);
            var bytes = new long[Rounds];
            for (int i = 0; i < Rounds; i++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                round(i + 1);
                bytes[i] = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            return bytes;
        }

        /// <summary>The least any round allocated.</summary>
        public static long Least(long[] perRound)
        {
            long least = long.MaxValue;
            foreach (long bytes in perRound)
            {
                least = Math.Min(least, bytes);
            }

            return least;
        }
    }
}
