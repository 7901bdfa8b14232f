using System;
using Ticker.Config;
using Ticker.Setup;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// The user's settings (the <c>--settings</c> file's, or the defaults) kept apart from what the emulated device runs
    /// with: the emulator polls its own feed (the embedded one on a random port, or <c>--feed</c>) and is always on a
    /// network, and those choices must never end up in the user's file. The setup page shows and saves the user's
    /// settings; the device gets them with the emulator's choices on top (<see cref="ForDevice"/>).
    /// </summary>
    public sealed class EmulatorSettings
    {
        private readonly object _gate = new object();
        private readonly string _feedUrl;
        private DeviceSettings _user;

        /// <summary>Creates the holder.</summary>
        /// <param name="user">The user's settings, validated.</param>
        /// <param name="feedUrl">The feed the device polls, whatever the user's <c>feedUrl</c> says.</param>
        /// <param name="path">The settings file the setup page saves to, or null.</param>
        public EmulatorSettings(DeviceSettings user, string feedUrl, string? path)
        {
            _user = SetupForm.Copy(user ?? throw new ArgumentNullException(nameof(user)));
            _feedUrl = feedUrl ?? throw new ArgumentNullException(nameof(feedUrl));
            Path = path;
        }

        /// <summary>The settings file (--settings), or null.</summary>
        public string? Path { get; }

        /// <summary>A copy of the user's settings.</summary>
        public DeviceSettings User
        {
            get
            {
                lock (_gate)
                {
                    return SetupForm.Copy(_user);
                }
            }
        }

        /// <summary>Keeps <paramref name="user"/> as the user's settings (after the setup page saved them).</summary>
        public void Replace(DeviceSettings user)
        {
            ArgumentNullException.ThrowIfNull(user);
            lock (_gate)
            {
                _user = SetupForm.Copy(user);
            }
        }

        /// <summary>What the device runs with: a copy of <paramref name="user"/> polling the emulator's feed, on its always-up network.</summary>
        public DeviceSettings ForDevice(DeviceSettings user)
        {
            ArgumentNullException.ThrowIfNull(user);
            DeviceSettings device = SetupForm.Copy(user);
            device.FeedUrl = _feedUrl;
            AlwaysUpNetwork.NameIfMissing(device);
            return device;
        }
    }
}
