using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Firmware
{
    /// <summary>
    /// The device app (firmware/Ticker/Ticker.nfproj) cannot be built without the nanoFramework project system, so
    /// its project files are checked as text: every reference comes from a listed package, every listed package is
    /// used, the versions are the documented set in nfproj.props, every source file is compiled and every file the
    /// project or its .resx names exists (the checks it shares with the nano test project are <see cref="NfprojFilesTests"/>).
    /// Each check also runs on a broken copy of the files, to show it can fail.
    /// </summary>
    public class FirmwareProjectTests
    {
        internal static readonly FirmwareProjectChecks Real = new(RepoPaths.Of("firmware", "Ticker"), RepoPaths.Of("nfproj.props"));

        [Fact]
        public void Package_versions_are_the_documented_set()
        {
            Assert.Empty(Real.VersionMismatches());
            Assert.Contains(("nanoFramework.CoreLibrary", "1.17.11"), Real.DocumentedSet);
        }

        [Fact]
        public void The_packages_the_issue_names_are_all_there()
        {
            string[] ids = Real.PackagesConfig.Select(p => p.Id).ToArray();
            foreach (string id in new[]
            {
                "nanoFramework.CoreLibrary", "nanoFramework.System.Net.Http", "nanoFramework.Graphics", "nanoFramework.Graphics.St7789",
                "nanoFramework.Graphics.Ili9341", "nanoFramework.Json", "nanoFramework.System.Device.Gpio", "nanoFramework.System.Device.Wifi",
                "nanoFramework.Networking.Sntp", "nanoFramework.Hardware.Esp32", "nanoFramework.Runtime.Native", "nanoFramework.ResourceManager",
            })
            {
                Assert.Contains(id, ids);
            }
        }

        [Fact]
        public void Every_resource_file_the_resx_references_exists()
        {
            Assert.NotEmpty(FirmwareProjectChecks.ResourceFiles(XDocument.Load(RepoPaths.Of("firmware", "Ticker", "Resources.resx"))));
            Assert.Empty(Real.MissingResourceFiles());
        }

        // Negative controls: each check, run on a copy broken in the one way it looks for.

        [Fact]
        public void A_reference_to_an_unlisted_package_version_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Edit("Ticker.nfproj", @"packages\nanoFramework.Json.2.2.213\", @"packages\nanoFramework.Json.2.2.999\");

            Assert.Contains(copy.Checks.ReferencesOutsidePackages(), p => p == "Reference nanoFramework.Json points at nanoFramework.Json 2.2.999, which packages.config does not list");
        }

        [Fact]
        public void A_reference_outside_the_packages_folder_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Edit("Ticker.nfproj", @"..\..\packages\nanoFramework.Json.2.2.213\lib\", @"C:\nuget\nanoFramework.Json\lib\");

            Assert.Contains(copy.Checks.ReferencesOutsidePackages(), p => p.StartsWith("Reference nanoFramework.Json has hint path 'C:\\nuget", StringComparison.Ordinal));
        }

        [Fact]
        public void A_listed_but_unused_package_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Edit("packages.config", "</packages>", "  <package id=\"nanoFramework.System.Math\" version=\"1.5.116\" targetFramework=\"netnano1.0\" />\n</packages>");

            Assert.Equal(new[] { "nanoFramework.System.Math 1.5.116 is listed in packages.config but no Reference uses it" }, copy.Checks.UnusedPackages());
        }

        [Fact]
        public void A_version_that_differs_from_the_documented_set_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.EditProps("Include=\"nanoFramework.Json\" Version=\"2.2.213\"", "Include=\"nanoFramework.Json\" Version=\"2.2.199\"");

            Assert.Contains("packages.config has nanoFramework.Json 2.2.213; nfproj.props documents 2.2.199", copy.Checks.VersionMismatches());
        }

        [Fact]
        public void A_source_file_missing_from_the_project_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Write("Extra.cs", "namespace Ticker { }");

            Assert.Equal(new[] { "firmware/Ticker/Extra.cs is not compiled by Ticker.nfproj" }, copy.Checks.SourcesNotCompiled());
        }

        [Fact]
        public void A_project_item_naming_a_missing_file_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Delete("HttpFetcher.cs");

            Assert.Equal(new[] { "Ticker.nfproj names HttpFetcher.cs, which does not exist" }, copy.Checks.MissingProjectFiles());
        }

        [Fact]
        public void A_resource_file_missing_for_the_resx_is_caught()
        {
            using var copy = new BrokenCopy();
            copy.Delete(@"Resources\DejaVuSans11.tinyfnt");

            Assert.Equal(new[] { @"Resources.resx references Resources\DejaVuSans11.tinyfnt, which does not exist" }, copy.Checks.MissingResourceFiles());
        }

        private sealed class BrokenCopy : ProjectCopy
        {
            public BrokenCopy()
                : base("firmware/Ticker", "Ticker.nfproj")
            {
            }
        }
    }
}
