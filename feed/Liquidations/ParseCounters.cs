using System.Threading;

namespace Ticker.Feed.Liquidations
{
    /// <summary>
    /// What one source's parser has seen, for /healthz: frames by kind, events produced, items it had to skip. The
    /// parsers never throw on bad input; these counters are how a broken or changed venue format becomes visible.
    /// </summary>
    /// <remarks>Thread-safe: a connector's receive loop writes while the health endpoint reads.</remarks>
    public sealed class ParseCounters
    {
        private long _frames;
        private long _dataFrames;
        private long _controlFrames;
        private long _malformed;
        private long _events;
        private long _skipped;
        private string? _lastProblem;

        /// <summary>Frames handed to the parser.</summary>
        public long Frames => Interlocked.Read(ref _frames);

        /// <summary>Frames that were liquidation messages.</summary>
        public long DataFrames => Interlocked.Read(ref _dataFrames);

        /// <summary>Frames of the protocol around the data (acks, pongs).</summary>
        public long ControlFrames => Interlocked.Read(ref _controlFrames);

        /// <summary>Frames, or items inside a data frame, that could not be read: bad JSON, missing or bad fields.</summary>
        public long Malformed => Interlocked.Read(ref _malformed);

        /// <summary>Events produced.</summary>
        public long Events => Interlocked.Read(ref _events);

        /// <summary>Well-formed items that give no event: zero notional, an instrument without a known contract value.</summary>
        public long Skipped => Interlocked.Read(ref _skipped);

        /// <summary>The reason of the latest malformed or skipped item, for a human reading /healthz.</summary>
        public string? LastProblem => Volatile.Read(ref _lastProblem);

        internal void CountFrame(FrameKind kind)
        {
            Interlocked.Increment(ref _frames);
            switch (kind)
            {
                case FrameKind.Data:
                    Interlocked.Increment(ref _dataFrames);
                    break;
                case FrameKind.Control:
                    Interlocked.Increment(ref _controlFrames);
                    break;
            }
        }

        internal void CountEvent() => Interlocked.Increment(ref _events);

        internal void CountMalformed(string reason)
        {
            Interlocked.Increment(ref _malformed);
            Volatile.Write(ref _lastProblem, reason);
        }

        internal void CountSkipped(string reason)
        {
            Interlocked.Increment(ref _skipped);
            Volatile.Write(ref _lastProblem, reason);
        }
    }
}
