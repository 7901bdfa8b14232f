using System;
using System.IO;
using System.Linq;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Firmware
{
    /// <summary>
    /// A temporary copy of a nanoFramework project's folder (sources, project files, resources), nfproj.props and the
    /// core's .projitems in the repository's layout, for breaking one thing at a time. The copy passes every check
    /// before it is broken.
    /// </summary>
    internal class ProjectCopy : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "ticker-nfproj-" + Guid.NewGuid().ToString("N"));
        private readonly string _folder;

        /// <param name="folder">The project's folder in the repository ("firmware/Ticker").</param>
        /// <param name="projectFile">Its .nfproj.</param>
        public ProjectCopy(string folder, string projectFile)
        {
            _folder = folder;
            string source = RepoPaths.Of(folder.Split('/'));
            foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(source, file);
                if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
                {
                    continue;
                }

                string target = Path.Combine(ProjectDir, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            File.Copy(RepoPaths.Of("nfproj.props"), PropsPath);
            Directory.CreateDirectory(Path.Combine(_root, "firmware", "Ticker.Core"));
            File.Copy(RepoPaths.Of("firmware", "Ticker.Core", "Ticker.Core.projitems"), Path.Combine(_root, "firmware", "Ticker.Core", "Ticker.Core.projitems"));
            Checks = new FirmwareProjectChecks(ProjectDir, PropsPath, projectFile, folder);
            Assert.Empty(Checks.ReferencesOutsidePackages().Concat(Checks.UnusedPackages()).Concat(Checks.UndocumentedPackages())
                .Concat(Checks.SourcesNotCompiled()).Concat(Checks.MissingProjectFiles()));
        }

        public FirmwareProjectChecks Checks { get; }

        private string ProjectDir => Path.Combine(_root, _folder);

        private string PropsPath => Path.Combine(_root, "nfproj.props");

        public void Edit(string file, string find, string replace) => Replace(Path.Combine(ProjectDir, file), find, replace);

        public void EditProps(string find, string replace) => Replace(PropsPath, find, replace);

        public void Write(string file, string text)
        {
            string path = Path.Combine(ProjectDir, file.Replace('\\', '/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        public void Delete(string file) => File.Delete(Path.Combine(ProjectDir, file.Replace('\\', '/')));

        public void Dispose() => Directory.Delete(_root, true);

        private static void Replace(string path, string find, string replace)
        {
            string text = File.ReadAllText(path);
            Assert.Contains(find, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        }
    }
}
