using System;
using System.IO;
using Ticker.Platform;

namespace Ticker.Emulator.Device
{
    /// <summary>The core's diagnostics on a text writer (the console), one line each: what the device writes to Debug.</summary>
    public sealed class TextLog : ILog
    {
        private readonly TextWriter _writer;

        /// <summary>Creates the log.</summary>
        public TextLog(TextWriter writer)
        {
            _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        }

        /// <inheritdoc/>
        public void Write(LogLevel level, string message)
        {
            string name = level switch
            {
                LogLevel.Debug => "debug",
                LogLevel.Info => "info",
                LogLevel.Warning => "warning",
                _ => "error",
            };
            lock (_writer)
            {
                _writer.WriteLine("device " + name + ": " + message);
            }
        }
    }
}
