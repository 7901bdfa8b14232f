using System;
using Ticker.Boards;

namespace Ticker.Emulator.Device
{
    /// <summary>Several observers as one, called in order.</summary>
    public sealed class DeviceObservers : IDeviceObserver
    {
        private readonly IDeviceObserver[] _observers;

        /// <summary>Creates the fan-out.</summary>
        public DeviceObservers(params IDeviceObserver[] observers)
        {
            _observers = observers ?? throw new ArgumentNullException(nameof(observers));
        }

        /// <inheritdoc/>
        public void OnBoard(BoardProfile board) => Array.ForEach(_observers, o => o.OnBoard(board));

        /// <inheritdoc/>
        public void OnFrame(DeviceFrame frame) => Array.ForEach(_observers, o => o.OnFrame(frame));

        /// <inheritdoc/>
        public void OnLed(bool on) => Array.ForEach(_observers, o => o.OnLed(on));

        /// <inheritdoc/>
        public void OnStatus(DeviceStatus status) => Array.ForEach(_observers, o => o.OnStatus(status));

        /// <inheritdoc/>
        public void OnSnapshot(string json) => Array.ForEach(_observers, o => o.OnSnapshot(json));

        /// <inheritdoc/>
        public void OnSound(DeviceSound sound) => Array.ForEach(_observers, o => o.OnSound(sound));
    }
}
