namespace Ticker.Core.NanoTests.Support
{
    /// <summary>
    /// FNV-1a, 32 bits: a fingerprint of a sequence of values that is computed the same way on nanoCLR and on .NET,
    /// so a figure the .NET tests produce can be checked on the device. Not a checksum against tampering; a way to
    /// compare thousands of values with one constant.
    /// </summary>
    public sealed class Fnv32
    {
        private const uint OffsetBasis = 2166136261;
        private const uint Prime = 16777619;

        private uint _hash = OffsetBasis;
        private int _count;

        /// <summary>The fingerprint of everything added so far.</summary>
        public uint Hash
        {
            get { return _hash; }
        }

        /// <summary>How many values were added.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Adds the four bytes of <paramref name="value"/>, low byte first.</summary>
        public void Add(int value)
        {
            AddByte(value & 0xFF);
            AddByte((value >> 8) & 0xFF);
            AddByte((value >> 16) & 0xFF);
            AddByte((value >> 24) & 0xFF);
            _count++;
        }

        /// <summary>Adds the eight bytes of <paramref name="value"/>, low half first.</summary>
        public void Add(long value)
        {
            Add((int)(value & 0xFFFFFFFF));
            Add((int)((value >> 32) & 0xFFFFFFFF));
        }

        /// <summary>Adds 1 or 0.</summary>
        public void Add(bool value)
        {
            Add(value ? 1 : 0);
        }

        /// <summary>Adds the length and every UTF-16 unit of <paramref name="text"/>; null adds -1, so null and "" differ.</summary>
        public void Add(string text)
        {
            if (text == null)
            {
                Add(-1);
                return;
            }

            Add(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                Add((int)text[i]);
            }
        }

        private void AddByte(int b)
        {
            _hash ^= (uint)b;
            _hash *= Prime;
        }
    }
}
