using System.IO;
using System.Linq;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Nano
{
    /// <summary>
    /// The nano tests (tests/Ticker.Core.NanoTests) compiled against nano mscorlib alone
    /// (tests/Ticker.Core.NanoTests.Nano): the build succeeding proves they use no API the device lacks; this reads
    /// the result for what compiles there but crashes or misbehaves on nanoCLR, as NanoBuildTests does for the core.
    /// </summary>
    public class NanoTestsBuildTests
    {
        private static readonly string NanoTests = RepoPaths.TestOutput("nano", "NFUnitTest.dll");
        private static readonly string NanoMscorlib = RepoPaths.TestOutput("nano", "mscorlib.dll");

        [Fact]
        public void The_nano_tests_are_nano_safe()
        {
            var violations = NanoAssemblyInspector.Inspect(NanoTests, NanoAssemblyInspector.ReadIdentity(NanoMscorlib));
            Assert.True(violations.Count == 0, "The nano tests are not nano-safe:\n" + string.Join("\n", violations));
        }

        [Fact]
        public void The_nano_build_holds_every_test_class_and_the_core()
        {
            using var stream = File.OpenRead(NanoTests);
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            var types = md.TypeDefinitions.Select(h => md.GetTypeDefinition(h))
                .Select(t => md.GetString(t.Namespace) + "." + md.GetString(t.Name)).ToArray();

            Assert.Equal("NFUnitTest", md.GetString(md.GetAssemblyDefinition().Name));
            Assert.Contains("Ticker.Core.NanoTests.Views.ScreenDrawingTests", types);
            Assert.Contains("Ticker.Core.NanoTests.App.TickerAppScenarioTests", types);
            Assert.Contains("Ticker.Data.SnapshotDecoder", types);
        }
    }
}
