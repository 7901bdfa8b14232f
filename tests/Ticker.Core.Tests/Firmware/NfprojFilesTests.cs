using Xunit;

namespace Ticker.Core.Tests.Firmware
{
    /// <summary>
    /// The checks every <c>.nfproj</c> in the repository passes, the device app and the nano test project alike: they
    /// cannot be built here, so their files are checked as text. Each project's own checks and the negative controls
    /// (a broken copy per check) are in <see cref="FirmwareProjectTests"/> and <see cref="NanoTestProjectTests"/>.
    /// </summary>
    public class NfprojFilesTests
    {
        public static TheoryData<string> Projects => new() { "firmware/Ticker", "tests/Ticker.Core.NanoTests" };

        [Theory]
        [MemberData(nameof(Projects))]
        public void Every_reference_points_at_a_package_and_version_in_packages_config(string project)
        {
            Assert.Empty(Checks(project).ReferencesOutsidePackages());
        }

        [Theory]
        [MemberData(nameof(Projects))]
        public void Every_package_in_packages_config_is_referenced(string project)
        {
            Assert.Empty(Checks(project).UnusedPackages());
        }

        [Theory]
        [MemberData(nameof(Projects))]
        public void Every_source_file_is_in_the_project(string project)
        {
            Assert.Empty(Checks(project).SourcesNotCompiled());
        }

        [Theory]
        [MemberData(nameof(Projects))]
        public void Every_file_the_project_names_exists(string project)
        {
            Assert.Empty(Checks(project).MissingProjectFiles());
        }

        private static FirmwareProjectChecks Checks(string project) => project == "firmware/Ticker"
            ? FirmwareProjectTests.Real
            : NanoTestProjectTests.Real;
    }
}
