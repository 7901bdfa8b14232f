namespace Ticker.Input
{
    /// <summary>What one button did, as recognised by <see cref="GestureDetector"/>.</summary>
    public enum Gesture
    {
        /// <summary>Nothing completed.</summary>
        None = 0,

        /// <summary>Pressed and released before the long-press time (1 s by default).</summary>
        ShortPress = 1,

        /// <summary>Held for the long-press time (1 s by default); reported once, while still held.</summary>
        LongPress = 2,

        /// <summary>Held for the very-long-press time (5 s by default); reported once, after the long press.</summary>
        VeryLongPress = 3,
    }
}
