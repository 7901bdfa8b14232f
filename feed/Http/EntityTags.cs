using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Ticker.Feed.Http
{
    /// <summary>If-None-Match against the snapshot's ETag, as RFC 9110 says: weak comparison, lists and <c>*</c> allowed.</summary>
    internal static class EntityTags
    {
        /// <summary>True when <paramref name="ifNoneMatch"/> names <paramref name="etag"/> (or is <c>*</c>); a malformed header matches nothing.</summary>
        public static bool Matches(StringValues ifNoneMatch, string etag)
        {
            if (StringValues.IsNullOrEmpty(ifNoneMatch)
                || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
            {
                return false;
            }

            var current = new EntityTagHeaderValue(etag);
            foreach (EntityTagHeaderValue tag in tags)
            {
                if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
