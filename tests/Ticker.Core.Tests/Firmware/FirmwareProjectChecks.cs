using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Ticker.Core.Tests.Firmware
{
    /// <summary>
    /// The checks on a nanoFramework project's files (the device app firmware/Ticker: Ticker.nfproj, packages.config,
    /// Resources.resx; the nano test project tests/Ticker.Core.NanoTests; and the repository's nfproj.props), each
    /// returning the problems it finds, so the tests can run them on the real files and on broken copies (the
    /// negative controls).
    /// </summary>
    internal sealed class FirmwareProjectChecks
    {
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";
        private static readonly Regex HintPath = new(@"^\.\.\\\.\.\\packages\\(?<id>[A-Za-z0-9.]+?)\.(?<version>\d+(\.\d+){2,3})\\lib\\[^\\]+\.(dll|exe)$");

        private readonly string _appDir;
        private readonly string _propsPath;
        private readonly string _projectFile;
        private readonly string _folder;

        /// <param name="appDir">The project's folder (firmware/Ticker, tests/Ticker.Core.NanoTests, or a copy).</param>
        /// <param name="propsPath">nfproj.props (the documented package set).</param>
        /// <param name="projectFile">The .nfproj's file name.</param>
        /// <param name="folder">The project's folder in the repository, as messages name it.</param>
        public FirmwareProjectChecks(string appDir, string propsPath, string projectFile = "Ticker.nfproj", string folder = "firmware/Ticker")
        {
            _appDir = appDir;
            _propsPath = propsPath;
            _projectFile = projectFile;
            _folder = folder;
        }

        public XDocument Project => XDocument.Load(Path.Combine(_appDir, _projectFile));

        public (string Id, string Version)[] PackagesConfig => XDocument.Load(Path.Combine(_appDir, "packages.config"))
            .Root!.Elements("package").Select(p => ((string)p.Attribute("id")!, (string)p.Attribute("version")!)).ToArray();

        public (string Id, string Version)[] DocumentedSet => Documented("TickerNanoPackage");

        /// <summary>The test project's own packages, documented in nfproj.props beside the app's set.</summary>
        public (string Id, string Version)[] DocumentedTestSet => Documented("TickerNanoTestPackage");

        /// <summary>References whose hint path is not ..\..\packages\&lt;id&gt;.&lt;version&gt;\lib\&lt;dll&gt; of a package in packages.config.</summary>
        public IEnumerable<string> ReferencesOutsidePackages()
        {
            var packages = PackagesConfig;
            foreach (var reference in Project.Descendants(MsBuild + "Reference"))
            {
                string hint = reference.Element(MsBuild + "HintPath")?.Value ?? "";
                var match = HintPath.Match(hint);
                if (!match.Success)
                {
                    yield return $"Reference {reference.Attribute("Include")?.Value} has hint path '{hint}', not ..\\..\\packages\\<id>.<version>\\lib\\<dll>";
                }
                else if (!packages.Contains((match.Groups["id"].Value, match.Groups["version"].Value)))
                {
                    yield return $"Reference {reference.Attribute("Include")?.Value} points at {match.Groups["id"].Value} {match.Groups["version"].Value}, which packages.config does not list";
                }
            }
        }

        /// <summary>Packages in packages.config that no Reference uses.</summary>
        public IEnumerable<string> UnusedPackages()
        {
            var hints = Project.Descendants(MsBuild + "HintPath").Select(h => h.Value).ToArray();
            return PackagesConfig
                .Where(p => !hints.Any(h => h.StartsWith($@"..\..\packages\{p.Id}.{p.Version}\", StringComparison.Ordinal)))
                .Select(p => $"{p.Id} {p.Version} is listed in packages.config but no Reference uses it");
        }

        /// <summary>Differences between packages.config and the documented set in nfproj.props, both ways.</summary>
        public IEnumerable<string> VersionMismatches()
        {
            var listed = PackagesConfig;
            var documented = DocumentedSet;
            foreach (var p in listed.Except(documented))
            {
                yield return $"packages.config has {p.Id} {p.Version}; nfproj.props documents {Documented(documented, p.Id)}";
            }

            foreach (var p in documented.Except(listed))
            {
                yield return $"nfproj.props documents {p.Id} {p.Version}; packages.config has {Documented(listed, p.Id)}";
            }
        }

        /// <summary>Packages in packages.config whose id and version are in neither documented set (for the test project,
        /// which takes its CoreLibrary from the app's set and its test framework from the test set).</summary>
        public IEnumerable<string> UndocumentedPackages()
        {
            var documented = DocumentedSet.Concat(DocumentedTestSet).ToArray();
            return PackagesConfig.Where(p => !documented.Contains(p))
                .Select(p => $"packages.config has {p.Id} {p.Version}; nfproj.props documents {Documented(documented, p.Id)}");
        }

        /// <summary>.cs files under the project's folder (bin and obj aside) that the .nfproj does not compile.</summary>
        public IEnumerable<string> SourcesNotCompiled()
        {
            var compiled = Project.Descendants(MsBuild + "Compile").Select(c => (string)c.Attribute("Include")!).ToHashSet(StringComparer.Ordinal);
            return Directory.EnumerateFiles(_appDir, "*.cs", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(_appDir, p).Replace('/', '\\'))
                .Where(p => !p.StartsWith(@"bin\", StringComparison.Ordinal) && !p.StartsWith(@"obj\", StringComparison.Ordinal))
                .Where(p => !compiled.Contains(p))
                .Select(p => $"{_folder}/{p.Replace('\\', '/')} is not compiled by {_projectFile}");
        }

        /// <summary>Compile, None and EmbeddedResource items and imports (without properties) that name a missing file.</summary>
        public IEnumerable<string> MissingProjectFiles()
        {
            var project = Project;
            foreach (var item in project.Descendants().Where(e => e.Name == MsBuild + "Compile" || e.Name == MsBuild + "None" || e.Name == MsBuild + "EmbeddedResource"))
            {
                string include = (string)item.Attribute("Include")!;
                if (!File.Exists(Path.Combine(_appDir, include.Replace('\\', '/'))))
                {
                    yield return $"{_projectFile} names {include}, which does not exist";
                }
            }

            foreach (var import in project.Descendants(MsBuild + "Import").Select(i => (string)i.Attribute("Project")!).Where(p => !p.Contains("$(", StringComparison.Ordinal)))
            {
                if (!File.Exists(Path.Combine(_appDir, import.Replace('\\', '/'))))
                {
                    yield return $"{_projectFile} imports {import}, which does not exist";
                }
            }
        }

        /// <summary>Files the .resx references (ResXFileRef) that are missing.</summary>
        public IEnumerable<string> MissingResourceFiles()
        {
            var resx = XDocument.Load(Path.Combine(_appDir, "Resources.resx"));
            return ResourceFiles(resx)
                .Where(file => !File.Exists(Path.Combine(_appDir, file.Replace('\\', '/'))))
                .Select(file => $"Resources.resx references {file}, which does not exist");
        }

        public static string[] ResourceFiles(XDocument resx) => resx.Root!.Elements("data")
            .Where(d => ((string?)d.Attribute("type") ?? "").StartsWith("System.Resources.ResXFileRef", StringComparison.Ordinal))
            .Select(d => d.Element("value")!.Value.Split(';')[0]).ToArray();

        private (string Id, string Version)[] Documented(string item) => XDocument.Load(_propsPath)
            .Descendants(MsBuild + item).Select(p => ((string)p.Attribute("Include")!, (string)p.Attribute("Version")!)).ToArray();

        private static string Documented((string Id, string Version)[] set, string id)
        {
            var versions = set.Where(p => p.Id == id).Select(p => p.Version).ToArray();
            return versions.Length == 0 ? "nothing for it" : string.Join(", ", versions);
        }
    }
}
