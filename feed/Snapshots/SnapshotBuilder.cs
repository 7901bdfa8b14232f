using System;
using System.Collections.Generic;

namespace Ticker.Feed.Snapshots
{
    /// <summary>
    /// Makes the served snapshot from <see cref="SnapshotContent"/>: gives it a <c>seq</c> only when the content
    /// changed, and sheds members in the contract's order until the body fits <see cref="MaxBytes"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Unchanged content returns the previous snapshot as it was, <c>asOf</c> included: the ETag is made from
    /// <c>seq</c>, so two bodies under one <c>seq</c> would break the strong ETag, and waking every long-poll for a
    /// new <c>asOf</c> alone would defeat long-polling.
    /// </para>
    /// <para>
    /// <c>seq</c> must never go back, even across restarts, and nothing is persisted yet: a new snapshot takes
    /// max(previous + 1, asOf). With at most one new snapshot per second (the refresher's interval is at least
    /// 1 s) <c>seq</c> stays at or below the clock, so a restarted feed, starting from the clock, is ahead of every
    /// <c>seq</c> it served before. SQLite persistence will store the last <c>seq</c> and pass it in.
    /// </para>
    /// <para>Not thread-safe: one refresher builds.</para>
    /// </remarks>
    public sealed class SnapshotBuilder
    {
        /// <summary>The contract's byte budget for a body.</summary>
        public const int MaxBytes = 1024;

        private readonly int? _waitMax;
        private BuiltSnapshot? _last;
        private long _lastSeq;

        /// <param name="waitMaxSeconds">The <c>waitMax</c> to announce; null when the feed holds no long-polls.</param>
        /// <param name="lastSeq">The last <c>seq</c> served before this process started, if known; -1 when not.</param>
        public SnapshotBuilder(int? waitMaxSeconds, long lastSeq = -1)
        {
            if (waitMaxSeconds is < 1 or > 30)
            {
                throw new ArgumentOutOfRangeException(nameof(waitMaxSeconds), waitMaxSeconds, "waitMax must be 1 to 30 seconds, or null.");
            }

            _waitMax = waitMaxSeconds;
            _lastSeq = Math.Max(-1, lastSeq);
        }

        /// <summary>The latest snapshot built, or null before the first.</summary>
        public BuiltSnapshot? Last => _last;

        /// <summary>The snapshot of <paramref name="content"/> as of <paramref name="asOfUnixSeconds"/>; the previous one when the content is unchanged.</summary>
        public BuiltSnapshot Build(SnapshotContent content, long asOfUnixSeconds)
        {
            ArgumentNullException.ThrowIfNull(content);
            ArgumentOutOfRangeException.ThrowIfNegative(asOfUnixSeconds);

            byte[] contentKey = SnapshotJsonWriter.Write(content, new SnapshotHeader(0, 0, _waitMax), ShedStep.None, null);
            if (_last is not null && contentKey.AsSpan().SequenceEqual(_last.ContentKey))
            {
                return _last;
            }

            long seq = Math.Max(_lastSeq + 1, asOfUnixSeconds);
            var dropped = new List<string>();
            byte[] body = Fit(content, new SnapshotHeader(seq, asOfUnixSeconds, _waitMax), dropped, out ShedStep shedThrough);
            _lastSeq = seq;
            _last = new BuiltSnapshot(seq, asOfUnixSeconds, body, contentKey, shedThrough, dropped);
            return _last;
        }

        /// <summary>
        /// The body within <see cref="MaxBytes"/>: written whole, then shed step by step in the contract's order,
        /// measured after each step, until it fits.
        /// </summary>
        internal static byte[] Fit(SnapshotContent content, SnapshotHeader header, List<string>? dropped, out ShedStep shedThrough)
        {
            shedThrough = ShedStep.None;
            byte[] body = SnapshotJsonWriter.Write(content, header, shedThrough, dropped);
            while (body.Length > MaxBytes)
            {
                if (shedThrough == ShedStep.AllSources)
                {
                    // Cannot happen: after the last step only fixed-width members are left (about 510 bytes at most).
                    throw new InvalidOperationException($"Snapshot still {body.Length} bytes after shedding everything the contract allows.");
                }

                shedThrough++;
                body = SnapshotJsonWriter.Write(content, header, shedThrough, null);
            }

            return body;
        }
    }
}
