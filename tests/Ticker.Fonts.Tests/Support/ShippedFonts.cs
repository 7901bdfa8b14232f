using System;
using System.Collections.Generic;
using System.Linq;
using Ticker.FontGen;
using Xunit;

namespace Ticker.Fonts.Tests.Support
{
    /// <summary>The fonts the product ships, from the committed manifest.</summary>
    public static class ShippedFonts
    {
        private static readonly Lazy<FontManifest> LazyManifest =
            new(() => FontManifest.Load(RepoPaths.Of("firmware", "Fonts", "fonts.json")));

        public static FontManifest Manifest => LazyManifest.Value;

        /// <summary>The manifest's font names, as theory data.</summary>
        public static TheoryData<string> Names
        {
            get
            {
                var data = new TheoryData<string>();
                foreach (var entry in Manifest.Fonts)
                {
                    data.Add(entry.Name);
                }

                return data;
            }
        }

        public static FontManifestEntry Entry(string name) => Manifest.Fonts.Single(f => f.Name == name);

        public static TinyFont Load(string name) => TinyFont.Load(Entry(name).OutputPath);

        public static IEnumerable<FontManifestEntry> All => Manifest.Fonts;
    }
}
