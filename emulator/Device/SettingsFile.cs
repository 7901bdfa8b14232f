using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ticker.Config;
using Ticker.Platform;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// The device's settings file (docs/settings.md) read with System.Text.Json: keys case-insensitive, absent keys
    /// keep their defaults. It only maps JSON onto <see cref="DeviceSettings"/>; the range checks are the core's
    /// <see cref="SettingsValidator"/>. What the mapping itself cannot use (an unknown key, a value of the wrong
    /// type) is listed in <see cref="Problems"/> in the validator's style, and the default is kept.
    /// </summary>
    public sealed class SettingsFile : ISettingsStore
    {
        private static readonly JsonSerializerOptions WriteOptions = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
        };

        private readonly List<string> _problems = new List<string>();

        /// <summary>Creates the store for the file at <paramref name="path"/>.</summary>
        public SettingsFile(string path)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
        }

        /// <summary>The file.</summary>
        public string Path { get; }

        /// <summary>Keys the last <see cref="Load"/> ignored, each as "key: why (default used)".</summary>
        public IReadOnlyList<string> Problems => _problems;

        /// <inheritdoc/>
        public DeviceSettings? Load(out string? error)
        {
            _problems.Clear();
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(Path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                error = "cannot read '" + Path + "': " + OneLine(e.Message);
                return null;
            }

            return Read(bytes, out error);
        }

        /// <summary>Maps a settings file's text (see <see cref="Read(byte[], out string?)"/>).</summary>
        public DeviceSettings? Read(string text, out string? error)
        {
            ArgumentNullException.ThrowIfNull(text);
            return Read(System.Text.Encoding.UTF8.GetBytes(text), out error);
        }

        /// <summary>
        /// Maps a settings file's bytes onto <see cref="DeviceSettings"/> as <see cref="Load"/> does (the setup page's
        /// saved file goes through here too); null with <paramref name="error"/> when the device would refuse the file.
        /// The decision is the core's <see cref="SettingsFileCheck"/> (strict JSON, one object, each key once), the
        /// device's own: this only maps what it accepts.
        /// </summary>
        public DeviceSettings? Read(byte[] bytes, out string? error)
        {
            ArgumentNullException.ThrowIfNull(bytes);
            _problems.Clear();
            string? problem = SettingsFileCheck.Check(bytes, bytes.Length);
            if (problem != null)
            {
                error = "'" + Path + "', " + problem;
                return null;
            }

            // Accepted by the check, so strict parsing cannot fail and the root is an object with unique keys.
            int bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            var root = (JsonObject)JsonNode.Parse(bytes.AsSpan(bom), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false })!;

            var settings = new DeviceSettings();
            foreach (KeyValuePair<string, JsonNode?> entry in root)
            {
                PropertyInfo? property = typeof(DeviceSettings).GetProperty(entry.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                if (property == null || !property.CanWrite)
                {
                    _problems.Add(entry.Key + ": not a setting; known keys " + string.Join(", ", DeviceSettings.Keys));
                    continue;
                }

                string key = DeviceSettings.Keys[Array.FindIndex(DeviceSettings.Keys, k => string.Equals(k, entry.Key, StringComparison.OrdinalIgnoreCase))];
                if (!TryConvert(entry.Value, property.PropertyType, out object? value))
                {
                    _problems.Add(key + ": " + Describe(entry.Value) + " is not " + TypeName(property.PropertyType) + " (default used)");
                    continue;
                }

                property.SetValue(settings, value);
            }

            error = null;
            return settings;
        }

        /// <inheritdoc/>
        public bool Save(DeviceSettings settings, out string? error)
        {
            ArgumentNullException.ThrowIfNull(settings);
            try
            {
                File.WriteAllText(Path, JsonSerializer.Serialize(settings, WriteOptions));
                error = null;
                return true;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                error = "cannot write '" + Path + "': " + OneLine(e.Message);
                return false;
            }
        }

        private static bool TryConvert(JsonNode? node, Type type, out object? value)
        {
            value = null;
            if (node is not JsonValue json)
            {
                return false;
            }

            if (type == typeof(string))
            {
                if (json.TryGetValue(out string? s))
                {
                    value = s;
                    return true;
                }

                return false;
            }

            if (type == typeof(int))
            {
                if (json.TryGetValue(out int i))
                {
                    value = i;
                    return true;
                }

                return false;
            }

            if (type == typeof(bool) && json.TryGetValue(out bool b))
            {
                value = b;
                return true;
            }

            return false;
        }

        private static string TypeName(Type type) =>
            type == typeof(int) ? "a whole number" : type == typeof(bool) ? "true or false" : "text";

        // As the validator quotes values: 'text'; numbers, true/false, arrays and objects as written.
        private static string Describe(JsonNode? node) =>
            node == null ? "null" : node is JsonValue v && v.TryGetValue(out string? s) ? "'" + s + "'" : node.ToJsonString();

        private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
    }
}
