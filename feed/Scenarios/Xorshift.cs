namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// xorshift64* (Vigna): a tiny, fully specified random source, so a scenario's seed gives the same recording on
    /// every machine and .NET version (System.Random's seeded sequence is an implementation detail).
    /// </summary>
    public sealed class Xorshift
    {
        private ulong _state;

        public Xorshift(ulong seed)
        {
            // A zero state would stay zero: mix the seed (splitmix64 step) so 0 and small seeds are fine.
            ulong z = seed + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            _state = (z ^ (z >> 31)) | 1UL;
        }

        public ulong NextUInt64()
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return _state * 0x2545F4914F6CDD1DUL;
        }

        /// <summary>Uniform in [0, 1).</summary>
        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        /// <summary>Uniform in [0, <paramref name="max"/>).</summary>
        public long Next(long max) => max <= 0 ? 0 : (long)(NextDouble() * max);

        /// <summary>
        /// A skewed positive weight (mean 1.6, up to 16): many small orders and a few large ones. Arithmetic only,
        /// no Math.Log or Math.Pow, whose last bits may differ between platforms.
        /// </summary>
        public double NextSkewed()
        {
            double x = NextDouble() + NextDouble();
            return x * x * x * x;
        }
    }
}
