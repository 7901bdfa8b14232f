using System;
using Xunit;

namespace Ticker.Core.Tests.Support
{
    /// <summary>The allocation measurement itself: it runs as its remarks say, and it sees code that allocates.</summary>
    public class AllocationsTests
    {
        private static object? _kept;

        [Fact]
        public void The_tests_run_with_tiered_compilation_off()
        {
            // From the project's TieredCompilation property, through the runtimeconfig.json the test host reads.
            Assert.Equal("false", AppContext.GetData("System.Runtime.TieredCompilation")?.ToString(), ignoreCase: true);
        }

        [Fact]
        public void Code_that_allocates_once_a_call_is_seen_in_every_round()
        {
            long[] perRound = Allocations.PerRound(_ =>
            {
                for (int i = 0; i < 10; i++)
                {
                    _kept = new byte[1];
                }
            });

            Assert.All(perRound, bytes => Assert.True(bytes >= 10 * 25, $"{bytes} bytes"));
            Assert.True(Allocations.Least(perRound) > 0);
        }

        [Fact]
        public void Code_that_allocates_nothing_measures_zero()
        {
            int[] numbers = new int[16];
            long[] perRound = Allocations.PerRound(round =>
            {
                for (int i = 0; i < numbers.Length; i++)
                {
                    numbers[i] += round;
                }
            });

            Assert.Equal(0, Allocations.Least(perRound));
        }
    }
}
