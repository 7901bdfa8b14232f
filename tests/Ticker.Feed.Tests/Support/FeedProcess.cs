using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>
    /// The built feed (<c>Ticker.Feed.dll</c>, copied next to the tests by the project reference) run as its own
    /// process, as a user runs it: exit code, stdout and stderr as printed. Each run gets a fresh home folder (HOME,
    /// XDG_DATA_HOME, LOCALAPPDATA) whose local application data folder exists, so the feed's default database would
    /// land in it (<see cref="DefaultDatabaseFolder"/>) rather than in the user's, and a fresh working directory.
    /// </summary>
    internal sealed class FeedProcess : IDisposable
    {
        private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

        public FeedProcess()
        {
            Root = Path.Combine(Path.GetTempPath(), "ticker-feed-process-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(LocalData);
            Directory.CreateDirectory(WorkingDirectory);
        }

        public string Root { get; }

        /// <summary>The feed's current directory: relative paths start here.</summary>
        public string WorkingDirectory => Path.Combine(Root, "work");

        private string Home => Path.Combine(Root, "home");

        private string LocalData => Path.Combine(Home, ".local", "share");

        /// <summary>Where the feed's default database goes for this run (<c>&lt;local data&gt;/Ticker</c>).</summary>
        public string DefaultDatabaseFolder => Path.Combine(LocalData, "Ticker");

        /// <summary>Every file under <see cref="Root"/>, for "created nothing" checks.</summary>
        public IReadOnlyList<string> Files() => Directory.GetFileSystemEntries(Root, "*", SearchOption.AllDirectories)
            .Where(path => path != Home && path != Path.Combine(Home, ".local") && path != LocalData && path != WorkingDirectory)
            .ToArray();

        /// <summary>A file in the working directory.</summary>
        public string InWork(string name) => Path.Combine(WorkingDirectory, name);

        /// <summary>Runs the feed with <paramref name="args"/> to its exit.</summary>
        public async Task<FeedRun> RunAsync(params string[] args)
        {
            using Process process = Start(args);
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(ExitTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"the feed did not exit within {ExitTimeout.TotalSeconds} s: {string.Join(' ', args)}");
            }

            return new FeedRun(process.ExitCode, Lines(await output), Lines(await errors));
        }

        /// <summary>Starts the feed and waits for its "listening on" line; the process is killed on dispose of the result.</summary>
        public async Task<ListeningFeed> StartListeningAsync(params string[] args)
        {
            Process process = Start(args);
            var errors = new List<string>();
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (errors)
                    {
                        errors.Add(e.Data);
                    }
                }
            };
            process.BeginErrorReadLine();
            const string Marker = "Ticker feed listening on ";
            using var timeout = new CancellationTokenSource(ExitTimeout);
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is string line)
            {
                int at = line.IndexOf(Marker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    _ = process.StandardOutput.ReadToEndAsync();
                    return new ListeningFeed(process, new Uri(line[(at + Marker.Length)..].Split(' ')[0]));
                }
            }

            await process.WaitForExitAsync(timeout.Token);
            int code = process.ExitCode;
            process.Dispose();
            lock (errors)
            {
                throw new InvalidOperationException($"the feed exited with {code} before listening: {string.Join(" | ", errors)}");
            }
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp folder is harmless.
            }
        }

        private Process Start(string[] args)
        {
            string feed = Path.Combine(AppContext.BaseDirectory, "Ticker.Feed.dll");
            var info = new ProcessStartInfo(DotNet())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = WorkingDirectory,
            };
            info.ArgumentList.Add(feed);
            foreach (string arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment["HOME"] = Home;
            info.Environment["XDG_DATA_HOME"] = LocalData;
            info.Environment["LOCALAPPDATA"] = LocalData;
            // Nothing from the test run's own settings: the feed reads Feed__* and ASPNETCORE_* variables.
            foreach (string name in info.Environment.Keys.Where(k => k.StartsWith("Feed__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)).ToArray())
            {
                info.Environment.Remove(name);
            }

            Process process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + feed);
            process.StandardInput.Close();
            return process;
        }

        // The muxer that runs these tests, so the feed runs on the same runtime.
        private static string DotNet()
        {
            string? host = Environment.ProcessPath;
            return host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        }

        private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
    }

    /// <summary>How a run of the feed ended.</summary>
    internal sealed record FeedRun(int ExitCode, string[] Output, string[] Errors)
    {
        public override string ToString() => $"exit {ExitCode}; stdout: {string.Join(" | ", Output)}; stderr: {string.Join(" | ", Errors)}";
    }

    /// <summary>A feed process that is listening; killed on dispose.</summary>
    internal sealed class ListeningFeed : IDisposable
    {
        private readonly Process _process;

        public ListeningFeed(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }
    }
}
