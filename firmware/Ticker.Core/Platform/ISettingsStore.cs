using Ticker.Config;

namespace Ticker.Platform
{
    /// <summary>
    /// Where the settings file lives (the device: <c>I:\ticker.json</c> read with nanoFramework.Json; the emulator: a
    /// file read with System.Text.Json). The store only maps JSON onto <see cref="DeviceSettings"/>; validation is
    /// the core's (<see cref="SettingsValidator"/>), so both report the same errors.
    /// </summary>
    public interface ISettingsStore
    {
        /// <summary>The stored settings, or null when there is no file or it is not JSON (then <paramref name="error"/> says why).</summary>
        DeviceSettings Load(out string error);

        /// <summary>Writes the settings; false (with <paramref name="error"/>) when the file cannot be written.</summary>
        bool Save(DeviceSettings settings, out string error);
    }
}
