namespace Ticker.Drawing
{
    /// <summary>
    /// Sends a drawn part of the stripe surface to the panel: Bitmap.Flush(srcX, srcY, width, height, screenX,
    /// screenY) on the device, a copy into the frame on the host.
    /// </summary>
    public interface IFlushTarget
    {
        /// <summary>Copies the surface rectangle at (<paramref name="surfaceX"/>, <paramref name="surfaceY"/>) to the screen at (<paramref name="screenX"/>, <paramref name="screenY"/>).</summary>
        void Flush(int surfaceX, int surfaceY, int width, int height, int screenX, int screenY);
    }
}
