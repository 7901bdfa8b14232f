using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Ticker.Feed.Rest
{
    /// <summary>
    /// A REST request URL taken apart for routing: the path picks the endpoint parser (every endpoint the feed
    /// polls has a path no other venue uses, so a fake server or a mirror host routes the same), the query gives the
    /// parameters the response depends on (a symbol, a category).
    /// </summary>
    public sealed class RestRequest
    {
        private readonly Dictionary<string, StringValues> _query;

        private RestRequest(Uri url)
        {
            Url = url;
            Path = url.AbsolutePath;
            _query = QueryHelpers.ParseQuery(url.Query);
        }

        /// <summary>The full request URL.</summary>
        public Uri Url { get; }

        /// <summary>The URL's path, unescaped as sent (<c>/fapi/v1/premiumIndex</c>).</summary>
        public string Path { get; }

        /// <summary>The request for <paramref name="url"/>, or null when it is not an absolute http(s) URL.</summary>
        public static RestRequest? TryCreate(string url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return null;
            }

            return new RestRequest(uri);
        }

        /// <summary>The query parameter's (first) value, or null.</summary>
        public string? Query(string name) => _query.TryGetValue(name, out StringValues values) && values.Count > 0 ? values[0] : null;
    }
}
