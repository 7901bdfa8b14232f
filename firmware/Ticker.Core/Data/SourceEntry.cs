namespace Ticker.Data
{
    /// <summary>
    /// One entry of the snapshot's <c>sources</c> object: whether the feed currently gets good data from one
    /// exchange. Plain fields, refilled in place by the decoder.
    /// </summary>
    public sealed class SourceEntry
    {
        /// <summary>The exchange id (the member name), e.g. <see cref="ExchangeIds.Binance"/>.</summary>
        public string Name;

        /// <summary><c>ok</c>: true when the feed's latest data from this source is good; false when null or absent.</summary>
        public bool Ok;

        /// <summary><c>ageS</c>: seconds since this source last delivered good data.</summary>
        public long AgeS;

        public SourceEntry()
        {
            Clear();
        }

        /// <summary>Forgets the entry.</summary>
        public void Clear()
        {
            Name = null;
            Ok = false;
            AgeS = Value.Missing;
        }
    }
}
