using System;
using System.IO;
using System.Reflection;

namespace Ticker.Emulator.Web
{
    /// <summary>The page's files (Web/Page/*), embedded in the assembly by the project file.</summary>
    public static class PageAssets
    {
        /// <summary>The file's bytes, or null when there is no such page file.</summary>
        public static byte[]? Read(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            using Stream? stream = typeof(PageAssets).Assembly.GetManifestResourceStream("page/" + name);
            if (stream == null)
            {
                return null;
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        /// <summary>The content type for a page file's extension.</summary>
        public static string ContentType(string name) => Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
    }
}
