using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>
    /// Debian's nginx as a child process on loopback: <c>nginx -p &lt;dir&gt; -c &lt;conf&gt; -g 'daemon off;'</c> with its pid,
    /// logs, temporary files and cache in its own temporary folder, running feed/deploy/nginx.conf (<see cref="NginxSite"/>)
    /// in front of a feed. Always stopped (and the folder removed) on dispose.
    /// </summary>
    internal sealed class NginxProcess : IDisposable
    {
        /// <summary>Where Debian's package puts it.</summary>
        public const string DebianPath = "/usr/sbin/nginx";

        private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(15);

        private readonly Process _process;

        private NginxProcess(Process process, string directory, int httpPort, int mainPort, bool tls, X509Certificate2? certificate)
        {
            _process = process;
            Directory = directory;
            HttpPort = httpPort;
            MainPort = mainPort;
            Address = new Uri($"{(tls ? "https" : "http")}://127.0.0.1:{mainPort}");
            Certificate = certificate;
        }

        /// <summary>The nginx binary, or null when it is not installed.</summary>
        public static string? Binary =>
            File.Exists(DebianPath) ? DebianPath
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, "nginx")).FirstOrDefault(File.Exists);

        /// <summary>Running in CI (CI=true, as GitHub Actions, GitLab and most runners set, and as .ci/run should): there nginx must be present.</summary>
        public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

        public string Directory { get; }

        /// <summary>The plain-HTTP server's port (the deployed file's <c>listen 80</c>).</summary>
        public int HttpPort { get; }

        /// <summary>The main server's port (the deployed file's <c>listen 443 ssl</c>).</summary>
        public int MainPort { get; }

        /// <summary>The main server: https with a self-signed certificate for 127.0.0.1, or http when started without TLS.</summary>
        public Uri Address { get; }

        /// <summary>The self-signed certificate the main server presents (null without TLS).</summary>
        public X509Certificate2? Certificate { get; }

        public int Pid => _process.Id;

        /// <summary>Starts nginx with feed/deploy/nginx.conf (from <paramref name="deployedConf"/>) in front of the feed on <paramref name="feedPort"/>.</summary>
        /// <param name="edgeRatePerSecond">Replaces the deployed file's per-device edge rate, or null to keep it.</param>
        /// <param name="extraSite">More server blocks to include next to the deployed file (the benchmark's static file), or null.</param>
        /// <param name="workers">nginx's <c>worker_processes</c>: 1 for tests, <c>auto</c> (one per core, Debian's default) for the benchmark.</param>
        public static async Task<NginxProcess> StartAsync(string deployedConf, int feedPort, bool tls, int? edgeRatePerSecond = null, string? extraSite = null, string workers = "1")
        {
            string binary = Binary ?? throw new InvalidOperationException($"nginx is not installed: apt-get install -y nginx (the README's test set-up does)");
            string directory = System.IO.Directory.CreateTempSubdirectory("ticker-nginx-").FullName;
            try
            {
                X509Certificate2? certificate = tls ? WriteCertificate(directory) : null;
                int httpPort = FreePort();
                int mainPort = FreePort();
                string site = Path.Combine(directory, "ticker.conf");
                string text = NginxSite.Derive(File.ReadAllText(deployedConf), directory, feedPort, httpPort, mainPort, tls, edgeRatePerSecond);
                if (extraSite is not null)
                {
                    text += "\n" + extraSite;
                }

                File.WriteAllText(site, text);
                string main = Path.Combine(directory, "nginx.conf");
                File.WriteAllText(main, NginxSite.MainFile(directory, site, Environment.UserName == "root", workers));

                // First a syntax check, whose message says exactly what is wrong with the derived file.
                (int code, string output) = await RunAsync(binary, "-t", "-q", "-p", directory, "-e", Path.Combine(directory, "error.log"), "-c", main);
                if (code != 0)
                {
                    throw new InvalidOperationException("nginx -t refused the configuration derived from feed/deploy/nginx.conf:\n" + output + ReadLog(directory));
                }

                var info = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (string arg in new[] { "-p", directory, "-e", Path.Combine(directory, "error.log"), "-c", main, "-g", "daemon off;" })
                {
                    info.ArgumentList.Add(arg);
                }

                Process process = Process.Start(info) ?? throw new InvalidOperationException("could not start nginx");
                var nginx = new NginxProcess(process, directory, httpPort, mainPort, tls, certificate);
                try
                {
                    await nginx.ListeningAsync();
                    return nginx;
                }
                catch
                {
                    nginx.Dispose();
                    throw;
                }
            }
            catch
            {
                TryDelete(directory);
                throw;
            }
        }

        /// <summary>nginx's error log so far (for a failing test's message).</summary>
        public string ErrorLog => ReadLog(Directory);

        /// <summary>The deployed site's access log so far.</summary>
        public string AccessLog => File.Exists(Path.Combine(Directory, "access.log")) ? File.ReadAllText(Path.Combine(Directory, "access.log")) : "";

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    // Master and worker both: killing the master alone would leave the worker listening.
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(10_000);
                }
            }
            finally
            {
                _process.Dispose();
                Certificate?.Dispose();
                TryDelete(Directory);
            }
        }

        // Listening sockets are open once the master has written its pid file; a refused connection before that is
        // not yet an error, an exited process is.
        private async Task ListeningAsync()
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < StartLimit)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"nginx exited at start (code {_process.ExitCode}):\n{await _process.StandardError.ReadToEndAsync()}{ErrorLog}");
                }

                if (File.Exists(Path.Combine(Directory, "nginx.pid")))
                {
                    using var probe = new TcpClient();
                    try
                    {
                        await probe.ConnectAsync(IPAddress.Loopback, MainPort);
                        return;
                    }
                    catch (SocketException)
                    {
                    }
                }

                await Task.Delay(20);
            }

            throw new TimeoutException($"nginx did not listen on 127.0.0.1:{MainPort} within {StartLimit.TotalSeconds} s:\n{ErrorLog}");
        }

        /// <summary>A port the OS hands out on loopback, free when this returns (nginx takes fixed ports from its file).</summary>
        public static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static X509Certificate2 WriteCertificate(string directory)
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=ticker.example.org", key, HashAlgorithmName.SHA256);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("ticker.example.org");
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllText(Path.Combine(directory, "cert.pem"), certificate.ExportCertificatePem());
            File.WriteAllText(Path.Combine(directory, "key.pem"), key.ExportPkcs8PrivateKeyPem());
            return certificate;
        }

        private static async Task<(int Code, string Output)> RunAsync(string binary, params string[] args)
        {
            var info = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(info) ?? throw new InvalidOperationException("could not start nginx");
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(StartLimit);
            await process.WaitForExitAsync(limit.Token);
            return (process.ExitCode, await output + await error);
        }

        private static string ReadLog(string directory)
        {
            string path = Path.Combine(directory, "error.log");
            return File.Exists(path) ? File.ReadAllText(path) : "";
        }

        private static void TryDelete(string directory)
        {
            try
            {
                System.IO.Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
