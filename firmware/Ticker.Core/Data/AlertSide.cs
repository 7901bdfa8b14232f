namespace Ticker.Data
{
    /// <summary>Which positions are being liquidated, as in the snapshot's <c>alert.side</c>.</summary>
    public enum AlertSide
    {
        None = 0,
        Long = 1,
        Short = 2,
    }
}
