namespace Ticker.App
{
    /// <summary>
    /// The software watchdog's rule (nanoFramework gives ESP32 apps no hardware watchdog API): the loop beats once a
    /// turn, a separate thread asks <see cref="IsStalled"/> every few seconds and restarts the device when the loop
    /// has not beaten for <see cref="StallMs"/>. A long-poll is bounded well below that (PollPolicy.MaxWaitS plus the
    /// request timeout). Beat and check may run on different threads: the time is one long written under a lock.
    /// </summary>
    public sealed class StallWatch
    {
        /// <summary>A loop silent this long is stuck.</summary>
        public const long StallMs = 60000;

        private readonly object _lock = new object();
        private long _lastBeatMs;

        public StallWatch(long nowMs)
        {
            _lastBeatMs = nowMs;
        }

        public void Beat(long nowMs)
        {
            lock (_lock)
            {
                _lastBeatMs = nowMs;
            }
        }

        public bool IsStalled(long nowMs)
        {
            lock (_lock)
            {
                return nowMs - _lastBeatMs >= StallMs;
            }
        }
    }
}
