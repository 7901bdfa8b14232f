using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Ticker.Drawing;
using Ticker.Fonts;

namespace Ticker.Rendering
{
    /// <summary>
    /// The five fonts the device ships, indexed by <see cref="FontIds"/>: read from the .tinyfnt files the font
    /// manifest (firmware/Fonts/fonts.json) lists, in its order (smallest first, as the ids are).
    /// </summary>
    public sealed class FontSet
    {
        /// <summary>The manifest's path relative to the repository root.</summary>
        public const string ManifestRelativePath = "firmware/Fonts/fonts.json";

        private readonly TinyFont[] _fonts;

        /// <summary>Creates a set from fonts already loaded, index = font id.</summary>
        /// <param name="fonts">Exactly <see cref="FontIds.Count"/> fonts.</param>
        public FontSet(IReadOnlyList<TinyFont> fonts)
        {
            ArgumentNullException.ThrowIfNull(fonts);
            if (fonts.Count != FontIds.Count)
            {
                throw new ArgumentException("Expected " + FontIds.Count + " fonts, got " + fonts.Count + ".", nameof(fonts));
            }

            _fonts = new TinyFont[fonts.Count];
            for (int i = 0; i < fonts.Count; i++)
            {
                _fonts[i] = fonts[i] ?? throw new ArgumentException("Font " + i + " is null.", nameof(fonts));
            }
        }

        /// <summary>The font for an id (an unknown id gets <see cref="FontIds.Small"/>, as <see cref="FontIds.NominalHeight"/> does).</summary>
        public TinyFont Get(int fontId) => (uint)fontId < (uint)_fonts.Length ? _fonts[fontId] : _fonts[FontIds.Small];

        /// <summary>Loads the shipped fonts through the manifest of the repository at <paramref name="repositoryRoot"/>.</summary>
        /// <exception cref="InvalidDataException">The manifest or a font is missing or does not match the font ids.</exception>
        public static FontSet LoadShipped(string repositoryRoot)
        {
            return LoadManifest(Path.Combine(repositoryRoot, ManifestRelativePath));
        }

        /// <summary>Loads the fonts a manifest lists; entry i is font id i and must have its nominal size and weight.</summary>
        /// <exception cref="InvalidDataException">The manifest or a font is missing or does not match the font ids.</exception>
        public static FontSet LoadManifest(string manifestPath)
        {
            string full = Path.GetFullPath(manifestPath);
            if (!File.Exists(full))
            {
                throw new InvalidDataException("Font manifest not found: " + full);
            }

            string folder = Path.GetDirectoryName(full)!;
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(full));
            JsonElement entries = document.RootElement.GetProperty("fonts");
            if (entries.GetArrayLength() != FontIds.Count)
            {
                throw new InvalidDataException(full + ": expected " + FontIds.Count + " fonts, found " + entries.GetArrayLength());
            }

            var fonts = new TinyFont[FontIds.Count];
            int id = 0;
            foreach (JsonElement entry in entries.EnumerateArray())
            {
                int size = entry.GetProperty("size").GetInt32();
                bool bold = entry.GetProperty("bold").GetBoolean();
                string output = entry.GetProperty("output").GetString() ?? "";
                if (size != FontIds.NominalHeight(id) || bold != FontIds.IsBold(id))
                {
                    throw new InvalidDataException(full + ": entry " + id + " is " + size + " px" + (bold ? " bold" : "") +
                        ", font id " + id + " needs " + FontIds.NominalHeight(id) + " px" + (FontIds.IsBold(id) ? " bold" : ""));
                }

                fonts[id] = TinyFont.Load(Path.Combine(folder, output));
                id++;
            }

            return new FontSet(fonts);
        }

        /// <summary>
        /// Finds the repository root (the folder holding the font manifest) from <paramref name="start"/> upwards.
        /// Null when there is none.
        /// </summary>
        public static string? FindRepositoryRoot(string start)
        {
            for (DirectoryInfo? dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, ManifestRelativePath)))
                {
                    return dir.FullName;
                }
            }

            return null;
        }
    }
}
