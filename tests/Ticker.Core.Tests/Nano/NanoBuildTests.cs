using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Nano
{
    /// <summary>
    /// The core is compiled in every build against nano mscorlib (firmware/Ticker.Core.Nano); these tests read that
    /// build and fail on anything that compiles there but would crash or misbehave on nanoCLR.
    /// </summary>
    public class NanoBuildTests
    {
        private static readonly string NanoCore = RepoPaths.TestOutput("nano", "Ticker.Core.dll");
        private static readonly string NanoMscorlib = RepoPaths.TestOutput("nano", "mscorlib.dll");

        [Fact]
        public void Nano_build_is_nano_safe()
        {
            var mscorlib = NanoAssemblyInspector.ReadIdentity(NanoMscorlib);
            var violations = NanoAssemblyInspector.Inspect(NanoCore, mscorlib);
            Assert.True(violations.Count == 0, "The nano build of the core is not nano-safe:\n" + string.Join("\n", violations));
        }

        [Fact]
        public void Nano_build_references_exactly_nano_mscorlib_1_17_11()
        {
            var mscorlib = NanoAssemblyInspector.ReadIdentity(NanoMscorlib);
            Assert.Equal("mscorlib", mscorlib.Name);
            Assert.Equal(new Version(1, 17, 11, 0), mscorlib.Version);

            using var stream = File.OpenRead(NanoCore);
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            var references = md.AssemblyReferences.Select(h => md.GetAssemblyReference(h).GetAssemblyName()).ToList();
            var only = Assert.Single(references);
            Assert.Equal(mscorlib.FullName, only.FullName);
        }

        [Fact]
        public void Nano_build_holds_the_same_types_as_the_desktop_build()
        {
            // Guards against the two compilations of the shared project drifting apart (e.g. #if NANOFRAMEWORK_1_0).
            using var stream = File.OpenRead(NanoCore);
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            var nanoTypes = md.TypeDefinitions.Select(h => md.GetTypeDefinition(h))
                .Where(t => (t.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
                .Select(t => md.GetString(t.Namespace) + "." + md.GetString(t.Name))
                .OrderBy(n => n, StringComparer.Ordinal).ToArray();
            var desktopTypes = typeof(Ticker.Text.CharBuffer).Assembly.GetExportedTypes()
                .Where(t => !t.IsNested).Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(desktopTypes, nanoTypes);
        }

        [Fact]
        public void Inspector_catches_what_crashes_nanoCLR()
        {
            // Negative control: this test assembly deliberately holds each forbidden construct (NanoHazards.cs).
            var mscorlib = NanoAssemblyInspector.ReadIdentity(NanoMscorlib);
            var violations = NanoAssemblyInspector.Inspect(typeof(NanoHazards).Assembly.Location, mscorlib);

            Assert.Contains(violations, v => v.StartsWith("reference: System.Runtime", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.StartsWith("generic type:", StringComparison.Ordinal) && v.EndsWith("GenericBox`1", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.StartsWith("generic field type:", StringComparison.Ordinal) && v.EndsWith("NanoHazards.Numbers", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.StartsWith("generic field type:", StringComparison.Ordinal) && v.EndsWith("NanoHazards.Callback", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.StartsWith("generic method:", StringComparison.Ordinal) && v.EndsWith(".Identity", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.StartsWith("interface method with a body:", StringComparison.Ordinal) && v.EndsWith(".Describe", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.Contains("NanoHazards.FormatLevel") && v.Contains("without a format"));
            Assert.Contains(violations, v => v.Contains("NanoHazards.FormatRatio") && v.Contains("System.Double.ToString() without a format"));
            // Depending on the language version, concatenation boxes the enum or calls its ToString(): both are caught.
            Assert.Contains(violations, v => v.Contains("NanoHazards.ConcatLevel") && (v.Contains("boxes") || v.Contains("without a format")));
            Assert.Contains(violations, v => v.Contains("NanoHazards.BoxLevel") && v.Contains("boxes Level"));
        }

        [Fact]
        public void Every_core_source_file_is_in_the_shared_project()
        {
            // The .projitems is the one list all three builds compile; a file left out would silently vanish from the device.
            string coreDir = RepoPaths.Of("firmware", "Ticker.Core");
            var listed = System.Xml.Linq.XDocument.Load(Path.Combine(coreDir, "Ticker.Core.projitems"))
                .Descendants().Where(e => e.Name.LocalName == "Compile")
                .Select(e => e.Attribute("Include")!.Value.Replace("$(MSBuildThisFileDirectory)", "").Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal).ToArray();
            var onDisk = Directory.EnumerateFiles(coreDir, "*.cs", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(coreDir, p).Replace('\\', '/'))
                .Where(p => !p.StartsWith("bin/", StringComparison.Ordinal) && !p.StartsWith("obj/", StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal).ToArray();
            Assert.Equal(onDisk, listed);
        }
    }
}
