namespace Ticker.Platform
{
    /// <summary>Raw button edges, in the order they happened, for the core's gesture detection to debounce.</summary>
    public interface IButtonSource
    {
        /// <summary>Takes the oldest pending edge; false when there is none.</summary>
        bool TryTake(out int buttonIndex, out bool pressed, out long timeMs);
    }
}
