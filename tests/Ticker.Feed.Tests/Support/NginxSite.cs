using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>
    /// feed/deploy/nginx.conf made runnable on loopback: the same file with only its ports, file paths and (when asked)
    /// TLS swapped, each swap checked to match exactly where it should, so an edit of the deployed file that the test
    /// would no longer follow fails here instead of testing something else.
    /// </summary>
    internal static class NginxSite
    {
        /// <summary>The deployed file's upstream: the feed's default address.</summary>
        public const string FeedAddress = "server 127.0.0.1:5080;";

        /// <summary>The file derived for a test or benchmark run.</summary>
        /// <param name="deployed">feed/deploy/nginx.conf's text.</param>
        /// <param name="directory">Where the cache, logs and certificates live for this run.</param>
        /// <param name="feedPort">The feed's loopback port.</param>
        /// <param name="httpPort">What <c>listen 80</c> becomes.</param>
        /// <param name="mainPort">What <c>listen 443 ssl</c> becomes.</param>
        /// <param name="tls">Keep TLS on the main port (with <paramref name="directory"/>'s cert.pem and key.pem), or serve it in plain HTTP.</param>
        /// <param name="edgeRatePerSecond">Replaces the per-device edge rate (the benchmark's clients are each far busier than a device), or null to keep it.</param>
        public static string Derive(string deployed, string directory, int feedPort, int httpPort, int mainPort, bool tls, int? edgeRatePerSecond = null)
        {
            string text = deployed;
            text = Swap(text, "/var/cache/nginx/ticker", Path.Combine(directory, "cache"), 1);
            text = Swap(text, "/var/log/nginx/ticker.access.log", Path.Combine(directory, "access.log"), 1);
            text = Swap(text, "root /var/www/letsencrypt;", $"root {Path.Combine(directory, "acme")};", 1);
            text = Swap(text, FeedAddress, $"server 127.0.0.1:{feedPort};", 1);
            text = Swap(text, "    listen [::]:80;\n", "", 1);
            text = Swap(text, "    listen [::]:443 ssl;\n", "", 1);
            text = Swap(text, "listen 80;", $"listen 127.0.0.1:{httpPort};", 1);
            text = Swap(text, "/etc/letsencrypt/live/ticker.example.org/fullchain.pem", Path.Combine(directory, "cert.pem"), 1);
            text = Swap(text, "/etc/letsencrypt/live/ticker.example.org/privkey.pem", Path.Combine(directory, "key.pem"), 1);
            if (tls)
            {
                text = Swap(text, "listen 443 ssl;", $"listen 127.0.0.1:{mainPort} ssl;", 1);
            }
            else
            {
                text = Swap(text, "listen 443 ssl;", $"listen 127.0.0.1:{mainPort};", 1);
                text = SwapPattern(text, @"^\s*ssl_[a-z_]+\s[^;]*;\s*\n", "", 5);
            }

            if (edgeRatePerSecond is int rate)
            {
                text = SwapPattern(text, @"rate=\d+r/s;", $"rate={rate}r/s;", 1);
            }

            return text;
        }

        /// <summary>The main configuration nginx is started with: everything the packaged /etc/nginx/nginx.conf gives, in <paramref name="directory"/>.</summary>
        public static string MainFile(string directory, string siteFile, bool runAsRoot, string workers) =>
            string.Join("\n", new List<string>
            {
                // As root (CI), the workers would switch to nobody, who cannot enter a private temporary folder.
                runAsRoot ? "user root;" : "",
                $"worker_processes {workers};",
                $"pid {Path.Combine(directory, "nginx.pid")};",
                $"error_log {Path.Combine(directory, "error.log")} warn;",
                "events { worker_connections 4096; }",
                "http {",
                $"    client_body_temp_path {Path.Combine(directory, "body")};",
                $"    proxy_temp_path {Path.Combine(directory, "proxy")};",
                $"    fastcgi_temp_path {Path.Combine(directory, "fastcgi")};",
                $"    uwsgi_temp_path {Path.Combine(directory, "uwsgi")};",
                $"    scgi_temp_path {Path.Combine(directory, "scgi")};",
                $"    access_log {Path.Combine(directory, "other-access.log")};",
                "    default_type application/octet-stream;",
                "    sendfile on;",
                $"    include {siteFile};",
                "}",
                "",
            });

        private static string Swap(string text, string from, string to, int expected)
        {
            int count = Regex.Matches(text, Regex.Escape(from)).Count;
            if (count != expected)
            {
                throw new InvalidOperationException($"feed/deploy/nginx.conf: expected '{from.Trim()}' {expected} time(s), found {count}; update NginxSite with the file.");
            }

            return text.Replace(from, to, StringComparison.Ordinal);
        }

        private static string SwapPattern(string text, string pattern, string to, int expected)
        {
            var regex = new Regex(pattern, RegexOptions.Multiline);
            int count = regex.Matches(text).Count;
            if (count != expected)
            {
                throw new InvalidOperationException($"feed/deploy/nginx.conf: expected /{pattern}/ {expected} time(s), found {count}; update NginxSite with the file.");
            }

            return regex.Replace(text, to);
        }
    }
}
