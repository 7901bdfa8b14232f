using Ticker.Data;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>A body the decoder must refuse, with the error and byte position it must report.</summary>
    public sealed class MalformedCase
    {
        /// <summary>A case.</summary>
        public MalformedCase(string label, byte[] body, DecodeError error, int position)
        {
            Label = label;
            Body = body;
            Error = error;
            Position = position;
        }

        /// <summary>What the case is, for failure messages.</summary>
        public string Label { get; }

        /// <summary>The bytes as the feed would send them.</summary>
        public byte[] Body { get; }

        /// <summary>The error <see cref="SnapshotDecoder.Error"/> must report.</summary>
        public DecodeError Error { get; }

        /// <summary>The byte offset <see cref="SnapshotDecoder.ErrorPosition"/> must report.</summary>
        public int Position { get; }
    }
}
