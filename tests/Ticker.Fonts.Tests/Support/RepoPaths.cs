using System;
using System.IO;

namespace Ticker.Fonts.Tests.Support
{
    /// <summary>Finds files of the repository from the test's output folder (the folder holding Ticker.sln).</summary>
    public static class RepoPaths
    {
        private static readonly Lazy<string> RootDir = new(FindRoot);

        public static string Root => RootDir.Value;

        public static string Of(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

        public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

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
