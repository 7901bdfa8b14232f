namespace Ticker.Platform
{
    /// <summary>The alert LED. The adapter knows the pin and whether the board's LED is active-high or active-low.</summary>
    public interface ILed
    {
        void Set(bool on);
    }
}
