using Ticker.Boards;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// What the emulated device shows the world: the page, the terminal (headless mode) and tests listen here.
    /// Called on the device's loop thread (<see cref="OnSnapshot"/> on the HTTP client's thread): return quickly.
    /// </summary>
    public interface IDeviceObserver
    {
        /// <summary>The device (re)started on <paramref name="board"/>.</summary>
        void OnBoard(BoardProfile board);

        /// <summary>The device redrew its screen.</summary>
        void OnFrame(DeviceFrame frame);

        /// <summary>The LED pin changed.</summary>
        void OnLed(bool on);

        /// <summary>Something the status line reports changed (screen, LED pattern, alert, data).</summary>
        void OnStatus(DeviceStatus status);

        /// <summary>The feed sent a snapshot (the raw JSON the device decodes).</summary>
        void OnSnapshot(string json);

        /// <summary>The speaker started a pattern or stopped (boards with a speaker or buzzer only).</summary>
        void OnSound(DeviceSound sound)
        {
        }
    }
}
