namespace Ticker.Input
{
    /// <summary>
    /// What a physical button is for. A board with one button gives it <see cref="Only"/>; boards with two or three
    /// (M5Stack A/B/C) map them to previous / next / acknowledge.
    /// </summary>
    public enum ButtonRole
    {
        Only = 0,
        Previous = 1,
        Next = 2,
        Acknowledge = 3,
    }
}
