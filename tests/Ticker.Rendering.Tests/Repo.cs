using System;
using System.IO;
using System.Linq;
using Ticker.Rendering;

namespace Ticker.Rendering.Tests
{
    /// <summary>The repository the tests run in, its shipped fonts (loaded once) and docs examples.</summary>
    internal static class Repo
    {
        public static string Root { get; } = FontSet.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);

        private static readonly Lazy<FontSet> _fonts = new(() => FontSet.LoadShipped(Root));

        public static FontSet Fonts => _fonts.Value;

        public static string ExamplesFolder => Path.Combine(Root, "docs", "examples");

        public static string[] ExampleNames() =>
            Directory.GetFiles(ExamplesFolder, "*.json").Select(Path.GetFileNameWithoutExtension)
                .OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

        public static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(ExamplesFolder, name + ".json"));
    }
}
