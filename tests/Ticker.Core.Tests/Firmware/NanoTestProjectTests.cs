using System;
using System.Linq;
using System.Xml.Linq;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Firmware
{
    /// <summary>
    /// The nano test project (tests/Ticker.Core.NanoTests/Ticker.Core.NanoTests.nfproj) cannot be built here either, so
    /// its files are checked as the app's are: references from listed packages, packages used, versions documented in
    /// nfproj.props (CoreLibrary from the app's set, TestFramework from the test set), every source compiled, every
    /// named file present (the checks it shares with the app are <see cref="NfprojFilesTests"/>), and the conventions
    /// nanoFramework's test adapter relies on. Each check also runs on a broken copy.
    /// </summary>
    public class NanoTestProjectTests
    {
        private const string Folder = "tests/Ticker.Core.NanoTests";
        private const string ProjectFile = "Ticker.Core.NanoTests.nfproj";
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";
        internal static readonly FirmwareProjectChecks Real = new(RepoPaths.Of("tests", "Ticker.Core.NanoTests"), RepoPaths.Of("nfproj.props"), ProjectFile, Folder);

        [Fact]
        public void Package_versions_are_documented_in_nfproj_props()
        {
            Assert.Empty(Real.UndocumentedPackages());
            Assert.Equal(
                new[] { ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.TestFramework", "3.0.77") },
                Real.PackagesConfig.OrderBy(p => p.Id, StringComparer.Ordinal));
            Assert.Contains(("nanoFramework.TestFramework", "3.0.77"), Real.DocumentedTestSet);
        }

        [Fact]
        public void It_uses_the_same_core_library_as_the_app()
        {
            var app = new FirmwareProjectChecks(RepoPaths.Of("firmware", "Ticker"), RepoPaths.Of("nfproj.props"));
            Assert.Equal(
                app.PackagesConfig.Single(p => p.Id == "nanoFramework.CoreLibrary"),
                Real.PackagesConfig.Single(p => p.Id == "nanoFramework.CoreLibrary"));
        }

        [Fact]
        public void It_follows_the_nanoFramework_test_project_conventions()
        {
            XDocument project = Real.Project;
            string Property(string name) => project.Descendants(MsBuild + name).Single().Value;

            Assert.Equal("NFUnitTest", Property("AssemblyName"));
            Assert.Equal("true", Property("IsTestProject"));
            Assert.Equal("UnitTest", Property("TestProjectType"));
            Assert.Contains(project.Descendants(MsBuild + "None"), n => (string?)n.Attribute("Include") == "nano.runsettings");
            var imports = project.Descendants(MsBuild + "Import").Select(i => (string)i.Attribute("Project")!).ToArray();
            Assert.Contains(@"..\..\firmware\Ticker.Core\Ticker.Core.projitems", imports);
            Assert.Contains(@"..\..\nfproj.props", imports);
            var hints = project.Descendants(MsBuild + "HintPath").Select(h => h.Value).ToArray();
            Assert.Contains(@"..\..\packages\nanoFramework.TestFramework.3.0.77\lib\nanoFramework.UnitTestLauncher.exe", hints);

            XDocument runsettings = XDocument.Load(RepoPaths.Of("tests", "Ticker.Core.NanoTests", "nano.runsettings"));
            Assert.Equal("False", runsettings.Descendants("IsRealHardware").Single().Value);
        }

        [Fact]
        public void It_is_in_the_solution_and_imports_the_core_as_a_shared_project()
        {
            string solution = System.IO.File.ReadAllText(RepoPaths.Of("Ticker.sln"));
            Assert.Contains(@"""Ticker.Core.NanoTests"", ""tests\Ticker.Core.NanoTests\Ticker.Core.NanoTests.nfproj""", solution, StringComparison.Ordinal);
            Assert.Contains(@"firmware\Ticker.Core\Ticker.Core.projitems*{8c29b5e4-e738-4a99-ac22-53045c3d3ad6}*SharedItemsImports = 4", solution, StringComparison.Ordinal);
        }

        // Negative controls: each check, run on a copy broken in the one way it looks for.

        [Fact]
        public void A_reference_to_an_unlisted_test_framework_version_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Edit(ProjectFile, @"packages\nanoFramework.TestFramework.3.0.77\lib\nanoFramework.TestFramework.dll", @"packages\nanoFramework.TestFramework.3.0.99\lib\nanoFramework.TestFramework.dll");

            Assert.Contains(copy.Checks.ReferencesOutsidePackages(), p => p == "Reference nanoFramework.TestFramework points at nanoFramework.TestFramework 3.0.99, which packages.config does not list");
        }

        [Fact]
        public void An_undocumented_test_framework_version_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Edit("packages.config", "version=\"3.0.77\"", "version=\"3.0.99\"");
            copy.Edit(ProjectFile, "nanoFramework.TestFramework.3.0.77", "nanoFramework.TestFramework.3.0.99");

            Assert.Equal(new[] { "packages.config has nanoFramework.TestFramework 3.0.99; nfproj.props documents 3.0.77" }, copy.Checks.UndocumentedPackages());
            Assert.Empty(copy.Checks.ReferencesOutsidePackages());
        }

        [Fact]
        public void A_core_library_other_than_the_apps_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Edit("packages.config", "version=\"1.17.11\"", "version=\"1.17.7\"");
            copy.Edit(ProjectFile, "nanoFramework.CoreLibrary.1.17.11", "nanoFramework.CoreLibrary.1.17.7");

            Assert.Equal(new[] { "packages.config has nanoFramework.CoreLibrary 1.17.7; nfproj.props documents 1.17.11" }, copy.Checks.UndocumentedPackages());
        }

        [Fact]
        public void A_listed_but_unused_package_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Edit("packages.config", "</packages>", "  <package id=\"nanoFramework.System.Text\" version=\"1.3.42\" targetFramework=\"netnano1.0\" />\n</packages>");

            Assert.Equal(new[] { "nanoFramework.System.Text 1.3.42 is listed in packages.config but no Reference uses it" }, copy.Checks.UnusedPackages());
        }

        [Fact]
        public void A_test_file_missing_from_the_project_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Write(@"Data\ExtraTests.cs", "namespace Ticker.Core.NanoTests.Data { }");

            Assert.Equal(new[] { "tests/Ticker.Core.NanoTests/Data/ExtraTests.cs is not compiled by Ticker.Core.NanoTests.nfproj" }, copy.Checks.SourcesNotCompiled());
        }

        [Fact]
        public void A_project_item_naming_a_missing_file_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Delete("nano.runsettings");

            Assert.Equal(new[] { "Ticker.Core.NanoTests.nfproj names nano.runsettings, which does not exist" }, copy.Checks.MissingProjectFiles());
        }

        private sealed class BrokenCopy : ProjectCopy
        {
            public BrokenCopy()
                : base(Folder, ProjectFile)
            {
            }
        }
    }
}
