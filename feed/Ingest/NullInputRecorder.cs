using System;

namespace Ticker.Feed.Ingest
{
    /// <summary>The recorder when nothing is recorded.</summary>
    public sealed class NullInputRecorder : IInputRecorder
    {
        public static readonly NullInputRecorder Instance = new();

        private NullInputRecorder()
        {
        }

        public void RecordFrame(long receivedMs, string source, ReadOnlySpan<byte> frame)
        {
        }

        public void RecordRest(long receivedMs, string url, int status, ReadOnlySpan<byte> body)
        {
        }
    }
}
