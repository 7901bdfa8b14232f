using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Firmware
{
    /// <summary>
    /// The device app (firmware/Ticker/Ticker.nfproj) cannot be built without the nanoFramework project system, so
    /// its project files are checked as text: every reference comes from a listed package, every listed package is
    /// used, the versions are the documented set in nfproj.props, and every file the project names exists.
    /// </summary>
    public class FirmwareProjectTests
    {
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";
        private static readonly Regex HintPath = new(@"^\.\.\\\.\.\\packages\\(?<id>[A-Za-z.]+?)\.(?<version>\d+(\.\d+){2,3})\\lib\\[^\\]+\.dll$");

        private static string AppDir => RepoPaths.Of("firmware", "Ticker");

        private static XDocument Project => XDocument.Load(Path.Combine(AppDir, "Ticker.nfproj"));

        private static (string Id, string Version)[] PackagesConfig => XDocument.Load(Path.Combine(AppDir, "packages.config"))
            .Root!.Elements("package").Select(p => ((string)p.Attribute("id")!, (string)p.Attribute("version")!)).ToArray();

        private static (string Id, string Version)[] DocumentedSet => XDocument.Load(RepoPaths.Of("nfproj.props"))
            .Descendants(MsBuild + "TickerNanoPackage").Select(p => ((string)p.Attribute("Include")!, (string)p.Attribute("Version")!)).ToArray();

        [Fact]
        public void Every_reference_points_at_a_package_and_version_in_packages_config()
        {
            var packages = PackagesConfig;
            foreach (var reference in Project.Descendants(MsBuild + "Reference"))
            {
                string hint = reference.Element(MsBuild + "HintPath")?.Value ?? "";
                var match = HintPath.Match(hint);
                Assert.True(match.Success, $"Reference {reference.Attribute("Include")} has hint path '{hint}', not ..\\..\\packages\\<id>.<version>\\lib\\<dll>");
                Assert.Contains((match.Groups["id"].Value, match.Groups["version"].Value), packages);
            }
        }

        [Fact]
        public void Every_package_in_packages_config_is_referenced()
        {
            var hints = Project.Descendants(MsBuild + "HintPath").Select(h => h.Value).ToArray();
            foreach (var (id, version) in PackagesConfig)
            {
                Assert.True(hints.Any(h => h.StartsWith($@"..\..\packages\{id}.{version}\", StringComparison.Ordinal)),
                    $"{id} {version} is listed in packages.config but no Reference uses it");
            }
        }

        [Fact]
        public void Package_versions_are_the_documented_set()
        {
            Assert.Equal(DocumentedSet.OrderBy(p => p.Id, StringComparer.Ordinal), PackagesConfig.OrderBy(p => p.Id, StringComparer.Ordinal));
            Assert.Contains(("nanoFramework.CoreLibrary", "1.17.11"), DocumentedSet);
        }

        [Fact]
        public void Every_source_file_of_the_app_is_in_the_project()
        {
            var compiled = Project.Descendants(MsBuild + "Compile").Select(c => (string)c.Attribute("Include")!).ToHashSet(StringComparer.Ordinal);
            var onDisk = Directory.EnumerateFiles(AppDir, "*.cs", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(AppDir, p).Replace('/', '\\'))
                .Where(p => !p.StartsWith(@"bin\", StringComparison.Ordinal) && !p.StartsWith(@"obj\", StringComparison.Ordinal));
            foreach (string file in onDisk)
            {
                Assert.True(compiled.Contains(file), $"firmware/Ticker/{file} is not compiled by Ticker.nfproj");
            }
        }

        [Fact]
        public void Every_file_the_project_names_exists()
        {
            foreach (var item in Project.Descendants().Where(e => e.Name == MsBuild + "Compile" || e.Name == MsBuild + "None" || e.Name == MsBuild + "EmbeddedResource"))
            {
                string include = (string)item.Attribute("Include")!;
                Assert.True(File.Exists(Path.Combine(AppDir, include.Replace('\\', '/'))), $"Ticker.nfproj names {include}, which does not exist");
            }

            foreach (var import in Project.Descendants(MsBuild + "Import").Select(i => (string)i.Attribute("Project")!).Where(p => !p.Contains("$(", StringComparison.Ordinal)))
            {
                Assert.True(File.Exists(Path.Combine(AppDir, import.Replace('\\', '/'))), $"Ticker.nfproj imports {import}, which does not exist");
            }
        }

        [Fact]
        public void Every_resource_file_the_resx_references_exists()
        {
            var resx = XDocument.Load(Path.Combine(AppDir, "Resources.resx"));
            var files = resx.Root!.Elements("data")
                .Where(d => ((string?)d.Attribute("type") ?? "").StartsWith("System.Resources.ResXFileRef", StringComparison.Ordinal))
                .Select(d => d.Element("value")!.Value.Split(';')[0]).ToArray();
            Assert.NotEmpty(files);
            foreach (string file in files)
            {
                Assert.True(File.Exists(Path.Combine(AppDir, file.Replace('\\', '/'))), $"Resources.resx references {file}, which does not exist");
            }
        }
    }
}
