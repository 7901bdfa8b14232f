using System.Threading;
using Ticker.App;
using Ticker.Platform;

namespace Ticker
{
    /// <summary>
    /// The software watchdog (ESP32 apps get no hardware watchdog API): a thread that checks the loop's
    /// heartbeat every 5 s and restarts the device when the core's StallWatch says the loop is stuck.
    /// </summary>
    public static class Watchdog
    {
        private const int CheckEveryMs = 5000;

        public static void Start(StallWatch watch, IClock clock, ISystemControl system, ILog log)
        {
            var thread = new Thread(() =>
            {
                while (true)
                {
                    Thread.Sleep(CheckEveryMs);
                    if (watch.IsStalled(clock.UptimeMs))
                    {
                        log.Write(LogLevel.Error, "main loop stalled for 60 s: restarting");
                        system.Reboot();
                    }
                }
            });
            thread.Start();
        }
    }
}
