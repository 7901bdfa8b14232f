using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Hosting
{
    /// <summary>
    /// Behind a reverse proxy (docs/deploy.md), the device's address comes from <c>X-Forwarded-For</c>, but only when
    /// the connection comes from a proxy named in <c>--trusted-proxies</c>: anyone else's header is ignored, so a client
    /// cannot pick its own rate-limit bucket or write another address into the logs.
    /// </summary>
    internal static class ProxyHeaders
    {
        public static ForwardedHeadersOptions Options(FeedSettings settings)
        {
            var options = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
                // Walk back through every trusted hop (a CDN in front of nginx, each appending) and stop at the first
                // address that is not a trusted proxy: that one is the device.
                ForwardLimit = null,
            };

            // ASP.NET Core trusts loopback by default; the feed trusts exactly what it was told.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (System.Net.IPNetwork network in settings.TrustedProxies)
            {
                options.KnownIPNetworks.Add(network);
            }

            return options;
        }
    }
}
