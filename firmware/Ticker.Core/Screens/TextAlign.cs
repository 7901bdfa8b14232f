namespace Ticker.Views
{
    /// <summary>Horizontal placement of text in its widget.</summary>
    public enum TextAlign
    {
        Left = 0,
        Center = 1,
        Right = 2,
    }
}
