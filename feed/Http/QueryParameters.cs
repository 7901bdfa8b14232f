using System.Collections.Generic;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Ticker.Feed.Http
{
    /// <summary>
    /// Strict reading of query parameters: a parameter given twice is an error (which one would count?), integers
    /// are plain ASCII digits in range. Each problem is added to a list, so one 400 names every bad parameter.
    /// </summary>
    internal static class QueryParameters
    {
        /// <summary>The parameter's single value; null when absent, or when given twice (reported).</summary>
        public static string? Single(IQueryCollection query, string name, List<InvalidParam> invalid)
        {
            if (!query.TryGetValue(name, out StringValues values) || values.Count == 0)
            {
                return null;
            }

            if (values.Count > 1)
            {
                invalid.Add(new InvalidParam(name, "must be given once"));
                return null;
            }

            return values[0] ?? "";
        }

        /// <summary>An optional integer in [min, max]; null when absent or bad (reported with <paramref name="reason"/>).</summary>
        public static long? Integer(IQueryCollection query, string name, long min, long max, string reason, List<InvalidParam> invalid)
        {
            string? text = Single(query, name, invalid);
            if (text is null)
            {
                return null;
            }

            // NumberStyles.None: digits only, so "+5", " 5", "5.0" and "1e1" are all refused, not guessed at.
            if (text.Length > 19
                || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value)
                || value < min
                || value > max)
            {
                invalid.Add(new InvalidParam(name, reason));
                return null;
            }

            return value;
        }
    }
}
