namespace Ticker.Emulator.Device
{
    /// <summary>The device's state as the page and the terminal report it; every value is read from the core's app.</summary>
    /// <param name="Board">Board id.</param>
    /// <param name="Mode">booting, setup or running.</param>
    /// <param name="Screen">The screen shown (gauge, liquidations, spot, market, status).</param>
    /// <param name="Led">The LED pattern's name (LedPatterns.NameOf: Off, Cascade, ...).</param>
    /// <param name="AlertLevel">The alert shown as a banner: 0 none, 1 watch, 2 warning, 3 cascade.</param>
    /// <param name="AlertHeadline">The banner's headline, or null.</param>
    /// <param name="Acknowledged">The alert on show was acknowledged (the LED stays dark until it escalates).</param>
    /// <param name="Stale">The data is older than the core's staleness rule allows.</param>
    /// <param name="Seq">The snapshot's sequence number, or null before the first one.</param>
    /// <param name="LastError">The core's latest problem, or null.</param>
    public sealed record DeviceStatus(
        string Board,
        string Mode,
        string Screen,
        string Led,
        int AlertLevel,
        string? AlertHeadline,
        bool Acknowledged,
        bool Stale,
        long? Seq,
        string? LastError);
}
