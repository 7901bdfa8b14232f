using System.Reflection;

[assembly: AssemblyTitle("Ticker.Core.NanoTests")]
[assembly: AssemblyDescription("The device core's tests on nanoFramework's own test framework")]
[assembly: AssemblyProduct("Ticker")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
