namespace Ticker.App
{
    /// <summary>The screens the button cycles through, in order.</summary>
    public enum ScreenId
    {
        Gauge = 0,
        Liquidations = 1,
        Spot = 2,
        Market = 3,
        Status = 4,
    }
}
