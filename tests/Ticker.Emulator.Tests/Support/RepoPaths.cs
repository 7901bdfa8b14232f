using System;
using System.IO;

namespace Ticker.Emulator.Tests.Support
{
    /// <summary>Finds files of the repository from the test's output folder (the folder holding Ticker.sln).</summary>
    public static class RepoPaths
    {
        private static readonly Lazy<string> RootDir = new(FindRoot);

        public static string Root => RootDir.Value;

        public static string Of(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

        /// <summary>A path under the test output folder, its folder created.</summary>
        public static string TestOutput(params string[] parts)
        {
            string path = Path.Combine(AppContext.BaseDirectory, Path.Combine(parts));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return path;
        }

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ticker.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Ticker.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
