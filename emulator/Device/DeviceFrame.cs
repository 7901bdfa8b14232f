namespace Ticker.Emulator.Device
{
    /// <summary>One redrawn screen: its number since the device started, size, the screen shown and the PNG.</summary>
    /// <param name="Version">1 for the first frame, then one more per redraw.</param>
    /// <param name="Width">Pixels across (the board's panel).</param>
    /// <param name="Height">Pixels down.</param>
    /// <param name="Screen">The screen's id (gauge, liquidations, spot, market, status).</param>
    /// <param name="Png">The frame as a PNG, pixel for pixel.</param>
    public sealed record DeviceFrame(int Version, int Width, int Height, string Screen, byte[] Png);
}
