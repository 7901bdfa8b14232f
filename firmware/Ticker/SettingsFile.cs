using System;
using System.IO;
using nanoFramework.Json;
using Ticker.Config;
using Ticker.Platform;
using Ticker.Setup;

namespace Ticker
{
    /// <summary>
    /// ISettingsStore on the device: <c>I:\ticker.json</c> (docs/settings.md), read with nanoFramework.Json onto the
    /// core's DeviceSettings (keys case-insensitive; absent keys keep their defaults) once the core's SettingsFileCheck
    /// has accepted the text, and written by the core's SettingsJson. Validation is the caller's, through the core's
    /// SettingsValidator.
    /// </summary>
    public sealed class SettingsFile : ISettingsStore
    {
        public const string DefaultPath = "I:\\ticker.json";

        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };

        private readonly string _path;

        public SettingsFile(string path)
        {
            _path = path;
        }

        public DeviceSettings Load(out string error)
        {
            error = null;
            if (!File.Exists(_path))
            {
                error = _path + " not found: defaults used";
                return null;
            }

            try
            {
                // The core decides what a settings file may be (strict JSON, each key once, case-insensitively),
                // as the emulator does; nanoFramework.Json only maps an accepted file.
                byte[] bytes = File.ReadAllBytes(_path);
                string problem = SettingsFileCheck.Check(bytes, bytes.Length);
                if (problem != null)
                {
                    error = _path + ": " + problem + ": defaults used";
                    return null;
                }

                string text = Utf8.Decode(bytes, bytes.Length);
                if (text.Length > 0 && text[0] == '\uFEFF')
                {
                    text = text.Substring(1);
                }

                var settings = (DeviceSettings)JsonConvert.DeserializeObject(text, typeof(DeviceSettings), Options);
                if (settings == null)
                {
                    error = _path + " holds no settings object: defaults used";
                }

                return settings;
            }
            catch (Exception e)
            {
                error = _path + " is not valid JSON (" + e.Message + "): defaults used";
                return null;
            }
        }

        public bool Save(DeviceSettings settings, out string error)
        {
            return SaveJson(SettingsJson.Write(settings), out error);
        }

        /// <summary>Writes settings JSON made by the core (the setup page's answer).</summary>
        public bool SaveJson(string json, out string error)
        {
            try
            {
                File.WriteAllBytes(_path, Utf8.Encode(json));
                error = null;
                return true;
            }
            catch (Exception e)
            {
                error = "cannot write " + _path + ": " + e.Message;
                return false;
            }
        }

        /// <summary>A text file next to the settings (the CA certificate), or null when it is missing or unreadable.</summary>
        public static string ReadText(string fileName)
        {
            string path = "I:\\" + fileName;
            try
            {
                return File.Exists(path) ? File.ReadAllText(path) : null;
            }
            catch (Exception)
            {
                return null;
            }
        }
    }
}
