using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Ticker.Core.Tests.Nano
{
    /// <summary>
    /// Runs every [TestMethod] of tests/Ticker.Core.NanoTests on .NET, as nanoFramework's UnitTestLauncher runs them
    /// on the device (a new instance per class, each method in turn). The nano test project cannot be built here
    /// (it needs Windows and the nanoFramework project system), so this is where its code is compiled and checked in
    /// every `dotnet test`; a failure on nanoCLR after a pass here is a difference between the runtimes.
    /// </summary>
    public class NanoTestsOnDotNet
    {
        public static IEnumerable<object[]> NanoTestMethods() =>
            NanoTestClasses().SelectMany(type => TestMethodsOf(type).Select(m => new object[] { type.Name, m.Name }));

        [Fact]
        public void Every_nano_test_class_is_found()
        {
            Assert.Equal(
                new[] { "MalformedSnapshotTests", "NumberTextTests", "ScreenDrawingTests", "SelfTestDrawingTests", "SnapshotDecoderTests", "TickerAppScenarioTests" },
                NanoTestClasses().Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
            Assert.All(NanoTestClasses(), t => Assert.NotEmpty(TestMethodsOf(t)));
        }

        [Theory]
        [MemberData(nameof(NanoTestMethods))]
        public void Passes_on_dotnet(string className, string methodName)
        {
            Type type = NanoTestClasses().Single(t => t.Name == className);
            MethodInfo method = type.GetMethod(methodName)!;
            object instance = Activator.CreateInstance(type)!;
            try
            {
                method.Invoke(instance, null);
            }
            catch (TargetInvocationException e) when (e.InnerException is nanoFramework.TestFramework.AssertFailedException failed)
            {
                Assert.Fail($"{className}.{methodName}: {failed.Message}");
            }
        }

        private static IEnumerable<Type> NanoTestClasses() =>
            typeof(NanoTestsOnDotNet).Assembly.GetTypes()
                .Where(t => t.Namespace != null && t.Namespace.StartsWith("Ticker.Core.NanoTests", StringComparison.Ordinal))
                .Where(t => t.GetCustomAttribute<nanoFramework.TestFramework.TestClassAttribute>() != null);

        private static IEnumerable<MethodInfo> TestMethodsOf(Type type) =>
            type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Where(m => m.GetCustomAttribute<nanoFramework.TestFramework.TestMethodAttribute>() != null);
    }
}
