namespace Ticker.Maths
{
    /// <summary>
    /// A tiny deterministic random generator (Marsaglia xorshift32) for retry jitter. System.Random's sequence differs
    /// between .NET and nanoCLR; this one is the same everywhere, so tests replay exactly what a device does.
    /// </summary>
    public sealed class Xorshift32
    {
        private uint _state;

        /// <param name="seed">Any value; 0 is replaced because xorshift would stay at 0 for ever.</param>
        public Xorshift32(uint seed)
        {
            _state = seed == 0 ? 0x9E3779B9u : seed;
        }

        public uint NextUInt()
        {
            uint x = _state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _state = x;
            return x;
        }

        /// <summary>A value in [0, <paramref name="bound"/>); 0 when bound is not positive.</summary>
        public long NextBelow(long bound)
        {
            if (bound <= 0)
            {
                return 0;
            }

            return (long)(NextUInt() % (ulong)bound);
        }
    }
}
