using Ticker.Config;

namespace Ticker.Setup
{
    /// <summary>
    /// Writes <see cref="DeviceSettings"/> as the settings file (<c>I:\ticker.json</c>, docs/settings.md): every key,
    /// in <see cref="DeviceSettings.Keys"/> order, one per line. The device reads it back with nanoFramework.Json and
    /// the emulator with System.Text.Json, so the same file round-trips through both.
    /// </summary>
    public static class SettingsJson
    {
        public static string Write(DeviceSettings settings)
        {
            var json = new PageWriter(512);
            json.Append("{\n");
            for (int i = 0; i < DeviceSettings.Keys.Length; i++)
            {
                string key = DeviceSettings.Keys[i];
                json.Append("  ").AppendJsonString(key).Append(": ");
                if (SetupForm.IsBoolKey(key))
                {
                    json.Append(SetupForm.GetBool(settings, key) ? "true" : "false");
                }
                else if (SetupForm.IsIntKey(key))
                {
                    json.Append(SetupForm.GetInt(settings, key));
                }
                else
                {
                    json.AppendJsonString(SetupForm.GetText(settings, key));
                }

                json.Append(i + 1 < DeviceSettings.Keys.Length ? ",\n" : "\n");
            }

            return json.Append("}\n").ToString();
        }
    }
}
