using System;
using System.Collections.Generic;
using Ticker.Led;
using Xunit;

namespace Ticker.Core.Tests.Led
{
    public class LedPatternsTests
    {
        // A multiple of every period in the table: both patterns of a pair repeat within it.
        private const int WindowMs = 60_000;

        public static IEnumerable<object[]> AllStates()
        {
            foreach (LedState s in Enum.GetValues<LedState>())
            {
                yield return new object[] { s };
            }
        }

        [Theory]
        [MemberData(nameof(AllStates))]
        public void Every_state_has_a_pattern_named_after_it(LedState state)
        {
            Assert.Equal(state.ToString(), LedPatterns.NameOf(state));
            Assert.Equal(LedPatterns.NameOf(state), LedPatterns.For(state).Name);
            Assert.Equal(0, WindowMs % LedPatterns.For(state).PeriodMs);
        }

        [Fact]
        public void Unknown_state_is_dark_and_named_unknown()
        {
            Assert.Same(LedPatterns.Off, LedPatterns.For((LedState)42));
            Assert.Equal("Unknown", LedPatterns.NameOf((LedState)42));
        }

        [Fact]
        public void Required_timings()
        {
            AssertBlinks(LedPatterns.Cascade, 250, 125);
            AssertBlinks(LedPatterns.Warning, 1000, 500);
            AssertBlinks(LedPatterns.Setup, 2000, 1000);

            // Watch: one short blip every 5 s.
            Assert.Equal(5000, LedPatterns.Watch.PeriodMs);
            Assert.Equal(1, Pulses(LedPatterns.Watch));
            Assert.InRange(OnMs(LedPatterns.Watch), 1, 200);

            // Feed stale: a double blip every 3 s.
            Assert.Equal(3000, LedPatterns.FeedStale.PeriodMs);
            Assert.Equal(2, Pulses(LedPatterns.FeedStale));

            // Wi-Fi down: one long pulse every 4 s.
            Assert.Equal(4000, LedPatterns.WifiDown.PeriodMs);
            Assert.Equal(1, Pulses(LedPatterns.WifiDown));
            Assert.InRange(OnMs(LedPatterns.WifiDown), 500, 2000);
        }

        [Fact]
        public void Booting_is_solid_and_off_is_never_lit()
        {
            for (long t = -10_000; t < WindowMs; t += 3)
            {
                Assert.True(LedPatterns.Booting.IsOn(t));
                Assert.False(LedPatterns.Off.IsOn(t));
            }
        }

        [Fact]
        public void No_two_states_share_a_pattern_or_its_look()
        {
            var states = Enum.GetValues<LedState>();
            for (int i = 0; i < states.Length; i++)
            {
                for (int j = i + 1; j < states.Length; j++)
                {
                    LedPattern a = LedPatterns.For(states[i]);
                    LedPattern b = LedPatterns.For(states[j]);
                    string pair = states[i] + " vs " + states[j];

                    Assert.False(ReferenceEquals(a, b), pair);
                    Assert.False(SameTiming(a, b), pair);

                    // Visually distinct, not just differently written: a shifted or repeated copy of the same blink would
                    // pass the check above, so compare what an eye sees over a minute: lit time and number of flashes.
                    Assert.False(OnMs(a) * (WindowMs / a.PeriodMs) == OnMs(b) * (WindowMs / b.PeriodMs)
                        && Pulses(a) * (WindowMs / a.PeriodMs) == Pulses(b) * (WindowMs / b.PeriodMs), pair);
                }
            }
        }

        private static void AssertBlinks(LedPattern p, int periodMs, int onMs)
        {
            Assert.Equal(periodMs, p.PeriodMs);
            Assert.Equal(1, Pulses(p));
            Assert.Equal(onMs, OnMs(p));
            Assert.True(p.IsOn(0));
            Assert.False(p.IsOn(onMs));
        }

        private static bool SameTiming(LedPattern a, LedPattern b)
        {
            if (a.PeriodMs != b.PeriodMs || a.SegmentCount != b.SegmentCount)
            {
                return false;
            }

            for (int i = 0; i < a.SegmentCount; i++)
            {
                if (a.SegmentMs(i) != b.SegmentMs(i))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Lit milliseconds in one period, measured from IsOn.</summary>
        internal static int OnMs(LedPattern p)
        {
            int on = 0;
            for (int t = 0; t < p.PeriodMs; t++)
            {
                on += p.IsOn(t) ? 1 : 0;
            }

            return on;
        }

        /// <summary>Flashes (dark-to-lit changes) in one period, counted cyclically, measured from IsOn.</summary>
        internal static int Pulses(LedPattern p)
        {
            int pulses = 0;
            for (int t = 0; t < p.PeriodMs; t++)
            {
                if (p.IsOn(t) && !p.IsOn(t - 1))
                {
                    pulses++;
                }
            }

            return pulses;
        }
    }
}
