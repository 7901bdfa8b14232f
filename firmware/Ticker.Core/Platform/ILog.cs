namespace Ticker.Platform
{
    /// <summary>Diagnostics: the device writes to the debug output, the emulator to its console.</summary>
    public interface ILog
    {
        void Write(LogLevel level, string message);
    }
}
