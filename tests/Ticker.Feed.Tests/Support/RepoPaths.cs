using System;
using System.IO;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>Files of the repository, found from the test's output directory upwards (where Ticker.sln is).</summary>
    internal static class RepoPaths
    {
        private static readonly Lazy<string> RootDir = new(FindRoot);

        public static string Root => RootDir.Value;

        public static string Of(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

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
