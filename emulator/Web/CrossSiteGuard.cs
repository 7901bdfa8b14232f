using System;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Ticker.Emulator.Web
{
    /// <summary>
    /// Keeps other web pages from changing the emulated device. Any page in the user's browser may send a form or a
    /// <c>fetch</c> to <c>http://127.0.0.1:5090</c>; the browser says where it comes from, and this refuses (403) every
    /// state-changing request (anything but GET and HEAD) that a browser marks as coming from another origin:
    /// <list type="bullet">
    /// <item><c>Sec-Fetch-Site</c> other than <c>same-origin</c> (another port of 127.0.0.1 is <c>same-site</c>, and refused);</item>
    /// <item><c>Origin</c> other than this page's own <c>http://host:port</c> (<c>null</c> included);</item>
    /// <item>a body of another type than the endpoint's own (the setup form's <c>application/x-www-form-urlencoded</c>,
    /// the API's <c>application/json</c>, which a cross-site page cannot send without a CORS preflight this server never grants).</item>
    /// </list>
    /// Every request, reads included, must name the server by an IP address or <c>localhost</c> in its <c>Host</c>:
    /// a DNS name pointed at 127.0.0.1 (DNS rebinding) would make another site's page same-origin.
    /// Tools that send neither header (curl, tests) are not browsers' cross-site requests and pass.
    /// </summary>
    public static class CrossSiteGuard
    {
        /// <summary>The setup form's content type.</summary>
        public const string FormType = "application/x-www-form-urlencoded";

        /// <summary>The API's content type.</summary>
        public const string JsonType = "application/json";

        /// <summary>The middleware.</summary>
        public static async Task Invoke(HttpContext http, Func<Task> next)
        {
            ArgumentNullException.ThrowIfNull(http);
            ArgumentNullException.ThrowIfNull(next);
            string? refusal = Check(http.Request);
            if (refusal != null)
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync("refused: " + refusal + "\n", http.RequestAborted).ConfigureAwait(false);
                return;
            }

            await next().ConfigureAwait(false);
        }

        /// <summary>Null when <paramref name="request"/> may go on; otherwise why it is refused.</summary>
        public static string? Check(HttpRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            string host = request.Host.Host;
            if (!string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(host, out _))
            {
                return "the Host header must be an IP address or localhost; got '" + request.Host.Value + "'";
            }

            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            {
                return null;
            }

            string? site = request.Headers["Sec-Fetch-Site"];
            if (site != null && site != "same-origin" && site != "none")
            {
                return "a " + site + " request may not change the device (only this page may)";
            }

            string? origin = request.Headers.Origin;
            string own = "http://" + request.Host.Value;
            if (origin != null && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase))
            {
                return "a request from " + origin + " may not change the device (only " + own + " may)";
            }

            string expected = request.Path.StartsWithSegments("/api", StringComparison.Ordinal) ? JsonType : FormType;
            string? type = request.ContentType;
            int parameters = type?.IndexOf(';', StringComparison.Ordinal) ?? -1;
            string mediaType = (parameters >= 0 ? type![..parameters] : type ?? "").Trim();
            if (!string.Equals(mediaType, expected, StringComparison.OrdinalIgnoreCase))
            {
                return request.Path + " takes " + expected + "; got " + (type == null ? "no Content-Type" : "'" + type + "'");
            }

            return null;
        }
    }
}
