using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ticker.Fonts.Tests.Support;
using Xunit;

namespace Ticker.Fonts.Tests
{
    /// <summary>
    /// The device app embeds every shipped font (the .nfproj cannot be built here, so its files are checked as text):
    /// Resources.resx lists each .tinyfnt, Ticker.nfproj carries the items and references, and Resources.Designer.cs
    /// has the ids nanoFramework's resource generator gives those names.
    /// </summary>
    public class FirmwareResourcesTests
    {
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

        private static string[] Names => ShippedFonts.All.Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        [Theory]
        [InlineData("small", 13070)]
        [InlineData("NinaB", 18060)]
        [InlineData("Consolas23", -31666)]
        [InlineData("segoeuiregular12", 21930)]
        [InlineData("SegoeUIRegular12", 11243)]
        [InlineData("CourierRegular10", 27752)]
        [InlineData("ComicSansMS16", -18137)]
        [InlineData("MatrixFont", 28174)]
        [InlineData("strnSmallFont", -19509)]
        public void ResourceIdHashMatchesTheIdsInNanoFrameworksSamples(string name, short id)
        {
            Assert.Equal(id, ResourceId(name));
        }

        [Fact]
        public void ResxListsEveryFontAsAFileResource()
        {
            var resx = XDocument.Load(RepoPaths.Of("firmware", "Ticker", "Resources.resx"));
            var data = resx.Root!.Elements("data").ToArray();
            Assert.Equal(Names, data.Select(d => (string)d.Attribute("name")!).OrderBy(n => n, StringComparer.Ordinal));
            foreach (var item in data)
            {
                var name = (string)item.Attribute("name")!;
                Assert.Equal("System.Resources.ResXFileRef, System.Windows.Forms", (string?)item.Attribute("type"));
                var value = item.Element("value")!.Value.Split(';');
                Assert.Equal("Resources\\" + name + ".tinyfnt", value[0]);
                Assert.StartsWith("System.Byte[], mscorlib", value[1], StringComparison.Ordinal);
                Assert.Equal(Path.GetFullPath(ShippedFonts.Entry(name).OutputPath),
                    Path.GetFullPath(RepoPaths.Of("firmware", "Ticker", value[0].Replace('\\', '/'))));
            }
        }

        [Fact]
        public void NfprojEmbedsTheResxCompilesTheDesignerAndListsTheFonts()
        {
            var project = XDocument.Load(RepoPaths.Of("firmware", "Ticker", "Ticker.nfproj"));
            var none = project.Descendants(MsBuild + "None").Select(e => (string)e.Attribute("Include")!).ToArray();
            foreach (var name in Names)
            {
                Assert.Contains("Resources\\" + name + ".tinyfnt", none);
            }

            var embedded = Assert.Single(project.Descendants(MsBuild + "EmbeddedResource"));
            Assert.Equal("Resources.resx", (string?)embedded.Attribute("Include"));
            Assert.Equal("nFResXFileCodeGenerator", embedded.Element(MsBuild + "Generator")?.Value);
            Assert.Equal("Resources.Designer.cs", embedded.Element(MsBuild + "LastGenOutput")?.Value);

            var designer = project.Descendants(MsBuild + "Compile").Single(e => (string?)e.Attribute("Include") == "Resources.Designer.cs");
            Assert.Equal("Resources.resx", designer.Element(MsBuild + "DependentUpon")?.Value);
        }

        [Theory]
        [InlineData("nanoFramework.Graphics", "nanoFramework.Graphics")]
        [InlineData("nanoFramework.Graphics.Core", "nanoFramework.Graphics")]
        [InlineData("nanoFramework.ResourceManager", "nanoFramework.ResourceManager")]
        [InlineData("nanoFramework.Runtime.Native", "nanoFramework.Runtime.Native")]
        public void NfprojReferencesTheFontAndResourceAssembliesAtThePackagesConfigVersions(string assembly, string package)
        {
            var packages = XDocument.Load(RepoPaths.Of("firmware", "Ticker", "packages.config"));
            var version = (string)packages.Root!.Elements("package").Single(p => (string?)p.Attribute("id") == package).Attribute("version")!;

            var project = XDocument.Load(RepoPaths.Of("firmware", "Ticker", "Ticker.nfproj"));
            var reference = project.Descendants(MsBuild + "Reference").Single(r => ((string)r.Attribute("Include")!).Split(',')[0] == assembly);
            Assert.Equal("..\\..\\packages\\" + package + "." + version + "\\lib\\" + assembly + ".dll", reference.Element(MsBuild + "HintPath")?.Value);
        }

        [Fact]
        public void DesignerHasTheGeneratorsIdsInItsOrder()
        {
            var designer = File.ReadAllText(RepoPaths.Of("firmware", "Ticker", "Resources.Designer.cs"));
            Assert.Contains("new System.Resources.ResourceManager(\"Ticker.Resources\", typeof(Resources).Assembly)", designer, StringComparison.Ordinal);
            Assert.Contains(
                "internal static nanoFramework.UI.Font GetFont(Resources.FontResources id)",
                designer,
                StringComparison.Ordinal);
            Assert.Contains(
                "return ((nanoFramework.UI.Font)(nanoFramework.Runtime.Native.ResourceUtility.GetObject(ResourceManager, id)));",
                designer,
                StringComparison.Ordinal);

            var body = Regex.Match(designer, @"internal enum FontResources : short\s*\{(?<body>[^}]*)\}").Groups["body"].Value;
            var members = Regex.Matches(body, @"(?<name>\w+) = (?<id>-?\d+),")
                .Select(m => (Name: m.Groups["name"].Value, Id: short.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture)))
                .ToArray();

            Assert.Equal(Names, members.Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));
            foreach (var (name, id) in members)
            {
                Assert.True(ResourceId(name) == id, name + " must be " + ResourceId(name) + ", the id nanoFramework's generator gives it");
            }

            // The generator sorts the members by id.
            Assert.Equal(members.Select(m => m.Id).OrderBy(i => i), members.Select(m => m.Id));
        }

        /// <summary>The id nanoFramework's resource tools derive from a resource name (a 32-bit string hash folded to 16 bits).</summary>
        private static short ResourceId(string name)
        {
            unchecked
            {
                var hash1 = (5381 << 16) + 5381;
                var hash2 = hash1;
                for (var i = 0; i < name.Length; i++)
                {
                    if (i % 2 == 0)
                    {
                        hash1 = ((hash1 << 5) + hash1) ^ name[i];
                    }
                    else
                    {
                        hash2 = ((hash2 << 5) + hash2) ^ name[i];
                    }
                }

                var hash = hash1 + (hash2 * 1566083941);
                return (short)((short)(hash >> 16) ^ (short)hash);
            }
        }
    }
}
