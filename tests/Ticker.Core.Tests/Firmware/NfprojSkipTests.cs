using System;
using System.Diagnostics;
using System.IO;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Firmware
{
    /// <summary>
    /// Without the nanoFramework project system, building an .nfproj (as `dotnet test Ticker.sln` does) succeeds and
    /// says, once per project, that it was skipped and why (warning TICKER001, nfproj.props). Run as a process, as the
    /// README's command runs it.
    /// </summary>
    public class NfprojSkipTests
    {
        [Fact]
        public void The_device_app_is_skipped_with_a_warning_that_says_why()
        {
            var (exitCode, output) = MsBuild(RepoPaths.Of("firmware", "Ticker", "Ticker.nfproj"));

            Assert.True(exitCode == 0, output);
            Assert.Contains("warning TICKER001: firmware/Ticker (.nfproj) skipped: it needs the nanoFramework project system", output, StringComparison.Ordinal);
        }

        [Fact]
        public void The_nano_tests_are_skipped_with_a_warning_that_says_why()
        {
            var (exitCode, output) = MsBuild(RepoPaths.Of("tests", "Ticker.Core.NanoTests", "Ticker.Core.NanoTests.nfproj"));

            Assert.True(exitCode == 0, output);
            Assert.Contains(
                "warning TICKER001: tests/Ticker.Core.NanoTests (.nfproj) skipped: nanoFramework tests are built by the nanoFramework project system and run on its virtual device, both Windows only",
                output,
                StringComparison.Ordinal);
        }

        [Fact]
        public void With_the_project_system_present_nothing_is_skipped()
        {
            // A stand-in project system with a Build target of its own: where the project system is installed, its
            // targets must run and the skip targets stay out of the way.
            string fake = Path.Combine(Path.GetTempPath(), "ticker-nfps-" + Guid.NewGuid().ToString("N")) + Path.DirectorySeparatorChar;
            Directory.CreateDirectory(fake);
            try
            {
                File.WriteAllText(
                    Path.Combine(fake, "NFProjectSystem.CSharp.targets"),
                    "<Project><Target Name=\"Build\"><Message Importance=\"high\" Text=\"stand-in project system built $(AssemblyName)\" /></Target></Project>");
                var (exitCode, output) = MsBuild(RepoPaths.Of("tests", "Ticker.Core.NanoTests", "Ticker.Core.NanoTests.nfproj"), "-p:NanoFrameworkProjectSystemPath=" + fake);

                Assert.True(exitCode == 0, output);
                Assert.Contains("stand-in project system built NFUnitTest", output, StringComparison.Ordinal);
                Assert.DoesNotContain("TICKER001", output, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(fake, true);
            }
        }

        private static (int ExitCode, string Output) MsBuild(string project, string extra = "")
        {
            var start = new ProcessStartInfo("dotnet", $"msbuild \"{project}\" -t:Build -nologo -nodeReuse:false {extra}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "dotnet msbuild did not finish in 2 minutes");
            return (process.ExitCode, stdout + stderr.Result);
        }
    }
}
