using System.Diagnostics;
using Ticker.Platform;

namespace Ticker
{
    /// <summary>ILog on the device: the debugger's output window (compiled out of Release builds by nanoFramework).</summary>
    public sealed class DebugLog : ILog
    {
        public void Write(LogLevel level, string message)
        {
            // Spelled out: Enum.ToString() prints the number on nanoFramework.
            string prefix = level == LogLevel.Error ? "ERROR " : level == LogLevel.Warning ? "WARN " : level == LogLevel.Info ? "INFO " : "DEBUG ";
            Debug.WriteLine(prefix + message);
        }
    }
}
