using System;
using Microsoft.Extensions.Time.Testing;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>Fake clocks that start at a fixed, whole-second instant, so every test sees the same times.</summary>
    internal static class TestClock
    {
        /// <summary>2026-11-20 12:00:00 UTC.</summary>
        public static readonly DateTimeOffset Start = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

        public static long StartMs => Start.ToUnixTimeMilliseconds();

        public static long StartSeconds => Start.ToUnixTimeSeconds();

        public static FakeTimeProvider New() => new(Start);
    }
}
