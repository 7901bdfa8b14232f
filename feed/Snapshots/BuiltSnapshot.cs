using System.Collections.Generic;
using System.Globalization;

namespace Ticker.Feed.Snapshots
{
    /// <summary>One snapshot as served: its body, and the <c>seq</c> the ETag is made from.</summary>
    public sealed class BuiltSnapshot
    {
        internal BuiltSnapshot(long seq, long asOf, byte[] body, byte[] contentKey, ShedStep shedThrough, IReadOnlyList<string> dropped)
        {
            Seq = seq;
            AsOf = asOf;
            Body = body;
            ContentKey = contentKey;
            ShedThrough = shedThrough;
            Dropped = dropped;
            ETag = "\"" + seq.ToString(CultureInfo.InvariantCulture) + "\"";
        }

        /// <summary><c>seq</c>.</summary>
        public long Seq { get; }

        /// <summary><c>asOf</c>, unix seconds: when this content was made.</summary>
        public long AsOf { get; }

        /// <summary>The compact UTF-8 JSON body, at most <see cref="SnapshotBuilder.MaxBytes"/>. Never modified.</summary>
        public byte[] Body { get; }

        /// <summary>The strong entity tag: <c>seq</c> in quotes, so it changes exactly when the snapshot does.</summary>
        public string ETag { get; }

        /// <summary>The last shedding step applied to fit the budget.</summary>
        public ShedStep ShedThrough { get; }

        /// <summary>Members left out because their value broke the contract's range (a bug upstream, logged).</summary>
        public IReadOnlyList<string> Dropped { get; }

        /// <summary>The full content written without seq and asOf: equal keys mean an unchanged snapshot.</summary>
        internal byte[] ContentKey { get; }
    }
}
