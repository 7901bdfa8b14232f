namespace Ticker.Core.NanoTests.Support
{
    /// <summary>A drawing fingerprint expected for one board.</summary>
    public sealed class BoardHash
    {
        /// <summary>An expected fingerprint.</summary>
        public BoardHash(string boardId, uint hash)
        {
            BoardId = boardId;
            Hash = hash;
        }

        /// <summary>The board's id (BoardCatalog).</summary>
        public string BoardId { get; }

        /// <summary>The fingerprint the .NET build computes.</summary>
        public uint Hash { get; }
    }
}
