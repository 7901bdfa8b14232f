using System;
using System.IO;
using System.Linq;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Firmware
{
    /// <summary>
    /// .github/workflows/nanoframework.yml runs only on GitHub's Windows runners, so what it names is checked here:
    /// the solution, the test project's runsettings and output, and the test adapter of the TestFramework version
    /// packages.config restores (a version bump that forgets the workflow fails here, not on the runner).
    /// </summary>
    public class NanoWorkflowTests
    {
        private static readonly string Workflow = File.ReadAllText(RepoPaths.Of(".github", "workflows", "nanoframework.yml"));

        [Fact]
        public void It_installs_the_nanoFramework_build_components_and_builds_the_solution_on_windows()
        {
            Assert.Contains("runs-on: windows-latest", Workflow, StringComparison.Ordinal);
            Assert.Contains("uses: nanoframework/nanobuild@v1", Workflow, StringComparison.Ordinal);
            Assert.Contains("nuget restore Ticker.sln", Workflow, StringComparison.Ordinal);
            Assert.Contains("msbuild Ticker.sln", Workflow, StringComparison.Ordinal);
            Assert.Contains("-warnaserror:TICKER001", Workflow, StringComparison.Ordinal);
        }

        [Fact]
        public void It_runs_the_nano_tests_with_the_adapter_and_settings_the_project_has()
        {
            var checks = new FirmwareProjectChecks(RepoPaths.Of("tests", "Ticker.Core.NanoTests"), RepoPaths.Of("nfproj.props"), "Ticker.Core.NanoTests.nfproj", "tests/Ticker.Core.NanoTests");
            string version = checks.PackagesConfig.Single(p => p.Id == "nanoFramework.TestFramework").Version;

            Assert.Contains($@"/TestAdapterPath:packages\nanoFramework.TestFramework.{version}\lib\net48", Workflow, StringComparison.Ordinal);
            Assert.Contains(@"/Settings:tests\Ticker.Core.NanoTests\nano.runsettings", Workflow, StringComparison.Ordinal);
            Assert.True(File.Exists(RepoPaths.Of("tests", "Ticker.Core.NanoTests", "nano.runsettings")));
            Assert.Contains(@"tests\Ticker.Core.NanoTests\bin\Release\NFUnitTest.dll", Workflow, StringComparison.Ordinal);
            Assert.Contains("dotnet tool install --global nanoclr", Workflow, StringComparison.Ordinal);
        }
    }
}
