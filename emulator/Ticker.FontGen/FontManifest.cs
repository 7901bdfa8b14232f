using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Ticker.FontGen
{
    /// <summary>One font the product ships.</summary>
    /// <param name="Name">Resource name (in Resources.resx and the FontResources enum).</param>
    /// <param name="FontPath">Full path of the TrueType file.</param>
    /// <param name="Size">Em size in pixels.</param>
    /// <param name="Bold">Whether the font is bold.</param>
    /// <param name="OutputPath">Full path of the .tinyfnt file.</param>
    /// <param name="Use">What the screens use it for.</param>
    public sealed record FontManifestEntry(string Name, string FontPath, int Size, bool Bold, string OutputPath, string Use);

    /// <summary>
    /// The list of fonts the product ships (firmware/Fonts/fonts.json): for each, the TrueType file, the size, bold or
    /// not, and the .tinyfnt to write, paths relative to the manifest's folder.
    /// </summary>
    public sealed class FontManifest
    {
        /// <summary>Where the manifest lives, relative to the repository root.</summary>
        public const string DefaultRelativePath = "firmware/Fonts/fonts.json";

        private FontManifest(string path, IReadOnlyList<FontManifestEntry> fonts)
        {
            Path = path;
            Fonts = fonts;
        }

        /// <summary>Full path of the manifest.</summary>
        public string Path { get; }

        /// <summary>The fonts, in the manifest's order.</summary>
        public IReadOnlyList<FontManifestEntry> Fonts { get; }

        /// <summary>Reads a manifest.</summary>
        /// <param name="path">The manifest file.</param>
        /// <exception cref="FontGenerationException">The file is missing or malformed; the message says where.</exception>
        public static FontManifest Load(string path)
        {
            var fullPath = System.IO.Path.GetFullPath(path);
            if (!File.Exists(fullPath))
            {
                throw new FontGenerationException("Font manifest not found: " + fullPath + ".");
            }

            var folder = System.IO.Path.GetDirectoryName(fullPath)!;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllText(fullPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException e)
            {
                throw new FontGenerationException(fullPath + " is not valid JSON: " + e.Message, e);
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object ||
                    !document.RootElement.TryGetProperty("fonts", out var fonts) || fonts.ValueKind != JsonValueKind.Array)
                {
                    throw new FontGenerationException(fullPath + " must be an object with a \"fonts\" array.");
                }

                var entries = new List<FontManifestEntry>();
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var index = 0;
                foreach (var item in fonts.EnumerateArray())
                {
                    var where = fullPath + ", fonts[" + index + "]";
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        throw new FontGenerationException(where + " must be an object.");
                    }

                    var name = RequiredString(item, "name", where);
                    if (!names.Add(name))
                    {
                        throw new FontGenerationException(where + ": the name \"" + name + "\" is used twice.");
                    }

                    var font = RequiredString(item, "font", where);
                    var output = RequiredString(item, "output", where);
                    if (!item.TryGetProperty("size", out var size) || size.ValueKind != JsonValueKind.Number || !size.TryGetInt32(out var sizePx))
                    {
                        throw new FontGenerationException(where + " needs a whole-number \"size\" (em size in pixels).");
                    }

                    var bold = item.TryGetProperty("bold", out var boldValue) && boldValue.ValueKind == JsonValueKind.True;
                    var use = item.TryGetProperty("use", out var useValue) && useValue.ValueKind == JsonValueKind.String
                        ? useValue.GetString()!
                        : string.Empty;
                    entries.Add(new FontManifestEntry(name, System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, font)), sizePx, bold,
                        System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, output)), use));
                    index++;
                }

                return new FontManifest(fullPath, entries);
            }
        }

        /// <summary>Finds the manifest from a folder inside the repository, walking up to the repository root.</summary>
        /// <param name="start">A folder inside the repository.</param>
        /// <exception cref="FontGenerationException">No folder above has the manifest.</exception>
        public static string Find(string start)
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, DefaultRelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FontGenerationException("No " + DefaultRelativePath + " above " + start +
                ": run from inside the Ticker repository, or pass --manifest <file>.");
        }

        private static string RequiredString(JsonElement item, string property, string where)
        {
            if (!item.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                throw new FontGenerationException(where + " needs a \"" + property + "\" string.");
            }

            return value.GetString()!;
        }
    }
}
