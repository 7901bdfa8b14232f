using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Ticker.Feed.Settings
{
    /// <summary>
    /// Where the feed listens (<c>--urls</c>, <c>ASPNETCORE_URLS</c>): checked before anything starts, so a typo, a port
    /// out of range or a port another program holds is one line and exit code 2, not Kestrel's stack trace.
    /// </summary>
    public static class ListenUrls
    {
        /// <summary>The configuration key the host reads (<c>--urls</c>).</summary>
        public const string Key = "urls";

        private const string Accepted = "http://<IP address, localhost, * or +>:<port 0-65535> (several separated by ';')";

        /// <summary>Adds a problem for each address that is not one Kestrel can bind on this machine's interfaces.</summary>
        public static void Check(string? urls, List<string> problems)
        {
            ArgumentNullException.ThrowIfNull(problems);
            if (urls is null)
            {
                return;
            }

            foreach (string url in Split(urls))
            {
                if (Parse(url) is null)
                {
                    problems.Add($"{Key} (--urls) must be {Accepted}; got '{url}'.");
                }
            }

            if (Split(urls).Length == 0)
            {
                problems.Add($"{Key} (--urls) must be {Accepted}; got '{urls}'.");
            }
        }

        /// <summary>
        /// A one-line reason the first address that cannot be bound now (held by another program, not on this
        /// machine), or null. Tries each fixed port with a socket of its own, closed at once; port 0 always binds.
        /// </summary>
        public static string? Unavailable(string urls)
        {
            ArgumentNullException.ThrowIfNull(urls);
            foreach (string url in Split(urls))
            {
                if (Parse(url) is not BindingAddress address || address.Port == 0 || address.IsUnixPipe || address.IsNamedPipe)
                {
                    continue;
                }

                IPAddress ip = address.Host switch
                {
                    "localhost" => IPAddress.Loopback,
                    "*" or "+" => Socket.OSSupportsIPv6 ? IPAddress.IPv6Any : IPAddress.Any,
                    _ => IPAddress.Parse(address.Host.Trim('[', ']')),
                };
                try
                {
                    using var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                    if (ip.Equals(IPAddress.IPv6Any))
                    {
                        socket.DualMode = true;
                    }

                    socket.Bind(new IPEndPoint(ip, address.Port));
                    socket.Listen();
                }
                catch (SocketException error)
                {
                    string reason = error.SocketErrorCode == SocketError.AddressAlreadyInUse
                        ? "the port is in use by another program: stop it or choose another port"
                        : error.Message;
                    return string.Create(CultureInfo.InvariantCulture, $"{Key} (--urls): cannot listen on {url}: {reason}.");
                }
            }

            return null;
        }

        private static string[] Split(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // Kestrel's own parser, then what Kestrel would do wrong or fail on later: a port out of range, or a host
        // name, which Kestrel does not resolve but listens on every interface for (a loopback-only feed would not).
        private static BindingAddress? Parse(string url)
        {
            BindingAddress address;
            try
            {
                address = BindingAddress.Parse(url);
            }
            catch (FormatException)
            {
                return null;
            }

            if (address.Scheme is not ("http" or "https"))
            {
                return null;
            }

            if (address.IsUnixPipe || address.IsNamedPipe)
            {
                return address;
            }

            bool host = address.Host is "localhost" or "*" or "+" || IPAddress.TryParse(address.Host.Trim('[', ']'), out _);
            return host && address.Port is >= 0 and <= 65535 ? address : null;
        }
    }
}
