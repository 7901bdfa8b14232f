namespace Ticker.Data
{
    /// <summary>The feed's liquidation-cascade alert level, as in the snapshot's <c>alert.level</c>.</summary>
    public enum AlertLevel
    {
        None = 0,
        Watch = 1,
        Warning = 2,
        Cascade = 3,
    }
}
