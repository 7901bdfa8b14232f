using Ticker.App;

namespace Ticker.Platform
{
    /// <summary>
    /// Where the screens are drawn. Called on every loop turn; the implementation redraws only what changed
    /// (<see cref="TickerApp.ViewVersion"/>, the screen, and time-driven text such as the data age).
    /// </summary>
    public interface IDisplay
    {
        void Update(TickerApp app, long nowMs);
    }
}
